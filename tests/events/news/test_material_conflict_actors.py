"""Actors of material conflict: the members a victim group names ("five people, including two Dutch
soldiers") are victims of the same act, by the same agent as the group."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed six people, including two Dutch engineers, in northern Iraq.", ("IRQ", "NLD", "18")),
        ("Somali militants shot dead nine villagers, including three Kenyan teachers, on Monday.",
         ("SOM", "KEN", "19")),
    ],
)
def test_members_a_victim_group_includes_are_targets(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_included_victims_of_a_passive_share_the_groups_placed_agent(nlp: Language) -> None:
    text = "Seven people, including four Japanese tourists, were killed in Kabul on Sunday."
    coded = roots(nlp, text)
    assert ("AFG", "AFG", "18") in coded
    assert ("AFG", "JPN", "18") in coded


def test_a_foreign_victim_alone_does_not_place_an_unidentified_agent(nlp: Language) -> None:
    coded = roots(nlp, "A Swiss aid worker was kidnapped in Iraq on Monday.")
    assert ("IRQ", "CHE", "18") not in coded


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A rocket attack by Hamas militants killed three Israeli soldiers.", "PSE", "ISR"),
        ("A suicide bombing by al-Shabaab killed 20 Kenyan police officers.", "SOM", "KEN"),
    ],
)
def test_the_agent_of_an_attack_subject_is_the_attacker(nlp: Language, text: str, source: str, target: str) -> None:
    # "an attack by X killed Y": X attacked Y, not an unnamed attacker
    assert any(src == source and tgt == target for src, tgt, _ in roots(nlp, text))


def test_the_target_of_an_attack_subject_is_no_attacker(nlp: Language) -> None:
    # "the bombing of the embassy": "of" names what was bombed, so the attacker stays unnamed
    assert all(src is None for src, _, _ in roots(nlp, "The bombing of the embassy killed ten Afghan civilians."))
