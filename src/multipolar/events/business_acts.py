"""Business news: acts in which no political actor takes part (a firm acting on no one, on another firm or on
its workers) and statements by or about a business are no events of the coder."""

from __future__ import annotations

from multipolar.events.events import EventSpec
from multipolar.records import Sector
from multipolar.reference import CameoRoot

#: Sectors whose statements only report (media) or do business: "a newspaper reported", "analysts said".
NON_POLITICAL_SPEAKERS = frozenset({Sector.JRN, Sector.BUS})


def business_only(spec: EventSpec, cameo: str = "") -> bool:
    """A business acting on no one, on another business, on workers or on a party of no sector (a place, a
    nationality): no political actor takes part ("a firm paid its staff a bonus to leave", "set up a venture in
    Ohio"); and a plain statement by or about a business ("a Toshiba executive
    said", "the governor said of Nippon Steel")."""
    s, t = spec.source, spec.target
    if cameo[:2] == CameoRoot.STATEMENT and any(x is not None and x.sector == Sector.BUS for x in (s, t)):
        return True
    return s is not None and s.sector == Sector.BUS and (t is None or t.sector in (Sector.BUS, Sector.LAB, None))
