"""Persons declared unwelcome (events/outcasts.py): "declared X persona non grata" expels diplomats (161)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Lithuania declared three Belarusian diplomats persona non grata.", ("LTU", "BLR")),
        ("Ghana declared the Nigerian consul persona non grata on Sunday.", ("GHA", "NGA")),
    ],
)
def test_declaring_diplomats_persona_non_grata_expels_them(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = dyads(nlp, text)
    assert (*pair, "161") in found, found
    assert not any(c == "010" for _, _, c in found), found


def test_a_plain_declaration_stays_a_statement(nlp: Language) -> None:
    found = dyads(nlp, "Lithuania declared that the Belarusian diplomats were welcome.")
    assert not any(c == "161" for _, _, c in found), found
