"""Lexicon rows for words that were candidates without a matching entry: helping and training another
sentences, the coded event (source, target, code) or its absence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AID: assisting or training another party's forces
        ("Ghanaian troops assisted the Malian army.", ("GHA", "MLI", "070")),
        ("The Nigerian army was assisted by French troops.", ("FRA", "NGA", "070")),
        ("American instructors trained the Afghan police.", ("USA", "AFG", "072")),
        ("French officers trained Malian soldiers.", ("FRA", "MLI", "072")),
    ],
)
def test_unmatched_lemma_rows(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan police assisted in the search for the missing girl.",  # no one assisted
    ],
)
def test_unmatched_lemma_rows_other_senses(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert not any(code in ("070",) for _, _, code in found), found

