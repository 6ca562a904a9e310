"""Reported clauses about a named party: "said Japan had not lived up to its pledge to open its market"
comments on Japan. A trigger buried below such a clause's own verb that found no actor (the content of
a noun, "its pledge to open", or an infinitive, "was forced to borrow") tells no act of its own, so it
does not make the speech verb a mere reporting frame; the clause is the speaker's comment on its subject,
which the plain statement then codes where nothing else in the sentence is (``topics`` keeps only a
party that is a subject of the clause)."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.candidate import Outcome
from multipolar.nlp.labels import NOMINAL_SUBJECTS

#: Links inside a subject phrase that may hold the party ("Japan", "Japan's government", "the Japanese").
PARTY_LINKS = frozenset({"poss", "compound", "amod", "nmod"})


def party_subject(clause: Token) -> bool:
    """The clause's own subject is, or is owned by, a resolved actor ("Japan had not ...", "the Japanese
    government has ...", "Japan's negotiators were ...")."""
    index = clause.doc._.actor_index or {}
    for subj in (c for c in clause.children if c.dep_ in NOMINAL_SUBJECTS):
        if subj.i in index or any(g.dep_ in PARTY_LINKS and g.i in index for g in subj.children):
            return True
    return False


def buried_unowned(clause: Token, trigger: Token, outcome: Outcome | None) -> bool:
    """A trigger below the clause's verb that found no actor, in a clause whose subject is a named
    party: no act the clause reports (see the module doc)."""
    return outcome == Outcome.NO_ACTOR and trigger.i != clause.i and party_subject(clause)
