"""Victims of material conflict: an act of force coded with no target at all gives way to an act of
force in its sentence that names whom it hit ("pressed the offensive, killing twelve rebels")."""

from __future__ import annotations

from multipolar.events.lexicon import VIOLENCE_ROOTS
from multipolar.records import Event

#: Roots of acts of force that always hit someone: coerce, assault, fight, mass violence.
FORCE_ROOTS = VIOLENCE_ROOTS | {"17"}


def untargeted_force(events: list[Event]) -> list[Event]:
    """Drop acts of force with neither a target country nor a target sector ("pressed the offensive",
    "the siege of the city") when another act of force in the sentence has a target: that one tells
    whom the fighting hit."""
    def bare(e: Event) -> bool:
        return e.root in FORCE_ROOTS and e.target is None and e.target_sector is None
    if not any(e.root in FORCE_ROOTS and e.target is not None for e in events):
        return events
    return [e for e in events if not bare(e)]
