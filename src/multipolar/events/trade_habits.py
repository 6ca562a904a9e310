"""Habitual trade: a verb of trade or cooperation (CAMEO 06x) in the simple present with no auxiliary
tells what a party does as a rule ("Japan imports half its gas from Qatar", "it sells more to Canada than
to Japan"), a standing flow and no news event; the past ("imported", "signed") and plans ("will sell",
"sells ... next week") stay acts. Used by :class:`multipolar.events.coder.Coder` as a sense that is no event."""

from __future__ import annotations

from multipolar.events.lexicon import TriggerPos
from multipolar.events.matching import Match
from multipolar.events.schedule import scheduled
from multipolar.events.syntax import simple_present
from multipolar.reference import CameoRoot


def habitual_trade(m: Match) -> bool:
    """A trade verb in the simple present with no auxiliary of its own (module doc)."""
    return m.entry.pos == TriggerPos.VERB and m.entry.cameo[:2] == CameoRoot.MATERIAL_COOPERATION \
        and simple_present(m.token) \
        and not scheduled(m.token)  # "Japan sells two frigates to Chile next week": news of a plan
