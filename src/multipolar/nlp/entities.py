"""A document's named entities, built once while its entity tags stay the same.

``Doc.ents`` builds a new ``Span`` for every entity each time it is read; the actor and place rules
read it several times per document. :func:`entities` keeps the spans of the document last asked
about, keyed by its entity tags (so a document whose entities were reset is read afresh).
"""

from __future__ import annotations

from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span

#: The document last asked about, its entity tags and its entity spans.
_LAST: tuple[Doc, bytes, tuple[Span, ...]] | None = None


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` (the same spans, in the same order; do not change them)."""
    global _LAST
    tags = doc.to_array([ENT_IOB, ENT_TYPE]).tobytes() if len(doc) else b""
    last = _LAST
    if last is not None and last[0] is doc and last[1] == tags:
        return last[2]
    found: tuple[Span, ...] = tuple(doc.ents)
    _LAST = (doc, tags, found)
    return found
