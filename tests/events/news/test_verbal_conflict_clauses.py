"""Verbal conflict aimed through a clause or a preposition: the party named in the condition a threat
sets, the blamed party of "X said Y was to blame" (the speaker accuses), "protested to X" (a formal
complaint) and "charged that X ..." (an accusation, not a legal charge)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran threatened to close the strait if Britain seized its tankers.", ("IRN", "GBR", "13")),
        ("Russia threatened to cut gas supplies unless Ukraine paid its debts.", ("RUS", "UKR", "13")),
        ("China threatened retaliation if Washington imposed new tariffs.", ("CHN", "USA", "13")),
        ("Turkey threatened to impose sanctions if Sweden did not extradite the suspects.", ("TUR", "SWE", "13")),
    ],
)
def test_a_threat_is_aimed_at_the_party_of_its_condition(nlp: Language, text: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_named_target_wins_over_the_condition(nlp: Language) -> None:
    text = "Israel threatened to attack Lebanon if Hezbollah fired more rockets."
    coded = roots(nlp, text)
    assert ("ISR", "LBN", "13") in coded
    assert not any(t == "LBN" and s != "ISR" for s, t, _ in coded)


def test_a_whether_clause_is_no_condition_of_a_threat(nlp: Language) -> None:
    text = "Iran threatened to close the strait, asking whether Britain would seize its tankers."
    assert ("IRN", "GBR", "13") not in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Turkish president said Greece was to blame for the crisis.", ("TUR", "GRC", "11")),
        ("Egyptian officials said Israel was to blame for the violence.", ("EGY", "ISR", "11")),
        ("Greece is to blame for the crisis, Turkey said.", ("TUR", "GRC", "11")),
    ],
)
def test_the_speaker_blames_the_subject_of_be_to_blame(nlp: Language, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    coded = roots(nlp, text)
    assert expected in coded
    assert not any(s == expected[1] and r == "11" for s, _, r in coded)


def test_be_to_blame_without_a_speaker_has_no_source(nlp: Language) -> None:
    coded = roots(nlp, "Greece was to blame for the crisis.")
    assert all(s is None for s, _, r in coded if r == "11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Philippines protested to China over the incident.", ("PHL", "CHN", "11")),
        ("Japan protested strongly to South Korea about the visit.", ("JPN", "KOR", "11")),
    ],
)
def test_protesting_to_a_party_is_a_formal_complaint(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    coded = roots(nlp, text)
    assert expected in coded
    assert not any(r == "14" for _, _, r in coded)


def test_protesting_against_a_party_stays_a_demonstration(nlp: Language) -> None:
    coded = roots(nlp, "Thousands of students protested against the Thai government.")
    assert any(r == "14" for _, _, r in coded)
    assert not any(r == "11" for _, _, r in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudan's president charged that Egypt was backing the rebels.", ("SDN", "EGY", "11")),
        ("The Venezuelan government charged that Colombia had violated its airspace.", ("VEN", "COL", "11")),
    ],
)
def test_charging_that_a_party_acted_is_an_accusation(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    coded = roots(nlp, text)
    assert expected in coded
    assert not any(r == "17" for _, _, r in coded)


def test_charging_a_person_stays_a_legal_charge(nlp: Language) -> None:
    coded = roots(nlp, "The Iraqi prosecutor charged two men over the bombing.")
    assert any(r == "17" for _, _, r in coded)
    assert not any(r == "11" for _, _, r in coded)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Seoul urged restraint after Pyongyang fired two missiles.", "KOR", "PRK"),
        ("Greece complained bitterly after Turkey blocked the talks.", "GRC", "TUR"),
    ],
)
def test_reaction_answers_the_act_of_its_after_clause(nlp: Language, text: str, source: str, target: str) -> None:
    events = code(nlp, text)
    assert any(e.source == source and e.target == target for e in events), events


def test_after_clause_of_the_speaker_itself_names_no_target(nlp: Language) -> None:
    events = code(nlp, "Greece complained after it lost the vote.")
    assert not any(e.source == "GRC" and e.target is not None and e.root == "11" for e in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported clause's subject is no party: its owner is whom the act is about
        ("Kuwait rejected charges that fishing vessels seized recently by Iran were spy boats.", ("KWT", "IRN", "01")),
        ("China warned that Japan's military build-up would destabilise the region.", ("CHN", "JPN", "13")),
        ("Chile complained that the dam built by Argentina had flooded its farms.", ("CHL", "ARG", "11")),
    ],
)
def test_the_owner_of_a_reported_subject_is_the_target(nlp: Language, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)
