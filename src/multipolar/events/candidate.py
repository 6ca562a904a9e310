"""Trigger candidates: every lexicon word the coder looked at, and what became of it (for ``explain``)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    """What became of a trigger candidate (shown by ``explain``)."""

    CODED = "coded"
    NO_ACTOR = "no actor"
    NO_TARGET = "no target"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    QUESTION = "question"
    BACKGROUND = "background (an earlier time)"
    NO_ENTRY = "no lexicon entry"
    LIGHT_VERB = "light verb (noun coded)"
    CONSUMED = "part of a verb pattern"
    GOVERNOR = "governs a coded event"
    SELF_EVENT = "source equals target"
    NO_LIGHT_VERB = "needs a light verb (launch, conduct ...)"
    NON_EVENT = "a sense that is no event"
    REPORTING_FRAME = "reporting frame (the reported clause is the event)"
    WEAK = "statement not coded (another event in the sentence)"
    BUSINESS = "business news (a business acting on no one or on another business)"


# The members under their old module-level names (``candidate.CODED`` ...).
CODED = Outcome.CODED
NO_ACTOR = Outcome.NO_ACTOR
NO_TARGET = Outcome.NO_TARGET
NEGATED = Outcome.NEGATED
HYPOTHETICAL = Outcome.HYPOTHETICAL
QUESTION = Outcome.QUESTION
BACKGROUND = Outcome.BACKGROUND
NO_ENTRY = Outcome.NO_ENTRY
LIGHT_VERB = Outcome.LIGHT_VERB
CONSUMED = Outcome.CONSUMED
GOVERNOR = Outcome.GOVERNOR
SELF_EVENT = Outcome.SELF_EVENT
NO_LIGHT_VERB = Outcome.NO_LIGHT_VERB
NON_EVENT = Outcome.NON_EVENT
REPORTING_FRAME = Outcome.REPORTING_FRAME
WEAK = Outcome.WEAK
BUSINESS = Outcome.BUSINESS


@dataclass(frozen=True)
class TriggerCandidate:
    """A token whose lemma is in the lexicon, the entry chosen (if any) and the outcome."""

    token_index: int
    text: str
    lemma: str
    sentence_index: int
    entry_rule: str | None  # LexEntry.rule of the matching entry, None when nothing matched
    cameo: str | None
    outcome: Outcome
    detail: str = ""
    n_events: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
