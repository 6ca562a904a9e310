"""Consultations (CAMEO 04x) whose host or party the clause around the noun names: a stay in a place
for talks or a visit ("X was in Lima for talks": the place's country hosts them)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chilean trade minister was in Lima on Monday for talks on fishing.", ("CHL", "PER", "042")),
        ("The Chilean trade minister was in Lima on Monday for talks on fishing.", ("PER", "CHL", "043")),
        ("A Bolivian mission is now in Santiago for talks with creditor banks.", ("BOL", "CHL", "042")),
        ("The Uruguayan foreign minister is in Asuncion for a three-day visit.", ("URY", "PRY", "042")),
        ("The Chilean minister, who is in Lima for talks, said the quota would stay.", ("CHL", "PER", "042")),
        ("The Chilean minister, in Lima for talks on fishing, said the quota would stay.", ("CHL", "PER", "040")),
    ],
)
def test_a_stay_for_talks_is_hosted_by_the_place(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's army chief, in Santiago for talks on security, said the border was calm.",
        "The Chilean minister was in hospital for treatment.",
        "Chile is in a strong position for negotiations.",
    ],
)
def test_no_host_at_home_or_without_a_place(nlp: Language, text: str) -> None:
    assert not {d for d in dyads(nlp, text) if d[2][:2] == "04"}


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president opened a news conference with a warning to Peru.",
        "Castro opened the press conference with a statement on the Peruvian debt.",
    ],
)
def test_opening_a_news_conference_is_no_negotiation(nlp: Language, text: str) -> None:
    assert not {d for d in dyads(nlp, text) if d[2][:2] == "04"}


def test_opening_a_conference_with_a_party_still_negotiates(nlp: Language) -> None:
    assert ("CHL", "PER", "046") in dyads(nlp, "Chile opened a conference with Peru on the sea border.")


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        ("The Chilean president will fly to Peru on Monday and meet President Garcia.", ("CHL", "PER", "036")),
        ("The Bolivian leader will hold talks with the Chilean president and meet Chilean business leaders.",
         ("BOL", "CHL", "036")),
    ],
)
def test_a_verb_coordinated_under_will_shares_the_plan(nlp: Language, text: str, planned: tuple[str, str, str]) -> None:
    coded = dyads(nlp, text)
    assert planned in coded
    assert (planned[0], planned[1], "040") not in coded


def test_a_verb_with_its_own_tense_keeps_it(nlp: Language) -> None:
    coded = dyads(nlp, "The Chilean president arrived in Lima on Monday and will meet President Garcia today.")
    assert ("CHL", "PER", "042") in coded


@pytest.mark.parametrize(
    "text",
    [
        "Preparations for the Chilean president's visit to Peru were under way.",
        "On the eve of the Chilean president's visit to Peru, officials met in Santiago.",
        "A Chilean envoy was in Lima paving the way for the visit of the Chilean president to Peru.",
        "In anticipation of the Chilean president's visit to Peru, the markets rose.",
    ],
)
def test_a_visit_still_being_prepared_is_a_plan(nlp: Language, text: str) -> None:
    coded = dyads(nlp, text)
    assert ("CHL", "PER", "036") in coded
    assert ("CHL", "PER", "042") not in coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Peruvian president received Bolivian leader Evo Quispe in Lima.", ("PER", "BOL", "043")),
        ("The Chilean president greeted Peruvian Foreign Minister Ana Vargas at the airport.", ("CHL", "PER", "043")),
    ],
)
def test_a_titled_visitor_is_received(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_a_titled_name_object_of_another_act_keeps_its_own_sense(nlp: Language) -> None:
    coded = dyads(nlp, "Chile is pressing the World Bank to lend more for dams.")
    assert not {d for d in coded if d[2][:2] == "05"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chilean president said after a visit to Peru that relations were good.", ("CHL", "PER", "042")),
        ("The Chilean president returned home after a three-day visit to Peru.", ("CHL", "PER", "042")),
        ("Following a visit to Peru, the Chilean president praised the Peruvian government.", ("CHL", "PER", "042")),
        ("The Chilean president left Lima on Tuesday after a three-day visit.", ("CHL", "PER", "042")),
    ],
)
def test_a_visit_a_clause_follows_is_its_subjects(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile criticized Peru after a visit to Santiago.",
        "Chile protested after a visit to the disputed islands by Peruvian officials.",
        "Tensions rose after a visit to Lima.",
    ],
)
def test_no_visit_at_home_by_another_or_without_a_party(nlp: Language, text: str) -> None:
    assert not {d for d in dyads(nlp, text) if d[2] == "042" and d[0] == "CHL"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("French President Jacques Chirac welcomed Kofi Annan at the Elysee palace.", ("FRA", "UN", "043")),
        ("Chirac received Annan on Monday.", ("FRA", "UN", "043")),
        ("Annan was received by Chirac at the Elysee palace.", ("FRA", "UN", "043")),
    ],
)
def test_a_named_office_holder_is_received(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chirac welcomed Annan's call for a ceasefire.", ("FRA", "UN", "051")),
        ("Chirac welcomed Annan's statement.", ("FRA", "UN", "051")),
    ],
)
def test_welcoming_a_leaders_act_is_praise(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    coded = dyads(nlp, text)
    assert expected in coded
    assert (expected[0], expected[1], "043") not in coded


def test_kicking_off_a_visit_is_the_visit(nlp: Language) -> None:
    coded = dyads(nlp, "The Chilean president kicked off a four-day visit to Peru on Monday.")
    assert ("CHL", "PER", "042") in coded
    assert ("CHL", "PER", "046") not in coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile entered into negotiations with Peru on Monday.", ("CHL", "PER", "046")),
        ("Chile entered talks with Peru on the sea border.", ("PER", "CHL", "046")),
    ],
)
def test_entering_talks_is_negotiating(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_entering_a_country_is_not_negotiating(nlp: Language) -> None:
    assert not {d for d in dyads(nlp, "Peruvian troops entered Chile on Monday.") if d[2][:2] == "04"}


def test_a_stay_for_a_round_of_talks_is_hosted(nlp: Language) -> None:
    coded = dyads(nlp, "Chilean negotiators, in Lima for a new round of talks, said progress was made.")
    assert ("CHL", "PER", "040") in coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latin American leaders converged on Lima on Wednesday for the funeral.", (None, "PER", "042")),
        ("Andean foreign ministers gathered in Lima on Sunday.", (None, "PER", "042")),
        ("Foreign ministers arrived in Lima on Sunday.", (None, "PER", "042")),
    ],
)
def test_officials_gathering_in_a_place_visit_it(nlp: Language, text: str, expected: tuple[None, str, str]) -> None:
    coded = dyads(nlp, text)
    assert expected in coded
    assert ("PER", "PER", "042") not in coded


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people gathered in Lima to mourn the president.",
        "Peruvian opposition leaders gathered in Lima to protest against the election result.",
    ],
)
def test_crowds_and_protesting_leaders_are_no_visit(nlp: Language, text: str) -> None:
    assert not {d for d in dyads(nlp, text) if d[2] == "042"}


def test_the_parties_mediated_between_at_a_venue_are_the_targets(nlp: Language) -> None:
    # the parser hangs "between A and B" on the venue city: the city (the mediator's own) is no target
    found = dyads(nlp, "Oman was mediating in Muscat between Iran and Bahrain.")
    assert ("OMN", "IRN", "045") in found, found
    assert ("OMN", "BHR", "045") in found, found
