"""A phrase index over token texts: the cheap twin of spaCy's PhraseMatcher for plain phrases.

Adding tens of thousands of names to a PhraseMatcher tokenises each one and creates a lexeme for
every new word, which dominates start-up once the imported name tables are loaded. A phrase made
only of letters and single spaces tokenises to its words, so it can be matched on token texts with
a dict instead; other phrases ("U.S.", "Ki-moon", "Côte") stay with the PhraseMatcher.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


class TokenIndex:
    """Phrases keyed by their first word; matches are ``(key, start, end)`` like a PhraseMatcher's."""

    def __init__(self, lower: bool = False) -> None:
        self.lower = lower
        self.index: dict[str, list[tuple[tuple[str, ...], int]]] = {}

    def add(self, key: int, phrase: str) -> bool:
        """Index ``phrase`` under ``key``; False (not added) when it is not plain letters and spaces."""
        if not _PLAIN.fullmatch(phrase):
            return False
        words = tuple((phrase.lower() if self.lower else phrase).split(" "))
        entry = (words, key)
        bucket = self.index.setdefault(words[0], [])
        if entry not in bucket:
            bucket.append(entry)
        return True

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        texts = [t.lower_ if self.lower else t.text for t in doc]
        out = []
        for i, text in enumerate(texts):
            for words, key in self.index.get(text, ()):
                end = i + len(words)
                if end <= len(texts) and tuple(texts[i:end]) == words:
                    out.append((key, i, end))
        return out
