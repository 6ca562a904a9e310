"""Alleged acts: the act an accusation or a charge alleges is not coded as having happened
("accused X of backing the coup", "charged that the US had pressured the agency")."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.nlp.labels import NOUN_CONTENT_CLAUSES

#: Words whose "of" complement is an alleged act: "accused X of backing the coup".
ALLEGING: frozenset[str] = read_words(data_file(__file__, "words/alleging.txt"))
#: Verbs whose "that"-clause is an alleged act: "charged that the US had pressured the agency".
ALLEGING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/alleging_verbs.txt"))


def alleged(verb: Token) -> bool:
    """The act an accusation alleges ("accused Washington of backing the coup", "suspected of
    plotting", "charged X with spying"): not coded as having happened."""
    if verb.dep_ in NOUN_CONTENT_CLAUSES and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in ALLEGING \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return True  # "rejected claims that the US had pressured it"
    if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in ALLEGING_VERBS:
        return True  # "charging that the US had pressured it"
    if verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ALLEGING for c in verb.head.children):
        return True  # "brushed aside accusations by X that Y had bombed it": the noun's clause hung on the verb
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "with"):
        return False
    holder = verb.head.head
    if verb.head.lower_ == "with":  # "charged Turkey with violating the pact"
        return "charge" in (holder.lemma_.lower(), holder.head.lemma_.lower())
    if holder.lemma_.lower() in ALLEGING:
        return True
    # "accused Washington of ...": the of-phrase may hang on the accused
    return holder.dep_ == "dobj" and holder.head.lemma_.lower() in ALLEGING
