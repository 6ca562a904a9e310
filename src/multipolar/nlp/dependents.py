"""A word's dependents with their relations, read from the parse once per document.

``token.children`` builds a new ``Token`` for every dependent and ``dep_`` looks its label up again on each
call; the rules ask for the dependents of the same heads many times over. :func:`dependents` gives the same
words in the same order (``list(token.children)``) with each one's ``dep_``, from a table of the document's
head array kept for the document last asked about (the coder reads one document at a time).
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

Dependents = list[tuple[Token, str]]


class _Table:
    """The dependents of each word of one parsed document, filled in as they are asked for."""

    __slots__ = ("doc", "ends", "kids", "labels", "length", "order", "starts", "words")

    def __init__(self, doc: Doc) -> None:
        self.doc, self.length = doc, len(doc)
        position = numpy.arange(self.length)
        heads = position + doc.to_array(HEAD).astype("int64")  # relative head offsets, signed
        heads[heads == position] = -1  # a root is no dependent of itself
        self.order = numpy.argsort(heads, kind="stable")  # words by their head, in text order within a head
        ordered = heads[self.order]
        self.starts = numpy.searchsorted(ordered, position, side="left").tolist()
        self.ends = numpy.searchsorted(ordered, position, side="right").tolist()
        self.labels: list[int] = doc.to_array(DEP).tolist()
        self.words: list[Token | None] = [None] * self.length
        self.kids: list[Dependents | None] = [None] * self.length

    def word(self, i: int) -> Token:
        found = self.words[i]
        if found is None:
            found = self.words[i] = self.doc[i]
        return found

    def of(self, i: int) -> Dependents:
        found = self.kids[i]
        if found is None:
            strings = self.doc.vocab.strings
            found = self.kids[i] = [(self.word(j), strings[self.labels[j]])
                                    for j in self.order[self.starts[i]:self.ends[i]].tolist()]
        return found


_LAST: _Table | None = None


def dependents(token: Token) -> Dependents:
    """``(child, child.dep_)`` for each of ``token.children``, in the same order (do not change the list)."""
    global _LAST
    table = _LAST
    doc = token.doc
    if table is None or table.doc is not doc or table.length != len(doc):
        table = _LAST = _Table(doc)
    return table.of(token.i)
