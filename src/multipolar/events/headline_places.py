"""The headline as the last place of an unnamed party: a news title often names the country its text
leaves to the reader ("ZAMBIA REJECTS FRAUD CLAIMS" / "The government dismissed the opposition's
accusations"). The headline is context only: it places a party, it is never coded."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from multipolar.records import ActorMention, MentionKind
from multipolar.reference import is_state_code

#: Reads the actors of a document's title (``doc._.headline_actors`` once read).
HeadlineReader = Callable[[Doc], list[ActorMention]]


def headline_states(doc: Doc) -> list[ActorMention]:
    """The headline's mentions of one state each, where the headline names no other actor (no second
    state, organisation or bloc); a bare nationality word names a thing's origin, not a party
    ("JAPANESE TARIFFS ..."), and does not count."""
    named = [m for m in doc._.headline_actors or [] if m.code and m.kind != MentionKind.DEMONYM]
    if any(m.members for m in named) or len({m.code for m in named}) != 1:
        return []
    return [m for m in named if is_state_code(m.code)]


def headline_state(doc: Doc) -> str | None:
    """The one state the headline names, else None (the caller asks only for a text that names no state
    itself: a text that names one places its parties by the text)."""
    codes = {m.code for m in headline_states(doc)}
    return codes.pop() if len(codes) == 1 else None


def headline_sectors(doc: Doc, code: str | None) -> frozenset[str]:
    """The sectors the headline gives parties of state ``code`` ("BELGIAN SOLDIER THREATENS ...": MIL)."""
    if code is None:
        return frozenset()
    return frozenset(m.sector for m in headline_states(doc) if m.code == code and m.sector)
