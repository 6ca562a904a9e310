"""Habitual trade: a verb of trade or cooperation (CAMEO 06x) in the simple present with no auxiliary
tells what a party does as a rule ("Japan imports half its gas from Qatar", "it sells more to Canada than
to Japan"), a standing flow and no news event; the past ("imported", "signed") and plans ("will sell")
stay acts. Used by :class:`multipolar.events.coder.Coder` as a sense that is no event."""

from __future__ import annotations

from multipolar.events.matching import Match

#: CAMEO root of material cooperation whose present tense names a standing flow.
TRADE_ROOT = "06"
#: Penn tags of the simple present.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def habitual_trade(m: Match) -> bool:
    """A trade verb in the simple present with no auxiliary of its own (module doc)."""
    t = m.token
    if m.entry.pos != "V" or m.entry.cameo[:2] != TRADE_ROOT or t.tag_ not in PRESENT_TAGS:
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in t.children)
