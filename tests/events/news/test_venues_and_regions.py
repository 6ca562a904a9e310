"""Argument weak spots: the party a complaint is lodged against is its target, not the body it is
lodged with; a regional or ethnic party acting on its own capital is a domestic dyad, not a self-event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    ("text", "source", "target", "venue"),
    [
        ("Ghana filed a complaint with the United Nations against Togo on Friday.", "GHA", "TGO", "UN"),
        ("Bolivia lodged a protest with the Security Council against Chile over the border incident.",
         "BOL", "CHL", "UN"),
        ("Romania filed a suit in the World Court against Ukraine.", "ROU", "UKR", "IGO"),
    ],
)
def test_against_party_beats_the_venue(nlp: Language, text: str, source: str, target: str, venue: str) -> None:
    events = code(nlp, text)
    assert any(e.source == source and e.target == target for e in events), events
    assert not any(e.target == venue for e in events), events


def test_complaint_to_a_body_without_against_keeps_the_body(nlp: Language) -> None:
    events = code(nlp, "Ghana complained to the United Nations on Friday.")
    assert any(e.source == "GHA" and e.target == "UN" for e in events), events


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Iraqi Kurdish leader accused Baghdad of blocking the budget.", "IRQ"),
        ("The Chechen president criticized Moscow on Monday.", "RUS"),
    ],
)
def test_region_against_its_capital_is_domestic(nlp: Language, text: str, country: str) -> None:
    events = code(nlp, text)
    assert any(e.source == country and e.target == country and e.root in ("11", "12") for e in events), events


def test_state_leader_and_capital_stay_one_party(nlp: Language) -> None:
    events = code(nlp, "The Iraqi leader accused Baghdad of delays.")
    assert not any(e.source == "IRQ" and e.target == "IRQ" for e in events), events
