"""Ranked doers: "Portugal became the third state to downgrade its ties with Haiti", "Mali was the first state
to recognise the new government": the to-infinitive on a ranked predicate noun tells the act the copula's
subject did, not a purpose or a plan."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.nlp.labels import NOUN_CLAUSES

#: Words ranking a party among the doers of an act (``words/ranking_modifiers.txt``).
RANKING_MODIFIERS: frozenset[str] = read_words(data_file(__file__, "words/ranking_modifiers.txt"))
#: Linking verbs of the construction.
LINKING_VERBS = frozenset({"be", "become"})


def ranked_copula(verb: Token) -> Token | None:
    """The linking verb whose subject does the to-infinitive ``verb`` ranked by its predicate noun (the
    infinitive parsed on the noun, or on the linking verb beside it); None elsewhere."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in NOUN_CLAUSES and head.dep_ == "attr":
        noun: Token | None = head
        copula = head.head
    elif verb.dep_ in ("advcl", "xcomp"):
        copula = head
        noun = next((c for c in head.children if c.dep_ == "attr" and c.i < verb.i), None)
    else:
        return None
    if noun is None or copula.lemma_.lower() not in LINKING_VERBS:
        return None
    if noun.lower_ not in RANKING_MODIFIERS and not any(  # "was the first to", "the latest state to"
            c.dep_ in ("amod", "advmod") and c.lower_ in RANKING_MODIFIERS for c in noun.children):
        return None
    return copula
