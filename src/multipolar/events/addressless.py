"""Comments aimed at no one: the guide codes a plain statement (CAMEO 010) only as a comment about or at
another party, an admission (015) only as one of responsibility, and cooperation (060) only with a
partner. Coded with neither a target country nor a target sector they are no event: "the minister
commented on the figures", "officials admitted that the harvest would fall short" (a fact admitted,
no act owned), "efforts to coordinate policies". A claim of responsibility ("claimed responsibility
for the blast"), a claim recoded from its clause (a ``~`` rule: "the group claimed it had shelled the post") and
the other statements, which can stand alone, are kept."""

from __future__ import annotations

from multipolar.events.topics import PLAIN_STATEMENT
from multipolar.records import Event

#: An admission or claim, and material cooperation.
ADMISSION = "015"
COOPERATION = "060"
#: The rule step of an admission read off a reported clause ("admitted that ...", "acknowledged that ...").
CLAUSE_ADMISSION = ">ccomp=015"


def _needs_addressee(e: Event) -> bool:
    """A plain statement, cooperation, or an admission of a reported fact (a clause, no recoding)."""
    if e.cameo in (PLAIN_STATEMENT, COOPERATION):
        return True
    return e.cameo == ADMISSION and e.rule.endswith(CLAUSE_ADMISSION)


def addressless_comments(events: list[Event]) -> list[Event]:
    """Drop the events that need an addressee (see the module doc) and have neither target nor sector."""
    return [e for e in events if not (_needs_addressee(e) and e.target is None and e.target_sector is None)]
