"""A definite event noun that refers back to an event told earlier ("The talks centred on ...") reports no
new act: it codes nothing of its own, neither a copy of the first event nor an actorless one (round 34)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(("text", "noun", "first"), [
    ("Chile and Peru opened border talks in Lima on Tuesday. The talks centred on fishing rights.", "talks",
     {("CHL", "PER", "04"), ("PER", "CHL", "04")}),
    ("Kenya signed a water accord with Ethiopia. Under the accord, the two states pool their dams.", "accord",
     {("KEN", "ETH", "05"), ("ETH", "KEN", "05")}),
    ("The Danish premier visited Norway on Friday. The visit was the first in ten years.", "visit",
     {("DNK", "NOR", "04")}),
])
def test_a_back_reference_adds_no_event(nlp: Language, text: str, noun: str,
                                        first: set[tuple[str | None, str | None, str]]) -> None:
    events = code(nlp, text)
    assert {(e.source, e.target, e.root) for e in events if e.sentence_index == 0} == first
    assert not [e for e in events if e.sentence_index > 0 and e.trigger.lower() == noun]
