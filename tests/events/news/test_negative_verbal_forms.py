"""Disapproval, accusation and threat forms of round 33: lost patience and angry reactions are disapproval
(110), a title owned by a state organ gives its named holder that organ's country, and a planned reprisal
against a party is a threat."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway has lost patience with Iceland over the whaling quotas.", ("NOR", "ISL", "110")),
        ("Chilean officials are running out of patience with Bolivia.", ("CHL", "BOL", "110")),
        ("The Kenyan government reacted angrily to the Ugandan border closure.", ("KEN", "UGA", "110")),
        ("Hanoi responded furiously to the Chinese naval manoeuvres.", ("VNM", "CHN", "110")),
    ],
)
def test_impatience_and_angry_reactions_are_disapproval(nlp: Language, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_a_market_reacting_sharply_is_no_event(nlp: Language) -> None:
    found = dyads(nlp, "Cocoa futures reacted sharply to the Ghanaian harvest figures.")
    assert not any(c == "110" for _, _, c in found)


def test_a_title_owned_by_a_state_organ_gives_the_holder_its_country(nlp: Language) -> None:
    text = "Bank of Ghana manager Kofi Mensah accused the World Bank of neglecting rural roads."
    assert ("GHA", "WB", "112") in dyads(nlp, text)


def test_a_company_title_gives_its_holder_no_country(nlp: Language) -> None:
    text = "Dutch dairy maker Frieslandia chairman Jan Smit criticised the Belgian milk levy."
    assert not any(s == "NLD" for s, _, _ in dyads(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil plans to retaliate against Argentina over the shoe quotas.", ("BRA", "ARG", "13")),
        ("Ottawa intends to retaliate against Washington for the lumber duties.", ("CAN", "USA", "13")),
    ],
)
def test_a_planned_reprisal_is_a_threat(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_planned_attack_stays_unannounced(nlp: Language) -> None:
    assert not any(r == "13" for _, _, r in roots(nlp, "The Bolivian army plans to attack the rebel camps."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Austria raised objections to the Italian transit levy.", ("AUT", "ITA", "110")),
        ("Iceland raised a formal protest with Norway over the trawler seizures.", ("ISL", "NOR", "114")),
    ],
)
def test_raising_an_objection_or_a_protest_voices_it(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)



@pytest.mark.parametrize(
    "text",
    [
        "Hungary said Slovakia had violated the river treaty.",
        "Hungary said Slovakia had flouted the river treaty.",
    ],
)
def test_a_reported_breach_by_another_party_accuses_it(nlp: Language, text: str) -> None:
    assert ("HUN", "SVK", "112") in dyads(nlp, text)


def test_a_denied_breach_accuses_no_one(nlp: Language) -> None:
    found = dyads(nlp, "Hungary said Slovakia had not violated the river treaty.")
    assert not any(c == "112" for _, _, c in found)
