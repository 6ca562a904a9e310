"""The headline as the last place of an unnamed party: a news title often names the country its text
leaves to the reader ("ZAMBIA REJECTS FRAUD CLAIMS" / "The government dismissed the opposition's
accusations"). The headline is context only: it places a party, it is never coded."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from multipolar.records import ActorMention
from multipolar.reference import is_state_code


def headline_states(doc: Doc) -> list[ActorMention]:
    """The headline's mentions of one state each (no blocs, organisations or unplaced parties)."""
    return [m for m in doc._.headline_actors or [] if m.code and not m.members and is_state_code(m.code)]


def headline_state(doc: Doc, named: Collection[str]) -> str | None:
    """The one state the headline names, where the text names no state itself (``named``: the states the
    text names; a text that names one places its parties by the text); else None."""
    if named:
        return None
    codes = {m.code for m in headline_states(doc)}
    return codes.pop() if len(codes) == 1 else None


def headline_sectors(doc: Doc, code: str | None) -> frozenset[str]:
    """The sectors the headline gives parties of state ``code`` ("BELGIAN SOLDIER THREATENS ...": MIL)."""
    if code is None:
        return frozenset()
    return frozenset(m.sector for m in headline_states(doc) if m.code == code and m.sector)
