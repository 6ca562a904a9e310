"""Claims of title turned down (events/title_claims.py): dismissing a claim to or over something is a
rejection (120); dismissing a claim that something happened stays a denial (016)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Argentina dismissed Britain's claims over the disputed archipelago.", ("ARG", "GBR")),
        ("Malaysia rejected the Philippine claim to the northern province.", ("MYS", "PHL")),
        ("Chile rejected Bolivia's claim on the coastal strip.", ("CHL", "BOL")),
    ],
)
def test_turning_down_a_claim_of_title_is_a_rejection(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = dyads(nlp, text)
    assert (*pair, "120") in found, found
    assert not any(c == "016" for _, _, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Argentina dismissed Britain's claims that its warships had fired first.",
        "Argentina dismissed the British claim to journalists on Monday.",
    ],
)
def test_turning_down_a_claim_that_something_happened_stays_a_denial(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert any(c == "016" for _, _, c in found), found


def test_a_claim_of_wrongdoing_stays_a_denial_whatever_it_is_over(nlp: Language) -> None:
    found = dyads(nlp, "Argentina rejected British claims of bullying over the fishing licences.")
    assert not any(c == "120" for _, _, c in found), found


def test_a_claim_over_an_act_stays_a_denial(nlp: Language) -> None:
    found = dyads(nlp, "Argentina rejected British claims over repeated border incursions.")
    assert not any(c == "120" for _, _, c in found), found
