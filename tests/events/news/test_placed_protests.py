"""A protest naming its own place and a target of another country is the people of its place's, whatever
verb it is the subject of ("rallies in Tehran against Israel drew thousands": Iranians protest against
Israel); with no such target it still needs a verb of happening (events/unnamed.py, unnamed_protest)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rallies in Tehran against Israel were held after prayers.", ("IRN", "ISR", "141")),
        ("Protests in Beijing against Japan's bid for a UN seat drew thousands.", ("CHN", "JPN", "141")),
        ("Officials said protests in Indonesia against the Australian ruling continued.", ("IDN", "AUS", "141")),
        ("Police said protests in Pakistan against the U.S. raids turned violent.", ("PAK", "USA", "141")),
    ],
)
def test_a_placed_protest_against_another_country_is_its_places_people(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_a_placed_protest_with_no_foreign_target_needs_a_happening_verb(nlp: Language) -> None:
    found = dyads(nlp, "Witnesses said demonstrations in Seoul over the new textbooks grew.")
    assert not any(c[:2] == "14" for _, _, c in found), found


def test_a_protest_naming_no_place_is_not_lent_one(nlp: Language) -> None:
    found = dyads(nlp, "Protests against Israel drew thousands.")
    assert not any(s is not None and c[:2] == "14" for s, _, c in found), found
