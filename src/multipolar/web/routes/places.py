"""GET /api/places: events by where they happened, for the dashboard's map."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from multipolar.analysis.common import Freq
from multipolar.analysis.places import PlaceLevel, places
from multipolar.web.deps import ACTOR_PATTERN, Since, StoreDep, Until, check_range, known_actor, records
from multipolar.web.schemas import ERRORS, PlaceRow

router = APIRouter(tags=["places"], responses=ERRORS)


@router.get("/api/places", response_model=list[PlaceRow], summary="Located events by place and period")
async def get_places(
    store: StoreDep,
    level: PlaceLevel = PlaceLevel.country,
    freq: Freq = Freq.month,
    since: Since = None,
    until: Until = None,
    actor: Annotated[str | None, Query(pattern=ACTOR_PATTERN, description="Events with this source or target.")]
    = None,
) -> Response:
    """One row per period and location (country, first-order division or place) with event and mention
    counts, material-conflict events, mean Goldstein score and tone, and coordinates, as
    ``multipolar places``. Events without an action location are left out."""
    check_range(since, until)

    def located(con: Any) -> list[dict[str, Any]]:
        who = known_actor(con, actor) if actor else None
        return records(places(con, level=level.value, freq=freq.value, since=since, until=until, actor=who))

    return await store.json(located)
