"""Same-length normalisation of old wire copy (nlp/normalise.py)."""

from __future__ import annotations

import pytest

from multipolar.nlp.normalise import normalise


@pytest.mark.parametrize("text, expected", [
    ("Ties between the U.S. And Brazil improved.", "Ties between the U.S. and Brazil improved."),
    ("Officials say the U.N. Will vote on Monday.", "Officials say the U.N. will vote on Monday."),
    ("Brazil quarrelled with the U.S. Over coffee.", "Brazil quarrelled with the U.S. over coffee."),
    ("OSLO, May 2 - Fighting broke out in the north.", "OSLO, May 2 - fighting broke out in the north."),
])
def test_old_wire_capitals_and_tickers_are_normalised(text: str, expected: str) -> None:
    assert normalise(text) == expected
    assert len(normalise(text)) == len(text)


@pytest.mark.parametrize("text", [
    "The U.S. Senate approved the bill.",
    "A U.S. Trade Representative visited Lima.",
    "OSLO, May 2 - Norway's prime minister resigned.",
    "Talks resumed in Oslo.",
    "Acme Motors <ACME.T> will build a plant.",
])
def test_names_and_plain_text_are_kept(text: str) -> None:
    assert normalise(text) == text
