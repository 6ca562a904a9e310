"""Acts of force cited as the matter of a police or court case: "arrested a man linked to last week's
bombing", "detained two men in connection with the attack", "convicted of the bombing", "the trial over
the raid". The case is the news; the act of force it is about is an earlier event (used by
:class:`multipolar.events.coder.Coder` as a reference to an earlier event)."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.nlp.labels import VERB_PATIENTS

#: Words of a police or court act, or of a tie to a case.
CASE_HEADS: frozenset[str] = read_words(data_file(__file__, "words/case_heads.txt"))
#: Prepositions of the matter of a case.
CASE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/case_preps.txt"))


def cited_case(noun: Token) -> bool:
    """A nominal act in the phrase of a case word: the matter of a case ("linked to the bombing",
    "in connection with the attack", "a suspect in the raid"), not the report's news."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in CASE_PREPS or prep.head.i == prep.i:
        return False
    owner = prep.head
    if owner.dep_ in VERB_PATIENTS and prep.i > owner.i:  # "convicted three men of the bombing"
        return _case_word(owner) or _case_word(owner.head)
    return _case_word(owner)


def _case_word(token: Token) -> bool:
    """A word of a police or court act or of a tie to a case ("linked", "trial", "arrested")."""
    return token.lemma_.lower() in CASE_HEADS or token.lower_ in CASE_HEADS
