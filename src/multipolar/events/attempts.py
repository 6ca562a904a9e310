"""Attempts at violence: "gunmen tried to kill the governor", "militants attempted to storm the embassy"
tell an attack that was made, failed or not; other tried acts stay hypothetical ("tried to mediate"),
and so does an attempt that is itself unreal ("will try to kill", "did not try to storm"). A failed
agreement ("A and B failed to reach a deal") is a rejection between its parties."""

from __future__ import annotations

from multipolar.datafiles import data_file, read_words
from multipolar.events.events import EventSpec
from multipolar.events.lexicon import VIOLENCE_ROOTS, ComplementClass, Lexicon
from multipolar.events.matching import Match
from multipolar.events.modality import Status, clause_status
from multipolar.records import Modality

#: Verbs of trying (``words/attempt_verbs.txt``).
ATTEMPT_VERBS: frozenset[str] = read_words(data_file(__file__, "words/attempt_verbs.txt"))
#: Verbs of failing (``words/failing_verbs.txt``).
FAILING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/failing_verbs.txt"))


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


def failed_agreement(specs: list[EventSpec], status: Status, m: Match,
                     lex: Lexicon) -> tuple[list[EventSpec], Status]:
    """An agreement negated only by a factual verb of failing ("A and B failed to reach agreement") is
    the code of the ``failure`` map (a rejection between the parties), made factual, for the pairs that
    name both parties; else as given."""
    verb, governor = m.token, m.token.head
    code = lex.map_complement(ComplementClass.FAILURE, m.entry.cameo) if status.negated else None
    g = status.governor  # the failing verb alone negates it: not "did not agree ... and failed"
    own = g is not None and g.i == governor.i and status.reason == f"under '{governor.text}'"
    if code is None or not own or verb.dep_ != "xcomp" or governor.lemma_.lower() not in FAILING_VERBS:
        return specs, status
    failed = clause_status(governor, lex, False)
    if failed.negated or failed.modality is not None:
        return specs, status  # "did not fail to agree", "may fail to agree"
    # both parties named: "ICO members failed to agree on quotas" names no one they failed with
    known = [s for s in specs if s.source is not None and s.source.code and s.target is not None and s.target.code]
    if not known:
        return specs, status
    return [EventSpec(s.source, s.target, code, f"{s.rule}~failed={code}", s.within_group) for s in known], \
        Status(reason=f"failed under '{governor.text}'")
