"""A stance prefix before a name ("anti-American", "pro-Syrian") names whom a party is for or against,
not the party's own country: the party takes the story's country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    ("text", "source", "not_source"),
    [
        ("Anti-French protesters marched in Algiers on Sunday.", "DZA", "FRA"),
        ("DAMASCUS, May 4 - Pro-Iranian lawmakers criticised the opposition.", "SYR", "IRN"),
        ("Anti-Bush demonstrators marched in Santiago on Friday.", "CHL", "USA"),
    ],
)
def test_a_stance_prefix_does_not_name_the_party(nlp: Language, text: str, source: str, not_source: str) -> None:
    events = code(nlp, text)
    assert any(e.source == source for e in events), events
    assert not any(e.source == not_source for e in events), events
