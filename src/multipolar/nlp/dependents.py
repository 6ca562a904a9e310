"""A word's dependents with their relations, and each word's head, read from the parse once per document.

``token.children`` builds a new ``Token`` for every dependent and ``dep_`` looks its label up again on each
call; the rules ask for the dependents of the same heads many times over. :func:`dependents` gives the same
words in the same order (``list(token.children)``) with each one's ``dep_``, read once per word and kept
for the document last asked about (the coder reads one document at a time). :func:`tree_depth` and
:func:`path_to` walk a word's heads.
"""

from __future__ import annotations

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

Dependents = list[tuple[Token, str]]

#: The document last asked about, its length, and each word's dependents once read.
_LAST: tuple[Doc, int, list[Dependents | None]] | None = None


def dependents(token: Token) -> Dependents:
    """``(child, child.dep_)`` for each of ``token.children``, in the same order (do not change the list)."""
    global _LAST
    doc = token.doc
    last = _LAST
    if last is None or last[0] is not doc or last[1] != len(doc):
        last = _LAST = (doc, len(doc), [None] * len(doc))
    found = last[2][token.i]
    if found is None:
        found = last[2][token.i] = [(c, c.dep_) for c in token.children]
    return found


#: The document last asked about for its heads, its length, and each word's head index.
_HEADS: tuple[Doc, int, list[int]] | None = None


def head_indices(doc: Doc) -> list[int]:
    """``[token.head.i for token in doc]``, read from the document's table at once and kept for the document
    last asked about (a root is its own head; do not change the list)."""
    global _HEADS
    last = _HEADS
    if last is None or last[0] is not doc or last[1] != len(doc):
        offsets = doc.to_array(HEAD).astype("int64").tolist() if len(doc) else []
        last = _HEADS = (doc, len(doc), [i + offset for i, offset in enumerate(offsets)])
    return last[2]


def tree_depth(token: Token) -> int:
    """How many heads lie above a token (at most 50)."""
    heads = head_indices(token.doc)
    i, n = token.i, 0
    while heads[i] != i and n < 50:
        i, n = heads[i], n + 1
    return n


def path_to(token: Token, top: Token) -> list[Token] | None:
    """The words from ``token`` up its heads to ``top`` (``top`` left out), or None when ``top`` is not
    one of its heads."""
    path: list[Token] = []
    while token.i != top.i:
        if token.head.i == token.i:
            return None
        path.append(token)
        token = token.head
    return path
