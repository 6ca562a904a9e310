"""Attributive participles: "..., visiting U.S. Trade Secretary X told reporters" describes the
speaker; the parser often hangs the bare participle on the reported clause, whose subject then
reads as the visitor. With no object or preposition of its own, such a participle tells of no act."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words

#: Participles used as a person's attribute (data/words/attributive_participles.txt).
ATTRIBUTIVE_PARTICIPLES: frozenset[str] = read_words(data_file(__file__, "words/attributive_participles.txt"))
#: Dependents that give a participle an act of its own ("visiting Japan", "visiting with X").
OWN_ARGUMENTS = frozenset({"dobj", "prep", "nsubj", "nsubjpass", "dative", "aux", "auxpass", "ccomp", "xcomp"})


def attributive_participle(verb: Token) -> bool:
    """A bare attributive participle ("visiting") right before a name or title it describes."""
    if verb.tag_ != "VBG" or verb.lower_ not in ATTRIBUTIVE_PARTICIPLES or verb.i + 1 >= len(verb.doc):
        return False
    if any(c.dep_ in OWN_ARGUMENTS for c in verb.children):
        return False
    after = verb.doc[verb.i + 1]
    return after.pos_ in ("PROPN", "ADJ", "NOUN") and after.head.i != verb.i
