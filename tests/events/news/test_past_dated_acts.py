"""A nominal act its own words date in the past (round 34): "talks yesterday with X", "last week's
accord" took place, whatever the modality of the clause it sits in ("prices may fall owing to the talks
held yesterday with X"); an act the clause negates stays negated."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oil prices may fall as a result of the talks yesterday between Saudi Arabia and Venezuela.",
         {("SAU", "VEN", "04"), ("VEN", "SAU", "04")}),
        ("Oil prices could rise after last week's talks between Saudi Arabia and Venezuela.",
         {("SAU", "VEN", "04"), ("VEN", "SAU", "04")}),
    ],
)
def test_a_past_dated_act_took_place(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = roots(nlp, text)
    assert expected <= found, found
