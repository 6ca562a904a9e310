"""Regret as disapproval or sympathy: voiced over another party's act ("expressed regret over Japan's
decision to") it disapproves (110); over a loss ("regretted the deaths of ten civilians") it sympathises
(018). Used by :class:`multipolar.events.coder.Coder` to re-code a matched trigger."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import TriggerPos
from multipolar.events.matching import Match

#: Acts of a party whose regret is disapproval, and losses whose regret is sympathy.
REGRETTED_ACTS: frozenset[str] = read_words(data_file(__file__, "words/regretted_acts.txt"))
REGRETTED_LOSSES: frozenset[str] = read_words(data_file(__file__, "words/regretted_losses.txt"))
#: Prepositions naming the matter of a regret ("regret over", "regret at").
MATTER_PREPS = frozenset({"over", "at", "about", "on", "for"})
SYMPATHY, DISAPPROVAL = "018", "110"


def _matters(heads: list[Token]) -> list[Token]:
    """The objects of the matter prepositions on the given words."""
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in MATTER_PREPS
            for g in c.children if g.dep_ == "pobj"]


def regret_code(m: Match) -> str | None:
    """110 for regret voiced over an act ("expressed regret over Japan's decision"), 018 for the verb
    "regret" with a loss as its object ("regretted the deaths"); None where the match keeps its code."""
    if m.entry.pos != TriggerPos.VERB:
        return None
    verb = m.token
    if m.entry.cameo == SYMPATHY and m.obj is not None and m.obj.lemma_.lower() == "regret":
        matters = _matters([m.obj, verb])
        if any(t.lemma_.lower() in REGRETTED_ACTS for t in matters):
            return DISAPPROVAL  # "expressed regret over the U.S. decision to impose tariffs"
        return None
    if m.entry.cameo == DISAPPROVAL and verb.lemma_.lower() == "regret":
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in REGRETTED_LOSSES for o in objects):
            return SYMPATHY  # "regretted the deaths of ten civilians"
    return None
