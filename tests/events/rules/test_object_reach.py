"""The matcher skips an object entry none of whose words the verb may take as object: the same matches."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.events.matching import Matcher
from multipolar.nlp.pipeline import make_doc
from multipolar.records import Document
from tests.events.conftest import DATE


def _match(nlp: Language, text: str, word: str) -> tuple[str, str | None] | None:
    matcher: Matcher = nlp.get_pipe("multipolar_events").coder.matcher  # type: ignore[attr-defined]
    doc = nlp(make_doc(nlp, Document(id="t", text=text, date=DATE)))
    m = matcher.match(next(t for t in doc if t.text == word))
    return None if m is None else (m.entry.rule, None if m.obj is None else m.obj.text)


@pytest.mark.parametrize(("text", "word", "obj"), [
    ("Japan extended 40 billion yen in loans to Laos.", "extended", "yen"),  # a sum
    ("The rebels took three engineers hostage near Gondar.", "took", "hostage"),  # a predicative complement
    ("Peru said it feared a new border war.", "said", None),  # no object word of "say": the bare statement
])
def test_object_entries_match_through_sums_and_complements(nlp: Language, text: str, word: str,
                                                            obj: str | None) -> None:
    found = _match(nlp, text, word)
    assert found is not None and found[1] == obj


def test_a_verb_whose_object_words_are_absent_matches_no_object_entry(nlp: Language) -> None:
    found = _match(nlp, "The minister held a long briefing on the harvest.", "held")
    assert found is None or found[1] is None
