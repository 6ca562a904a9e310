"""Telephone calls with a purpose: "called the king to express support", "phoned Bonn to congratulate":
the caller does the act of the to-infinitive, to the one called (not an appeal to it, as in "urged X to")."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.infinitives import to_infinitive

#: Verbs of a telephone call, and the acts of speech a call is made to do (lemmas).
CALLING_VERBS = frozenset({"call", "telephone", "phone", "ring"})
CALL_PURPOSES: frozenset[str] = read_words(data_file(__file__, "words/call_purposes.txt"))


def call_purpose(verb: Token) -> Token | None:
    """The calling verb whose purpose the to-infinitive ``verb`` is ("called X to express"), else None."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or head.i == verb.i or verb.lemma_.lower() not in CALL_PURPOSES:
        return None
    if head.lemma_.lower() not in CALLING_VERBS or not to_infinitive(verb):
        return None
    return head if any(c.dep_ in ("dobj", "oprd") and c.i < verb.i for c in head.children) else None


def called_parties(call: Token) -> list[Token]:
    """The one called: the calling verb's object ("called King Olav")."""
    return [c for c in call.children if c.dep_ in ("dobj", "oprd")]
