"""Twins: one act written once (the same dyad and code from one trigger; an untargeted telling of an act
given way to a targeted one in the same sentence)."""

from __future__ import annotations

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
