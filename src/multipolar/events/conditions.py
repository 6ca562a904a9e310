"""Conditions and stances read off a clause's own words: a clause of condition ("if X does not permit it",
"unless Y signs"), a sentence with one, and a refusal worded as inability ("cannot accept the plan"). Used by
:mod:`multipolar.events.modality` and the rules that read conditional warnings."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.nlp.dependents import dependents

#: Conjunctions of a clause of condition ("if", "unless"), matched on the lower-cased word.
CONDITIONAL_MARKS: frozenset[str] = read_words(data_file(__file__, "words/conditional_marks.txt"))

#: Acts of acceptance whose negation under "can" or the present "do" refuses them ("cannot accept", "does not
#: accept"), and those auxiliaries.
CANNOT_REFUSALS: frozenset[str] = read_words(data_file(__file__, "words/cannot_refusals.txt"))
REFUSING_AUX: frozenset[str] = read_words(data_file(__file__, "words/refusing_aux.txt"))


def cannot_accept(verb: Token) -> bool:
    """A refusal worded as inability or a present stance: "cannot accept the plan", "could not agree to",
    "does not accept the mediation of X"; not a passive ("cannot be approved until"), another act ("could not
    reach the ship") or the past ("did not accept")."""
    kids = list(dependents(verb))
    return verb.lemma_.lower() in CANNOT_REFUSALS \
        and any(dep == "aux" and c.lower_ in REFUSING_AUX for c, dep in kids) \
        and any(dep == "neg" for _c, dep in kids) and not any(dep == "auxpass" for _c, dep in kids)


def if_clause(verb: Token) -> bool:
    """``verb`` heads a clause of condition ("if X does not permit it", "unless Y signs")."""
    return any(dep == "mark" and c.lower_ in CONDITIONAL_MARKS for c, dep in dependents(verb))


def conditional_sentence(verb: Token) -> bool:
    """The sentence has a clause of condition ("if", "unless") anywhere."""
    return any(t.lower_ in ("if", "unless") and t.dep_ == "mark" for t in verb.sent)
