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


def parted_noun(verb: Token) -> Token | None:
    """The noun a "to"-infinitive belongs to across a bare time phrase, where the parser hung the
    infinitive on the verb above ("protested an Indian decision last month to impose tariffs",
    "announced plans yesterday to cut"): that verb's object or its preposition's, not a party it
    urges ("urged the rebels Sunday to free"), else None."""
    doc = verb.doc
    if verb.dep_ not in ("advcl", "xcomp") or verb.i < 3 or doc[verb.i - 1].dep_ != "aux" or not to_infinitive(verb):
        return None
    time = doc[verb.i - 2]
    if time.dep_ != "npadvmod" or time.head != verb.head or time.left_edge.i < 1:
        return None
    noun = doc[time.left_edge.i - 1]
    if noun.pos_ != "NOUN" or noun.i in (doc._.actor_index or {}):
        return None
    if (noun.dep_ == "dobj" and noun.head == verb.head) or (
            noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == verb.head):
        return noun
    return None
