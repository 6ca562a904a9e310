"""An act that a party answers was aimed at that party: "Chile, responding to a warning by Peru, said
..." (Peru warned Chile), "in response to threats by X, Y said ..." (X threatened Y)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile, responding to a warning by Peru against fishing in the bay, said it had every right to fish.",
         ("PER", "CHL", "13")),
        ("In response to threats by Serbia, Croatia said it would defend its border.", ("SRB", "HRV", "13")),
        ("Reacting to accusations by Uganda, Rwanda denied any role in the raid.", ("UGA", "RWA", "11")),
        ("Moldova responded to accusations by Romania with a denial.", ("ROU", "MDA", "11")),
    ],
)
def test_answered_act_aimed_at_the_answerer(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_answered_appeal_still_found(nlp: Language) -> None:
    assert ("SLE", "GBR", "02") in roots(nlp, "Britain sent troops in response to appeals by Sierra Leone.")

