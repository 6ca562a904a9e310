"""Trigger candidates: every lexicon word the coder looked at, and what became of it (for ``explain``)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

#: Outcomes a candidate can have.
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


@dataclass(frozen=True)
class TriggerCandidate:
    """A token whose lemma is in the lexicon, the entry chosen (if any) and the outcome."""

    token_index: int
    text: str
    lemma: str
    sentence_index: int
    entry_rule: str | None  # LexEntry.rule of the matching entry, None when nothing matched
    cameo: str | None
    outcome: str
    detail: str = ""
    n_events: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
