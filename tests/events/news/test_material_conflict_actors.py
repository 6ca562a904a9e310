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
         ("SOM", "KEN", "18")),
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
