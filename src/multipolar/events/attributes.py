"""Attributive participles: "..., visiting U.S. Trade Secretary X told reporters" describes the
speaker; the parser often hangs the bare participle on the reported clause, whose subject then
reads as the visitor. With no object or preposition of its own, such a participle tells of no act.
Nor does one the parser made the complement of a verb of meeting that lacks its object ("Putin met
visiting Chinese President Hu"): the visitor is the one met (:func:`participle_as_object`)."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import DIRECT_OBJECTS

#: Participles used as a person's attribute (data/words/attributive_participles.txt).
ATTRIBUTIVE_PARTICIPLES: frozenset[str] = read_words(data_file(__file__, "words/attributive_participles.txt"))
#: Dependents that give a participle an act of its own ("visiting Japan", "visiting with X").
OWN_ARGUMENTS = frozenset({"dobj", "prep", "nsubj", "nsubjpass", "dative", "aux", "auxpass", "ccomp", "xcomp"})
#: Verbs whose object is a person met or addressed ("met visiting X", "told visiting X that ...").
MEETING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/meeting_verbs.txt"))


def attributive_participle(verb: Token) -> bool:
    """A bare attributive participle ("visiting") right before a name or title it describes."""
    if verb.tag_ != "VBG" or verb.lower_ not in ATTRIBUTIVE_PARTICIPLES or verb.i + 1 >= len(verb.doc):
        return False
    if participle_object(verb) is not None:
        return True
    if any(c.dep_ in OWN_ARGUMENTS for c in verb.children):
        return False
    after = verb.doc[verb.i + 1]
    return after.pos_ in ("PROPN", "ADJ", "NOUN") and after.head.i != verb.i


def participle_object(participle: Token) -> Token | None:
    """The object of an attributive participle that the parser made the complement of a verb of meeting
    lacking its own object, when the object follows the participle at once: "met visiting Chinese
    President Hu" gives "Hu" (not "began visiting Iraq", not "met reporters visiting the site")."""
    verb = participle.head
    if (participle.tag_ != "VBG" or participle.lower_ not in ATTRIBUTIVE_PARTICIPLES
            or participle.dep_ not in ("xcomp", "advcl", "ccomp") or participle.i != verb.i + 1
            or verb.lemma_.lower() not in MEETING_VERBS):
        return None
    if any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return None
    objects = (c for c in participle.children if c.dep_ in DIRECT_OBJECTS and c.left_edge.i == participle.i + 1)
    return next(objects, None)


def participle_as_object(verb: Token) -> list[Token]:
    """A verb of meeting's object hidden under an attributive participle ("met visiting President Hu")."""
    for child, _dep in dependents(verb):
        if child.i == verb.i + 1:
            obj = participle_object(child)
            return [obj] if obj is not None else []
    return []
