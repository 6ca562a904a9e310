"""The ``events`` query: aggregated events with their mention, document and source counts."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from multipolar.analysis.common import DB, actor, cameo_labels, connection, date_filter, where

COLUMNS = (
    "event_id, date, source, target, cameo, root, quad, goldstein, plover, plover_mode, "
    "num_mentions, num_documents, num_sources, confidence, source_name, target_name, first_doc_id, url"
)


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
    conditions, params = date_filter(since, until)
    if source:
        conditions.append("source = ?")
        params.append(actor(source))
    if target:
        conditions.append("target = ?")
        params.append(actor(target))
    if root:
        conditions.append("root = ?")
        params.append(root.strip().zfill(2))
    if plover:
        conditions.append("upper(plover) = ?")
        params.append(plover.strip().upper())
    sql = f"SELECT {COLUMNS} FROM events {where(conditions)} ORDER BY date NULLS LAST, source, target, cameo"
    if limit is not None and limit > 0:
        sql += f" LIMIT {int(limit)}"
    with connection(db) as con:
        frame = con.execute(sql, params).df()
    frame.insert(frame.columns.get_loc("cameo") + 1, "label", frame["cameo"].map(cameo_labels()))
    return frame

