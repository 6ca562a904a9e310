"""What the routes share: the settings, the per-request connection, actor checks, frame conversion."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

import duckdb
import pandas as pd
from anyio import to_thread
from fastapi import Depends, HTTPException, Path, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from pydantic import BeforeValidator

from multipolar.analysis.actors import has_actor
from multipolar.analysis.common import actor
from multipolar.web.cache import ResponseCache
from multipolar.web.database import reading
from multipolar.web.settings import ServeSettings

T = TypeVar("T")

#: Actor codes as the API accepts them (ISO alpha-3, blocs, organisations; case-insensitive).
ACTOR_PATTERN = r"^[A-Za-z0-9_]{2,16}$"


def _iso_day(value: object) -> object:
    """Only YYYY-MM-DD strings (pydantic would also take numbers as Unix times)."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return value.strip()
    raise ValueError("expected a date as YYYY-MM-DD")


#: A calendar day in a query: YYYY-MM-DD only.
Day = Annotated[dt.date, BeforeValidator(_iso_day)]
Since = Annotated[Day | None, Query(alias="from", description="First day, YYYY-MM-DD.")]
Until = Annotated[Day | None, Query(alias="to", description="Last day, YYYY-MM-DD.")]


def check_range(since: dt.date | None, until: dt.date | None) -> None:
    """400 when the range is upside down."""
    if since and until and since > until:
        raise HTTPException(400, f"'from' ({since}) is after 'to' ({until})")


def settings(request: Request) -> ServeSettings:
    return request.app.state.settings


@dataclass
class Store:
    """The database as a route sees it. Answers are rendered to JSON once and cached until the database
    changes; a miss runs in a worker thread (at most ``query_workers`` at once, so the event loop keeps
    its share of the interpreter) on a read-only connection opened for it alone (see
    :mod:`multipolar.web.database`), so cached answers never wait behind slow queries."""

    request: Request

    async def json(self, compute: Callable[[duckdb.DuckDBPyConnection], Any]) -> Response:
        """The JSON response of ``compute(con)`` for this request's URL."""
        config = settings(self.request)
        cache: ResponseCache = self.request.app.state.cache
        limiter = self.request.app.state.query_limiter
        body = await cache.get_async(str(self.request.url), config.db,
                                     lambda: to_thread.run_sync(self._render, compute, limiter=limiter))
        return Response(body, media_type="application/json")

    async def run(self, compute: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """``compute(con)`` in a worker thread on a fresh read-only connection, not cached."""
        return await to_thread.run_sync(self._run, compute, limiter=self.request.app.state.query_limiter)

    def _run(self, compute: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        config = settings(self.request)
        with reading(config.db, wait=config.db_wait_s) as con:
            return compute(con)

    def _render(self, compute: Callable[[duckdb.DuckDBPyConnection], Any]) -> bytes:
        data = jsonable_encoder(self._run(compute))
        return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def store(request: Request) -> Store:
    return Store(request)


Settings = Annotated[ServeSettings, Depends(settings)]
StoreDep = Annotated[Store, Depends(store)]
ActorA = Annotated[str, Path(pattern=ACTOR_PATTERN, description="Actor code, e.g. RUS.")]
ActorB = Annotated[str, Path(pattern=ACTOR_PATTERN, description="Other actor code, e.g. CHN.")]


def known_actor(con: duckdb.DuckDBPyConnection, code: str | None) -> str | None:
    """The code as stored, or 404 when no event has it (a typo, most likely)."""
    if code is None or code == "":
        return None
    value = actor(code)
    if not has_actor(con, value):
        raise HTTPException(404, f"unknown actor {code!r}: no stored event has it (see GET /api/actors)")
    return value


def _plain(value: Any) -> Any:
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp | dt.date):
        return value.date().isoformat() if isinstance(value, pd.Timestamp) else value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A data frame as JSON-ready dicts: NaN/NaT as None, dates as YYYY-MM-DD."""
    columns = list(frame.columns)
    return [
        {name: _plain(value) for name, value in zip(columns, row, strict=True)}
        for row in frame.itertuples(index=False, name=None)
    ]
