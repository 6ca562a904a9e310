"""A rejection with no target is aimed at the author of the overture it rejects, named in the
overture's "by"/"from" phrase, even one of the rejecter's own country (events/authors.py, ``/author``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.events.authors import AUTHOR_RULE
from tests.events.conftest import aimed_by, code


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a group of the rejecter's own country: the members named after "of"
        ("The Kenyan finance minister shrugged off demands by several Kenyan regional governors that he quit.",
         "KEN", "KEN"),
        ("The Kenyan finance minister shrugged off calls from a group of Kenyan regional governors to quit.",
         "KEN", "KEN"),
    ],
)
def test_the_author_of_a_rejected_overture_is_the_target(nlp: Language, text: str, source: str,
                                                         target: str) -> None:
    assert any(s == source and t == target for s, t, _ in aimed_by(nlp, text, AUTHOR_RULE)), code(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no author named; the rejecter's own mention is no author either
        "The Kenyan finance minister shrugged off fresh demands that he quit.",
        # the "by" phrase belongs to a clause inside the overture's phrase
        "The Kenyan cabinet spurned an offer to end the raids carried out by Ugandan troops.",
    ],
)
def test_no_author_outside_the_overtures_own_phrase(nlp: Language, text: str) -> None:
    assert not aimed_by(nlp, text, AUTHOR_RULE), code(nlp, text)
