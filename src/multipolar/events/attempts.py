"""Attempts at violence: "gunmen tried to kill the governor", "militants attempted to storm the embassy"
tell an attack that was made, failed or not; other tried acts stay hypothetical ("tried to mediate"),
and so does an attempt that is itself unreal ("will try to kill", "did not try to storm")."""

from __future__ import annotations

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import VIOLENCE_ROOTS, Lexicon
from multipolar.events.matching import Match
from multipolar.events.modality import Status, clause_status
from multipolar.records import Modality

#: Verbs of trying (``words/attempt_verbs.txt``).
ATTEMPT_VERBS: frozenset[str] = read_words(data_file(__file__, "words/attempt_verbs.txt"))


def attempted_violence(status: Status, m: Match, lex: Lexicon) -> Status:
    """``status`` made factual for a violent act under a factual verb of trying; else ``status``."""
    verb, governor = m.token, m.token.head
    if status.modality != Modality.HYPOTHETICAL or status.negated or m.entry.cameo[:2] not in VIOLENCE_ROOTS \
            or verb.dep_ != "xcomp" or governor.lemma_.lower() not in ATTEMPT_VERBS:
        return status
    tried = clause_status(governor, lex, False)
    if tried.negated or tried.modality is not None:
        return status
    return Status(reason=f"attempted under '{governor.text}'")
