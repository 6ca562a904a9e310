"""A resignation told as a fact: the noun as the subject of its clause with its holder named ("the
resignation of the finance minister shook the markets", "his resignation came a day after"), where a
resignation demanded, called for or ruled out is the object of that verb."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.lexicon import LexEntry, LexFlag, TriggerPos
from multipolar.nlp.labels import NOMINAL_SUBJECTS, VERBAL_POS


def subject_resignation(t: Token, entry: LexEntry) -> bool:
    """Is ``t`` an own-target nominal (a resignation) that is the subject of a verb and names whose it is,
    by a possessive or an of-phrase? It then needs no light verb: the clause reports it as done."""
    if entry.pos != TriggerPos.NOUN or LexFlag.OWNTARGET not in entry.flags:
        return False
    if t.dep_ not in NOMINAL_SUBJECTS or t.head.pos_ not in VERBAL_POS:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children))
               for c in t.children)
