"""The ``events`` query: aggregated events with their mention, document and source counts.

:class:`EventFilter` holds every filter (actors, dyad, codes, quad, dates, evidence text) and turns
them into parameterised SQL; :func:`events` and :func:`events_page` (sorted, paged, with the total)
share it, so the CLI and the HTTP API filter the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import pandas as pd

from multipolar.analysis.common import DB, actor, cameo_labels, connection, date_filter, dyad_filter, where

COLUMNS = (
    "event_id, date, source, target, cameo, root, quad, goldstein, plover, plover_mode, "
    "num_mentions, num_documents, num_sources, confidence, source_name, target_name, first_doc_id, url"
)


class EventSort(StrEnum):
    """Sort keys of :func:`events_page` (ties broken by date, source, target and code)."""

    date = "date"
    goldstein = "goldstein"
    mentions = "num_mentions"
    sources = "num_sources"
    confidence = "confidence"


@dataclass(frozen=True)
class EventFilter:
    """Filters on the ``events`` table; every value is passed as a query parameter.

    ``actor`` matches either side; ``dyad`` is a pair in either direction; ``cameo`` a code or a
    code prefix (``"04"``, ``"042"``); ``text`` a case-insensitive substring of an evidence sentence.
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    cameo: str | None = None
    root: str | None = None
    plover: str | None = None
    quad: int | None = None
    since: str | dt.date | None = None
    until: str | dt.date | None = None
    text: str | None = None

    def sql(self) -> tuple[list[str], list[Any]]:
        """SQL conditions (on ``events``) and their parameters; ValueError on a bad value."""
        conditions, params = date_filter(self.since, self.until)
        if self.actor:
            conditions.append("(source = ? OR target = ?)")
            params += [actor(self.actor)] * 2
        if self.source:
            conditions.append("source = ?")
            params.append(actor(self.source))
        if self.target:
            conditions.append("target = ?")
            params.append(actor(self.target))
        if self.dyad:
            pair, pair_params = dyad_filter(actor(self.dyad[0]), actor(self.dyad[1]))
            conditions.append(pair)
            params += pair_params
        if self.cameo:
            code = self.cameo.strip()
            if not code.isdigit() or len(code) > 4:
                raise ValueError(f"bad CAMEO code {self.cameo!r} (2 to 4 digits)")
            conditions.append("starts_with(cameo, ?)")
            params.append(code)
        if self.root:
            conditions.append("root = ?")
            params.append(self.root.strip().zfill(2))
        if self.plover:
            conditions.append("upper(plover) = ?")
            params.append(self.plover.strip().upper())
        if self.quad is not None:
            if self.quad not in (1, 2, 3, 4):
                raise ValueError(f"bad quad class {self.quad!r} (1 to 4)")
            conditions.append("quad = ?")
            params.append(self.quad)
        if self.text:
            conditions.append(
                "event_id IN (SELECT event_id FROM mentions WHERE counted AND contains(lower(sentence), ?))"
            )
            params.append(self.text.lower())
        return conditions, params


def _with_labels(frame: pd.DataFrame) -> pd.DataFrame:
    frame.insert(frame.columns.get_loc("cameo") + 1, "label", frame["cameo"].map(cameo_labels()))
    return frame


def events(
    db: DB,
    source: str | None = None,
    target: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    root: str | None = None,
    plover: str | None = None,
    limit: int | None = None,
) -> pd.DataFrame:
    """Events filtered by actors (case-insensitive), inclusive dates, CAMEO root and PLOVER type.

    Ordered by date, source, target and code; ``label`` is the CAMEO label of the code.
    """
    found = EventFilter(source=source, target=target, since=since, until=until, root=root, plover=plover)
    frame, _ = events_page(db, found, limit=limit, count=False)
    return frame


def events_page(
    db: DB,
    found: EventFilter,
    offset: int = 0,
    limit: int | None = None,
    sort: EventSort | str = EventSort.date,
    descending: bool = False,
    count: bool = True,
) -> tuple[pd.DataFrame, int | None]:
    """One page of the filtered events (with ``label``) and the number of matches (when ``count``)."""
    conditions, params = found.sql()
    key = EventSort(sort).value
    direction = "DESC" if descending else "ASC"
    order = f"{key} {direction} NULLS LAST, " if key != "date" else ""
    order += f"date {direction} NULLS LAST, source, target, cameo, event_id"
    sql = f"SELECT {COLUMNS} FROM events {where(conditions)} ORDER BY {order}"
    if limit is not None and limit > 0:
        sql += f" LIMIT {int(limit)}"
    if offset:
        sql += f" OFFSET {max(0, int(offset))}"
    with connection(db) as con:
        frame = con.execute(sql, params).df()
        total = con.execute(f"SELECT count(*) FROM events {where(conditions)}", params).fetchall()[0][0] if count \
            else None
    return _with_labels(frame), total
