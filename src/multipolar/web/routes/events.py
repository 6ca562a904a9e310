"""GET /api/events: filtered, sorted, paged events, or the whole query as CSV / Parquet."""

from __future__ import annotations

import io
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Response

from multipolar.analysis.events import EventFilter, EventSort, events_page
from multipolar.web.deps import ACTOR_PATTERN, Settings, Since, StoreDep, Until, check_range, known_actor, records
from multipolar.web.schemas import ERRORS, EventsPage
from multipolar.web.settings import PAGE_SIZE_CAP

#: Two actor codes joined by "-" or ",".
DYAD_PATTERN = ACTOR_PATTERN.removesuffix("$") + "[-,]" + ACTOR_PATTERN.removeprefix("^")

router = APIRouter(tags=["events"], responses=ERRORS)


class Order(StrEnum):
    asc = "asc"
    desc = "desc"


class EventFormat(StrEnum):
    json = "json"
    csv = "csv"
    parquet = "parquet"


Actor = Annotated[str | None, Query(pattern=ACTOR_PATTERN, description="Actor code (case-insensitive).")]


def _dyad(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    parts = [part for part in value.replace(",", "-").split("-") if part.strip()]
    if len(parts) != 2:
        raise HTTPException(400, f"bad dyad {value!r} (two actor codes, e.g. RUS-CHN)")
    return parts[0], parts[1]


@router.get(
    "/api/events",
    response_model=EventsPage,
    responses={200: {"content": {"text/csv": {}, "application/vnd.apache.parquet": {}}}},
    summary="Events matching filters",
)
async def list_events(
    store: StoreDep,
    config: Settings,
    actor: Actor = None,
    source: Actor = None,
    target: Actor = None,
    dyad: Annotated[str | None, Query(pattern=DYAD_PATTERN, description="Two actors either way: RUS-CHN.")] = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code or prefix: 04, 042.")] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{1,2}$", description="CAMEO root: 01 to 20.")] = None,
    plover: Annotated[str | None, Query(max_length=40, description="PLOVER type, e.g. CONSULT.")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="QuadClass 1 to 4.")] = None,
    since: Since = None,
    until: Until = None,
    q: Annotated[str | None, Query(max_length=200, description="Text in an evidence sentence.")] = None,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=PAGE_SIZE_CAP)] = 50,
    sort: EventSort = EventSort.date,
    order: Order = Order.asc,
    fmt: Annotated[EventFormat, Query(alias="format", description="json (paged), csv or parquet.")] = EventFormat.json,
) -> Response:
    """Events with their mention, document and source counts. JSON is paged (``page``, ``page_size``
    up to 500); ``format=csv|parquet`` downloads every match up to the server's download cap, with the
    number of matches in the ``X-Total-Count`` header."""
    pair = _dyad(dyad)
    check_range(since, until)
    descending = order == Order.desc

    def matching(con: Any) -> EventFilter:
        return EventFilter(
            actor=known_actor(con, actor), source=known_actor(con, source), target=known_actor(con, target),
            dyad=(known_actor(con, pair[0]) or "", known_actor(con, pair[1]) or "") if pair else None,
            cameo=cameo, root=root, plover=plover, quad=quad, since=since, until=until, text=q,
        )

    if fmt == EventFormat.json:
        def one_page(con: Any) -> dict[str, Any]:
            frame, total = events_page(con, matching(con), (page - 1) * page_size, page_size, sort, descending)
            return {"total": total or 0, "page": page, "page_size": page_size, "events": records(frame)}

        return await store.json(one_page)
    frame, total = await store.run(
        lambda con: events_page(con, matching(con), 0, config.download_cap, sort, descending))
    headers = {"X-Total-Count": str(total), "X-Truncated": str(bool(total and total > len(frame))).lower(),
               "Content-Disposition": f'attachment; filename="events.{fmt.value}"'}
    if fmt == EventFormat.csv:
        return Response(frame.to_csv(index=False), media_type="text/csv", headers=headers)
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return Response(buffer.getvalue(), media_type="application/vnd.apache.parquet", headers=headers)
