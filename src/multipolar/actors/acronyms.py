"""Acronyms a document defines for itself: "the U.S. Interstate Commerce Commission (ICC)" is not the
International Criminal Court, so the document's ICC names no actor of ours.

A definition is a run of capitalised words followed by an all-capitals acronym in brackets. When a
mention of the acronym resolves to an actor none of whose aliases occurs in the defining words, every
mention of that acronym in the document is dropped; a definition that repeats a known name ("the
International Criminal Court (ICC)") keeps them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from multipolar.actors import tables
from multipolar.records import ActorMention

#: Words that may sit inside a long name ("Organisation for Economic Co-operation and Development").
NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "to", "&", "-", "'s"})
_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,9}$")


def _normal(text: str) -> str:
    text = text.lower().replace("organisation", "organization").replace("-", "").replace(".", "")
    return " ".join(text.split())


def definitions(doc: Doc) -> dict[str, str]:
    """Acronym -> the capitalised words that define it in ``doc`` ("ICC" -> "U.S. Interstate Commerce Commission")."""
    found: dict[str, str] = {}
    for tok in doc[1:-2]:
        if tok.text != "(" or doc[tok.i + 2].text != ")" or not _ACRONYM.match(doc[tok.i + 1].text):
            continue
        start = tok.i
        while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in NAME_LINKS):
            start -= 1
        while start < tok.i and doc[start].lower_ in NAME_LINKS:
            start += 1
        if tok.i - start >= 2:  # a name of two words or more
            found.setdefault(doc[tok.i + 1].text, doc[start : tok.i].text)
    return found


def _names_of(code: str) -> list[str]:
    """Every alias, normalised, of the entries with ``code``."""
    return [_normal(alias) for alias, entries in tables.alias_entries().items()
            if len(alias) > 3 and any(e.code == code for e in entries)]


def redefined_acronyms(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` without those of an acronym the document defines as something else (module doc)."""
    defined = definitions(doc)
    if not defined:
        return mentions
    foreign: set[str] = set()
    for m in mentions:
        long_form = defined.get(m.text)
        if long_form is None or m.text in foreign:
            continue
        normal = _normal(long_form)
        if not any(name in normal for name in _names_of(m.code)):
            foreign.add(m.text)
    return [m for m in mentions if m.text not in foreign] if foreign else mentions
