"""A document's opening read from its first tokens equals the same slice of ``Doc.text``."""

from __future__ import annotations

import pytest
import spacy

from multipolar.nlp.opening import opening_text, stripped_opening

TEXTS = [
    "ROME, June 3 - The two delegations met behind closed doors.",
    "KABUL (Wire) -- Talks resumed on Tuesday after a week's pause.",
    "\n\n   \n  OSLO - Envoys signed the accord.",
    " " * 300 + "LIMA, Peru - Farmers blocked the highway.",
    "Short.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("chars", [0, 1, 7, 80, 100, 1000])
def test_opening_is_the_text_prefix(text: str, chars: int) -> None:
    doc = spacy.blank("en")(text)
    assert opening_text(doc, chars) == doc.text[:chars]
    assert stripped_opening(doc, chars) == doc.text.lstrip()[:chars]
