"""A phrase index over token texts: the cheap twin of spaCy's PhraseMatcher for plain phrases.

Adding tens of thousands of names to a PhraseMatcher tokenises each one and creates a lexeme for
every new word, which dominates start-up once the imported name tables are loaded. A phrase made
only of letters and single spaces tokenises to its words, so it can be matched on token texts with
a dict instead; other phrases ("U.S.", "Ki-moon", "Côte") stay with the PhraseMatcher. Words are kept as their
string hashes, so a document is read as one array of token hashes (no token objects, no strings).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def id_array(words: Iterable[str]) -> numpy.ndarray:
    """The sorted string ids of ``words``, to find their tokens with one vectorised test per document
    (:func:`among_ids`)."""
    return numpy.array(sorted({get_string_id(w) for w in words}), dtype="uint64")


def among_ids(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """Which of ``values`` (a doc's ORTH or LOWER hashes) are in ``ids`` (sorted, :func:`id_array`): a
    binary search per token, not ``numpy.isin``, which sorts the document's hashes with the whole table."""
    if not len(ids) or not len(values):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.searchsorted(ids, values)
    at[at == len(ids)] = 0
    hit: numpy.ndarray = ids[at] == values
    return hit


class TokenIndex:
    """Phrases keyed by their first word; matches are ``(key, start, end)`` like a PhraseMatcher's."""

    def __init__(self, lower: bool = False) -> None:
        self.lower = lower
        self.attr = LOWER if lower else ORTH
        #: first word's hash -> (the phrase's word hashes, key), in the order added
        self.index: dict[int, list[tuple[tuple[int, ...], int]]] = {}

    def add(self, key: int, phrase: str) -> bool:
        """Index ``phrase`` under ``key``; False (not added) when it is not plain letters and spaces."""
        if not _PLAIN.fullmatch(phrase):
            return False
        words = tuple(get_string_id(w) for w in (phrase.lower() if self.lower else phrase).split(" "))
        entry = (words, key)
        bucket = self.index.setdefault(words[0], [])
        if entry not in bucket:
            bucket.append(entry)
        return True

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not len(doc):
            return []
        ids: list[int] = doc.to_array(self.attr).tolist()  # ORTH / LOWER hash of each token
        out = []
        index = self.index
        for i, word in enumerate(ids):
            for words, key in index.get(word, ()):
                end = i + len(words)
                if end <= len(ids) and tuple(ids[i:end]) == words:
                    out.append((key, i, end))
        return out
