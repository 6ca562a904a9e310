"""GET /api/dyad/{a}/{b} and GET /api/relations/{a}/{b}: how two actors relate."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from multipolar.analysis.common import Freq
from multipolar.analysis.dyad import dyad
from multipolar.analysis.relations import relations
from multipolar.web.deps import ActorA, ActorB, Since, StoreDep, Until, check_range, known_actor, records
from multipolar.web.schemas import ERRORS, Dyad
from multipolar.web.settings import EVIDENCE_CAP

router = APIRouter(tags=["relations"], responses=ERRORS)






def _pair(con: Any, a: str, b: str, since: dt.date | None, until: dt.date | None) -> tuple[str, str]:
    check_range(since, until)
    first, second = known_actor(con, a), known_actor(con, b)
    assert first is not None and second is not None
    return first, second


@router.get("/api/dyad/{a}/{b}", response_model=Dyad, summary="A dyad period by period")
async def get_dyad(store: StoreDep, a: ActorA, b: ActorB, freq: Freq = Freq.month, since: Since = None,
             until: Until = None) -> Response:
    """Per period and direction: events by QuadClass, mentions, Goldstein sum and mean (plain and
    mention-weighted). Undated events are left out."""
    def periods(con: Any) -> dict[str, Any]:
        first, second = _pair(con, a, b, since, until)
        frame = dyad(con, first, second, freq=freq.value, since=since, until=until)
        return {"a": first, "b": second, "freq": freq.value, "periods": records(frame)}

    return await store.json(periods)


@router.get("/api/relations/{a}/{b}", summary="Summary of two actors' relations")
async def get_relations(
    store: StoreDep, a: ActorA, b: ActorB, since: Since = None, until: Until = None, freq: Freq = Freq.month,
    evidence: Annotated[int, Query(ge=0, le=EVIDENCE_CAP, description="Strongest events to show.")] = 5,
    top_types: Annotated[int, Query(ge=1, le=50)] = 10,
) -> Response:
    """As ``multipolar relations --format json``: counts, Goldstein means, QuadClass counts, each
    direction, the trend per period, top event types and the evidence (sentences and documents)."""
    def summary(con: Any) -> dict[str, Any]:
        first, second = _pair(con, a, b, since, until)
        return relations(con, first, second, since=since, until=until, freq=freq.value, top_types=top_types,
                         evidence=evidence)

    return await store.json(summary)
