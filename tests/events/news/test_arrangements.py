"""An arrangement is a pact, as an agreement is: signing, concluding or reaching one with a party (057), or
intending to (032)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads

Dyads = set[tuple[str | None, str | None, str]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington expects to conclude a security arrangement with Riyadh soon.", {("USA", "SAU", "032")}),
        ("Japan and India signed a currency swap arrangement on Monday.",
         {("JPN", "IND", "057"), ("IND", "JPN", "057")}),
    ],
)
def test_an_arrangement_is_a_pact(nlp: Language, text: str, expected: Dyads) -> None:
    assert dyads(nlp, text) == expected
