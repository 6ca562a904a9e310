"""Displeasure and protest an act draws where a party lives (round 34): the in- or among-phrase of the
reaction a support verb of drawing or causing takes ("sparked anger in X", "faced protests among X")
names who feels or voices it, a place's people rather than its government; the act's doer is the target."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Danish cartoons sparked outrage in Pakistan.", ("PAK", "DNK", "110")),
        ("Canada expanded its fishing zone, provoking anger in Spain.", ("ESP", "CAN", "110")),
        ("The Norwegian whaling plan triggered protests in Britain.", ("GBR", "NOR", "141")),
        ("The Thai prime minister faced protests in Yangon during his visit.", ("MMR", "THA", "141")),
    ],
)
def test_a_reaction_in_a_place_is_its_peoples(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_a_protest_in_a_country_is_no_official_complaint(nlp: Language) -> None:
    events = code(nlp, "The Norwegian whaling plan triggered protests in Britain.")
    assert not any(e.cameo == "114" for e in events), [(e.source, e.target, e.cameo) for e in events]
