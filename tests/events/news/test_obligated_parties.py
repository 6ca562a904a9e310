"""A demand or appeal reported as someone else's obligation ("told the envoys that Israel must
withdraw") is aimed at the party the obligation is put on, not at the audience it was told to
(events/speakers.py obligated_parties); a pronoun standing for the addressee keeps the addressee."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt's foreign minister told the envoys in Cairo that Israel must withdraw.", ("EGY", "ISR")),
        ("France told the Security Council that Libya must pull its troops out of Chad.", ("FRA", "LBY")),
    ],
)
def test_the_obligated_party_is_the_target(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert [(e.source, e.target) for e in code(nlp, text) if e.root == "10"] == [pair]


def test_a_pronoun_for_the_addressee_keeps_the_addressee(nlp: Language) -> None:
    assert [(e.source, e.target) for e in code(nlp, "The Kenyan president told Uganda it must reopen the border.")
            if e.root == "10"] == [("KEN", "UGA")]
