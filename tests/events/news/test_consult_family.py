"""Consultations (CAMEO 04x) written in ways the coder missed or misread: talking by phone (041, not
040), going or coming to a party's country (a visit, 042), and the partner of a meeting that is only
the setting of a clause ("at a cabinet meeting, A told his minister to calm B's anger": no meeting
with B)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Malian president spoke by phone with his Nigerien counterpart on Friday.", ("MLI", "NER", "041")),
        ("The Malian president spoke by phone with his Nigerien counterpart on Friday.", ("NER", "MLI", "041")),
        ("The Chilean minister talked by telephone with Bolivian officials.", ("CHL", "BOL", "041")),
        ("The Malian and Nigerien presidents discussed the dam by phone.", ("NER", "MLI", "041")),
    ],
)
def test_talking_by_phone_is_a_phone_call(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    coded = dyads(nlp, text)
    assert expected in coded
    assert (expected[0], expected[1], "040") not in coded


def test_speaking_by_phone_needs_a_partner(nlp: Language) -> None:
    assert not dyads(nlp, "The Malian president spoke by phone from Bamako.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chilean foreign minister went to Peru on Tuesday.", ("CHL", "PER", "042")),
        ("The Peruvian trade minister came to Chile last month and met business leaders.", ("PER", "CHL", "042")),
        ("The Chilean president went to Lima for talks on the fishing dispute.", ("CHL", "PER", "042")),
    ],
)
def test_going_to_a_country_is_a_visit(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile went to war with Peru in 1879.",
        "Chile went to court against Peru over the sea border.",
        "Chile and Peru came to terms over the sea border.",
        "The Chilean president came to power in 2018.",
        "Most of the copper goes to Peru.",
    ],
)
def test_going_to_no_party_is_no_visit(nlp: Language, text: str) -> None:
    assert not {d for d in dyads(nlp, text) if d[2] == "042"}


@pytest.mark.parametrize(
    "text",
    [
        "At the weekly cabinet meeting, the Chilean president told his finance minister to ease Bolivian fears.",
        "Chilean officials agreed at a policy meeting to keep up pressure on Bolivian traders.",
    ],
)
def test_meeting_that_sets_a_clause_takes_no_partner_from_its_complement(nlp: Language, text: str) -> None:
    assert not {d for d in dyads(nlp, text) if d[2].startswith("04")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the meeting, Chile urged Bolivia to reopen the border.", ("CHL", "BOL", "040")),
        ("In talks last week, Chile criticised Bolivia's new tariffs.", ("CHL", "BOL", "040")),
    ],
)
def test_meeting_that_sets_a_clause_keeps_the_clause_partner(nlp: Language, text: str,
                                                             expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chilean president returned on Sunday from a state visit to Peru.", ("CHL", "PER", "042")),
        ("The Chilean envoy flew home from talks with the Peruvian president.", ("CHL", "PER", "040")),
        ("The Chilean envoy flew home from talks with the Peruvian president.", ("PER", "CHL", "040")),
    ],
)
def test_coming_back_from_a_meeting_took_part_in_it(nlp: Language, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile was excluded from the talks with Peru.",
        "Chile was barred from the meeting with Peru.",
    ],
)
def test_kept_from_a_meeting_took_no_part(nlp: Language, text: str) -> None:
    assert not {d for d in dyads(nlp, text) if d[2].startswith("04")}


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean government is in talks with Peru over the fishing zone.",
        "In talks with the Peruvian trade minister, Chile asked Peru to lower its tariffs.",
    ],
)
def test_in_talks_is_no_place_of_the_talks(nlp: Language, text: str) -> None:
    coded = dyads(nlp, text)
    assert ("CHL", "PER", "040") in coded
    assert not {d for d in coded if d[2] in ("042", "043")}


def test_visit_in_a_when_clause_of_a_plan_is_not_yet_made(nlp: Language) -> None:
    text = "The Chilean minister will present the offer when he visits Peru on May 12."
    assert ("CHL", "PER", "042") not in dyads(nlp, text)


def test_visit_in_a_when_clause_of_a_past_act_was_made(nlp: Language) -> None:
    text = "The Chilean minister presented the offer when he visited Peru on May 12."
    assert ("CHL", "PER", "042") in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean foreign minister met reporters in Santiago after the vote.",
        "The Chilean foreign minister met with journalists on Friday.",
    ],
)
def test_meeting_the_press_is_no_consultation(nlp: Language, text: str) -> None:
    assert not {d for d in dyads(nlp, text) if d[2].startswith("04")}


def test_talks_in_a_third_state_are_a_meeting_at_a_third_location(nlp: Language) -> None:
    coded = dyads(nlp, "Chile and Bolivia held talks in Lima, Peru.")
    assert ("CHL", "BOL", "044") in coded
    assert ("BOL", "CHL", "044") in coded


def test_talks_at_one_partys_home_stay_a_visit_and_its_hosting(nlp: Language) -> None:
    coded = dyads(nlp, "Chile and Bolivia held talks in La Paz, Bolivia.")
    assert ("CHL", "BOL", "042") in coded
    assert ("BOL", "CHL", "043") in coded


def test_meeting_with_leaders_held_is_a_meeting_not_a_plan(nlp: Language) -> None:
    coded = dyads(nlp, "The Chilean president met with Bolivian leaders on Sunday.")
    assert ("CHL", "BOL", "040") in coded
    assert ("CHL", "BOL", "036") not in coded


def test_meeting_with_leaders_planned_stays_a_plan(nlp: Language) -> None:
    assert ("CHL", "BOL", "036") in dyads(nlp, "The Chilean president will meet with Bolivian leaders next week.")
