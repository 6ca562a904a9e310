"""Acronyms a document defines for itself: "the U.S. Interstate Commerce Commission (ICC)" is not the
International Criminal Court, so the document's ICC names no actor of ours.

A definition is a run of name words that spells an all-capitals acronym in brackets after it. When a
mention of the acronym resolves to an actor none of whose aliases occurs in the defining words, every
mention of that acronym in the document is dropped; a definition that repeats a known name ("the
International Criminal Court (ICC)") keeps them.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from multipolar.actors import tables
from multipolar.records import ActorMention

#: Words that may sit inside a long name ("Organisation for Economic Co-operation and Development").
NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "to", "&", "-", "'s"})
_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,9}$")
OPEN, CLOSE = get_string_id("("), get_string_id(")")


def _normal(text: str) -> str:
    text = text.lower().replace("organisation", "organization").replace("-", "").replace(".", "")
    return " ".join(text.split())


def _spells(acronym: str, words: str) -> bool:
    """The acronym's letters occur in order in ``words``, the first one opening them ("ICC" in
    "Interstate Commerce Commission")."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    text = words.lower()
    if not letters or text[:1] != letters[0]:
        return False
    at = 0
    for c in letters:
        at = text.find(c, at)
        if at < 0:
            return False
        at += 1
    return True


def definitions(doc: Doc) -> dict[str, str]:
    """Acronym -> the words that define it in ``doc`` ("ICC" -> "Interstate Commerce Commission"):
    the shortest run of name words before the bracket that spells it."""
    found: dict[str, str] = {}
    if len(doc) < 4:
        return found
    orth = doc.to_array(ORTH)
    # "(" at 1 .. len - 3 with ")" two words on: the only places a definition can end (found on the hash array)
    brackets: list[int] = (numpy.flatnonzero((orth[1:-2] == OPEN) & (orth[3:] == CLOSE)) + 1).tolist()
    for i in brackets:
        tok = doc[i]
        acronym = doc[tok.i + 1].text
        if not _ACRONYM.match(acronym):
            continue
        start = tok.i
        while start > 0 and _in_name(doc, start - 1):
            start -= 1
        for first in range(tok.i - 2, start - 1, -1):  # a name of two words or more
            words = doc[first : tok.i].text
            if doc[first].lower_ not in NAME_LINKS and _spells(acronym, words):
                found.setdefault(acronym, words)
                break
    return found


def _in_name(doc: Doc, i: int) -> bool:
    """A word of a long name: capitalised, a linking word, or a hyphen and its continuation ("South-east")."""
    tok = doc[i]
    return tok.text[:1].isupper() or tok.lower_ in NAME_LINKS or (i > 0 and doc[i - 1].text == "-")


@lru_cache(maxsize=256)
def _names_of(code: str) -> tuple[str, ...]:
    """Every alias, normalised, of the entries with ``code`` (read once per code)."""
    return tuple(_normal(alias) for alias, entries in tables.alias_entries().items()
                 if len(alias) > 3 and any(e.code == code for e in entries))


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
