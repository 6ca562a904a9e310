"""Infinitival clauses: a verb marked by "to", and the to-infinitive clauses under a head word."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from multipolar.nlp.labels import VERBAL_POS


def to_infinitive(verb: Token) -> bool:
    """``verb`` is marked by infinitival "to" ("to protest", "to help", "was to blame")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def infinitive_clauses(head: Token, deps: Iterable[str], bare_xcomp: bool = False) -> list[Token]:
    """The clauses under ``head`` by one of ``deps`` marked by infinitival "to" ("urged Y to withdraw",
    "a deadline to respond"); ``bare_xcomp``: an xcomp verb counts without "to" ("helped build")."""
    wanted = frozenset(deps)
    return [c for c in head.children if c.dep_ in wanted and (
        to_infinitive(c) or (bare_xcomp and c.dep_ == "xcomp" and c.pos_ in VERBAL_POS))]
