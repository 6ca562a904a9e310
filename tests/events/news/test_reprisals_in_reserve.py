"""Reprisals held in reserve or weighed (events/capacities.py, events/defence.py reprisal_word,
events/noun_status.py noun_pondered): a means or power to retaliate that a party seeks or holds is its
threat ("is seeking ways to retaliate against Y"); a plain act noun a reprisal modifier makes one
("retaliatory action against Y") is a reprisal; an act noun a party only weighs ("is considering an
attack on Y") is no act done."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa is seeking ways to retaliate against Brazilian aircraft makers.", ("CAN", "BRA", "13")),
        ("Spain has the power to retaliate against Moroccan fishing boats.", ("ESP", "MAR", "13")),
        ("Seoul is looking for means to retaliate against North Korea.", ("KOR", "PRK", "13")),
    ],
)
def test_a_means_to_retaliate_held_or_sought_is_a_threat(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found
    assert not any(r in ("18", "19") for _, _, r in found)


def test_no_means_to_retaliate_is_no_threat(nlp: Language) -> None:
    found = roots(nlp, "Spain has no way to retaliate against Moroccan fishing boats.")
    assert not any(r in ("13", "18", "19") for _, _, r in found)


def test_a_means_to_cooperate_is_no_event(nlp: Language) -> None:
    found = roots(nlp, "The Thai ministry is seeking ways to expand trade with Laos.")
    assert not any(r.startswith("0") and r != "01" for _, _, r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa intends to take retaliatory action against Brazil.", ("CAN", "BRA", "13")),
        ("Kenya took retaliatory measures against Ugandan imports on Monday.", ("KEN", "UGA", "16")),
        ("Kenya took retaliatory measures against Ugandan troops on Monday.", ("KEN", "UGA", "19")),
    ],
)
def test_a_retaliatory_act_noun_is_a_reprisal(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # an act noun only weighed
        "Pretoria is considering an attack on rebel bases in Angola.",
        "Washington is weighing retaliatory measures against Havana.",
        # an act one is only capable of
        "Pakistan has tested a rocket capable of striking most Indian cities.",
        "Libya is capable of attacking Chad at any time.",
    ],
)
def test_an_act_only_weighed_or_within_reach_is_no_act(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert not any(r in ("18", "19") for _, _, r in found)
