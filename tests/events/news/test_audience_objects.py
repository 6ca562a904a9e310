"""A meeting or gathering named as the object of a verb of telling is the audience, not an act asked
for (events/governed.py ADDRESSEE_OBJECT_VERBS): no demand for a meeting is coded, and what was said
is read as usual."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    "text",
    [
        "Japan's trade minister told a meeting of French and German officials that tariffs would fall.",
        "The minister told a meeting of Arab envoys in Cairo that Israel must withdraw.",
        "The Peruvian envoy told a meeting of Chilean and Bolivian diplomats that the border would stay open.",
    ],
)
def test_an_audience_is_not_a_meeting_demanded(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.root == "10"]


def test_the_content_told_to_an_audience_is_still_read(nlp: Language) -> None:
    events = code(nlp, "Egypt's foreign minister told a meeting of Arab envoys that Israel must withdraw.")
    assert [(e.source, e.target, e.trigger) for e in events] == [("EGY", "ISR", "told")]


def test_a_meeting_asked_for_is_still_a_demand(nlp: Language) -> None:
    assert any(e.root == "10" for e in code(nlp, "Syria demanded a meeting with Jordan on the border."))
