"""Twins: one act written once (the same dyad and code from one trigger; an untargeted telling of an act
given way to a targeted one in the same sentence; the casualty clause of an attack coded against another
target is that attack, not a second event)."""

from __future__ import annotations

from spacy.tokens import Span

from multipolar.events.lexicon import VIOLENCE_ROOTS
from multipolar.records import Event


def dedup_key(source: str | None, target: str | None, cameo: str, start: int, source_sector: str | None,
              target_sector: str | None) -> tuple[str | int | None, ...]:
    """Events of one trigger written once: same dyad and code; a domestic dyad also by its sectors
    (GOV -> REB and REB -> GOV are two events)."""
    if source is not None and source == target:
        return (source, target, cameo, start, source_sector, target_sector)
    return (source, target, cameo, start)


def targeted_twins_win(events: list[Event]) -> list[Event]:
    """One act told twice in a sentence ("launched a scathing attack on him, accusing him of ..."):
    an event with no target gives way to one of the same source and type that has one."""
    def same(a: Event, b: Event) -> bool:
        return (a.source, a.source_sector) == (b.source, b.source_sector) and a.source is not None and (
            a.root == b.root or (a.plover is not None and a.plover == b.plover))
    return [e for e in events if e.target is not None or not any(
        f.target is not None and f is not e and same(e, f) for f in events)]


#: Dependencies of a participle clause that adds the casualties of the act it hangs on ("..., killing nine").
CASUALTY_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "conj"})


def casualty_twins(events: list[Event], sent: Span) -> list[Event]:
    """Drop the casualty clause of an act of violence coded against another target ("detonated a bomb
    outside the British embassy in Ankara, killing four people"): its unnamed victims are that attack's,
    not a second event on the place's people; named victims ("killing two Israeli soldiers") stay.
    ``events``: the events of sentence ``sent``."""
    if sum(e.root in VIOLENCE_ROOTS for e in events) < 2:
        return events
    by_start = {t.idx: t for t in sent}
    index = sent.doc._.actor_index or {}
    out = []
    for e in events:
        t = by_start.get(e.char_start)
        if t is not None and e.root in VIOLENCE_ROOTS and t.tag_ == "VBG" and t.dep_ in CASUALTY_CLAUSE_DEPS:
            named = any((m := index.get(w.i)) is not None and m.code == e.target
                        for o in t.children if o.dep_ == "dobj" for w in o.subtree)
            if not named and any(f.char_start == t.head.idx and f.root in VIOLENCE_ROOTS and f.target is not None
                                 and f.target != e.target for f in events):
                continue
        out.append(e)
    return out
