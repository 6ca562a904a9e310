"""Domestic dyads: government against opposition, police against protesters, army against rebels of
the same country have that country on both sides."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    ("text", "country", "sectors"),
    [
        ("Police in Kenya arrested dozens of protesters.", "KEN", ("COP", "CVL")),
        ("The Sudanese army attacked rebels in Darfur.", "SDN", ("MIL", "REB")),
        ("Protesters blocked the main road in Lahore.", "PAK", ("CVL", None)),
    ],
)
def test_same_country_both_sides(nlp: Language, text: str, country: str, sectors: tuple[str, str | None]) -> None:
    events = code(nlp, text)
    assert any(e.source == country and e.target == country and e.source_sector == sectors[0]
               and (sectors[1] is None or e.target_sector == sectors[1]) for e in events), events
