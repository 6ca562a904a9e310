"""Threats stated as readiness or as a possible act (events/judgments.py): readiness to harm another
party set on a condition is announced, a threat ("is prepared to retaliate if the tax is introduced");
unconditioned readiness stays an unannounced plan; a possible hostile act the speaker names through a
support verb ("said it could take legal action against Y") threatens, an announced one keeps its code;
a time given to act ("gave Japan six weeks to open its market") is an ultimatum."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States is prepared to retaliate against the European Community if the tax is introduced.",
         ("USA", "EU", "13")),
        ("The U.S. said it was ready to impose sanctions on Japan if the talks failed.", ("USA", "JPN", "13")),
        ("China is ready to retaliate against Japan if Tokyo imposes tariffs, a Chinese official said.",
         ("CHN", "JPN", "13")),
        ("Unless Serbia withdraws its troops, Croatia is willing to strike Serbian positions.", ("HRV", "SRB", "13")),
    ],
)
def test_conditioned_readiness_to_harm_is_a_threat(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_unconditioned_readiness_is_no_threat(nlp: Language) -> None:
    found = roots(nlp, "Chinese troops were ready to attack Vietnamese positions.")
    assert not any(r in ("13", "19") for _, _, r in found)


def test_readiness_to_help_is_no_threat(nlp: Language) -> None:
    found = roots(nlp, "Japan is ready to help Indonesia if the floods worsen.")
    assert not any(r == "13" for _, _, r in found)


@pytest.mark.parametrize(
    "text",
    [
        "The EU Commission said on Friday it could begin legal action against Austria.",
        "The European Commission said it might take legal action against Austria.",
        "The EU Commission said on Friday it could begin legal moves against Austria.",
    ],
)
def test_a_possible_complaint_through_a_support_verb_is_a_threat(nlp: Language, text: str) -> None:
    assert ("EU", "AUT", "130") in dyads(nlp, text)


def test_an_announced_complaint_keeps_its_code(nlp: Language) -> None:
    assert ("EU", "DEU", "115") in dyads(nlp, "The European Commission said it will take legal action against Germany.")


def test_a_possible_attack_through_a_support_verb_is_a_threat(nlp: Language) -> None:
    assert ("CHN", "TWN", "13") in roots(nlp, "China said it could launch an attack on Taiwan.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Community has given Japan six weeks to open its market.", ("EU", "JPN", "139")),
        ("Britain gave Argentina 48 hours to leave the islands.", ("GBR", "ARG", "139")),
        ("The UN gave Serbia a deadline to pull out its forces.", ("UN", "SRB", "139")),
        # the addressee parsed as the direct object, the span as an adverbial noun
        ("The United Nations gave Sudan a week to disarm the militias.", ("UN", "SDN", "139")),
        # a deadline is an ultimatum without an infinitive too
        ("Furious French ministers gave Iran a midnight deadline over the seized tanker.", ("FRA", "IRN", "139")),
    ],
)
def test_a_time_given_to_act_is_an_ultimatum(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany gave Poland a week off from the quota talks.",
        "Japan gave China 48 hours of consultations on the fishing dispute.",
    ],
)
def test_a_time_given_with_no_act_to_do_is_no_ultimatum(nlp: Language, text: str) -> None:
    """An ultimatum names the act to do in the time: a to-infinitive (the lexicon's ``needinf`` flag)."""
    assert not any(cameo == "139" for _s, _t, cameo in dyads(nlp, text))


def test_announced_legal_steps_are_legal_action(nlp: Language) -> None:
    assert ("DEU", "NLD", "115") in dyads(nlp, "Germany said it would take legal steps against the Dutch government.")


@pytest.mark.parametrize(
    "text",
    [
        "Washington announced plans to impose tariffs on Peruvian imports.",
        "Chile unveiled a plan to expel Peruvian diplomats.",
    ],
)
def test_a_plan_to_harm_made_public_is_a_threat(nlp: Language, text: str) -> None:
    # a plan announced as the object of "announced" / "unveiled" is announced intent: a threat (13x)
    assert any(r == "13" and t == "PER" for _s, t, r in roots(nlp, text))


def test_a_plan_to_harm_nobody_announced_stays_no_threat(nlp: Language) -> None:
    assert not any(r == "13" for _s, _t, r in roots(nlp, "The Chilean army plans to attack Peruvian positions."))
