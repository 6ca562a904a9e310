"""Expletive "it": the empty subject of "it is likely that", "it was reported", "it seems" (never an actor)."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.nlp.labels import COPULA_COMPLEMENTS

EXPLETIVE_HEADS = frozenset({"seem", "appear", "rain", "matter", "happen"})
EXPLETIVE_PREDICATES: frozenset[str] = read_words(data_file(__file__, "words/expletive_predicates.txt"))


def is_expletive(token: Token) -> bool:
    """'it' in "it is likely that", "it was reported", "it seems" (cheap checks only)."""
    if token.dep_ == "expl" or token.head.lemma_ in EXPLETIVE_HEADS:
        return True
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lemma_ == "be":
        for t in doc[token.i + 2 : min(len(doc), token.i + 6)]:
            if t.lower_ in ("that", "to", "whether", "unclear", "reported", "said", "believed", "time"):
                return True
    return expletive_predicate(token)


def expletive_predicate(token: Token) -> bool:
    """'it' as the subject of "be" with an empty-subject predicate: "it was important (that)", "it will be
    hard to", "it is more vital than before that", "it was in Peru's interest to"."""
    head = token.head
    if token.dep_ != "nsubj" or head.lemma_ != "be":
        return False
    words = [c for c in head.children if c.dep_ in COPULA_COMPLEMENTS]
    words += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children if o.dep_ == "pobj"]
    nxt = next((t for t in token.doc[head.i + 1:head.i + 4] if t.pos_ not in ("ADV", "PART")), None)
    if nxt is not None and nxt.pos_ == "ADJ":  # "it was important agreement was reached": a misread amod
        words.append(nxt)
    return any(w.lemma_.lower() in EXPLETIVE_PREDICATES for w in words)
