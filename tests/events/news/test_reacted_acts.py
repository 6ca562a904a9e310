"""A verbal act that a party rejects, ignores or resents was aimed at that party (events/defence.py
``reactor``): "X dismissed demands by Y" (Y demanded of X), "X was angered by threats from Y" (Y
threatened X); the act stays its owner's under a refusing verb ("X rejected Y's threats" is no
refusal to threaten), and the voicer of a threat may hang on its of-object ("threats of retaliation
from Y"). Resisting or ignoring another party's demand or warning is a rejection (120)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active reaction: the object's voicer acted on the subject
        ("The Russian foreign minister dismissed Ukraine's demands for compensation.", ("UKR", "RUS", "10")),
        ("Brazil shrugged off demands by Argentina that it cut tariffs.", ("ARG", "BRA", "10")),
        # a feeling: the one who feels it was the target
        ("Japan was disappointed by threats from the European Community.", ("EU", "JPN", "13")),
        ("Threats from China have alarmed Taiwan.", ("CHN", "TWN", "13")),
        # a prepositional reaction
        ("India objected to the criticism from Pakistan.", ("PAK", "IND", "11")),
        ("Pakistan bowed to pressure from the United States.", ("USA", "PAK", "10")),
        # a refusing verb over another party's act: the act stays that party's
        ("Japan rejected U.S. threats of sanctions.", ("USA", "JPN", "13")),
        # the voicer hung on the act's of-object
        ("Japan is disappointed at the recent threats of trade retaliation from the European Community.",
         ("EU", "JPN", "13")),
    ],
)
def test_a_reacted_act_is_aimed_at_the_one_who_reacts(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_rejecting_a_threat_is_a_rejection_of_its_maker(nlp: Language) -> None:
    assert ("JPN", "USA", "12") in roots(nlp, "Japan rejected U.S. threats of sanctions.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada chose to resist American pressure over its fishing rules.", ("CAN", "USA", "12")),
        ("Turkey ignored warnings from Greece.", ("TUR", "GRC", "12")),
        ("Pakistan resisted demands from India that it hand over the suspects.", ("PAK", "IND", "12")),
        ("Israel ignored repeated appeals by Egypt to halt the raids.", ("ISR", "EGY", "12")),
    ],
)
def test_resisting_or_ignoring_a_demand_rejects_it(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_objections_voiced_from_a_party_are_disapproval(nlp: Language) -> None:
    assert ("FRA", "DEU", "11") in roots(nlp, "Chancellor Kohl met with objections from France to his plan.")


def test_a_reacted_act_with_its_own_target_keeps_it(nlp: Language) -> None:
    found = roots(nlp, "Japan condemned threats by North Korea against South Korea.")
    assert ("PRK", "KOR", "13") in found
    assert ("PRK", "JPN", "13") not in found
