"""The ``dyad`` query: the relation of two actors period by period, in both directions."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from multipolar.analysis.common import DB, QUAD_NAMES, actor, connection, date_filter, dyad_filter, frequency

_QUADS = ",\n    ".join(f"count(*) FILTER (WHERE quad = {q}) AS {name}" for q, name in QUAD_NAMES.items())


def dyad(
    db: DB,
    a: str,
    b: str,
    freq: str = "month",
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> pd.DataFrame:
    """Per period and direction (A->B, B->A): event counts by QuadClass and Goldstein sum and mean.

    ``goldstein_*_weighted`` weight each event by its number of mentions. Undated events are left out.
    """
    first, second = actor(a), actor(b)
    pair, pair_params = dyad_filter(first, second)
    conditions, params = date_filter(since, until)
    conditions = [pair, "date IS NOT NULL", *conditions]
    sql = f"""
    SELECT
        date_trunc('{frequency(freq)}', date)::DATE AS period,
        source,
        target,
        count(*) AS events,
        sum(num_mentions)::BIGINT AS mentions,
        {_QUADS},
        sum(goldstein) AS goldstein_sum,
        avg(goldstein) AS goldstein_mean,
        sum(goldstein * num_mentions) AS goldstein_sum_weighted,
        sum(goldstein * num_mentions) / sum(num_mentions) AS goldstein_mean_weighted
    FROM events
    WHERE {' AND '.join(conditions)}
    GROUP BY period, source, target
    ORDER BY period, source <> ?, target
    """
    with connection(db) as con:
        return con.execute(sql, [*pair_params, *params, first]).df()
