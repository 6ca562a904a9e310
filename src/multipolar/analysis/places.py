"""The ``places`` query: events by where they happened (country, first-order division or place) and period.

Feeds the dashboard's map: one row per period and location with event and mention counts, mean
Goldstein score and tone, material-conflict events, and coordinates. Events without an action
location are left out (``located_share`` in :func:`located_share` says how many).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import pandas as pd

from multipolar.analysis.common import DB, actor_name, connection, date_filter, frequency, where


class PlaceLevel(StrEnum):
    """How finely events are grouped on the map."""

    country = "country"
    adm1 = "adm1"
    place = "place"


#: level -> (grouping columns, name expression)
_GROUPS: dict[PlaceLevel, tuple[str, str]] = {
    PlaceLevel.country: ("action_geo_country", "NULL"),
    PlaceLevel.adm1: (
        "action_geo_country, action_geo_adm1",
        "coalesce(any_value(action_geo_name) FILTER (WHERE action_geo_type = 'adm1'), "
        "any_value(string_split(action_geo_full_name, ', ')[2]) "
        "FILTER (WHERE len(string_split(action_geo_full_name, ', ')) = 3))",
    ),
    PlaceLevel.place: ("action_geo_country, action_geo_full_name, action_geo_type", "any_value(action_geo_name)"),
}


def places(
    db: DB,
    level: str = "country",
    freq: str = "month",
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    actor: str | None = None,
) -> pd.DataFrame:
    """Located events per period and place; ``actor`` keeps events with that source or target.

    Columns: period, country (ISO alpha-3), country_name, adm1 (adm1/place levels), name, type (place
    level), events, mentions, material_conflict, goldstein, tone, lat, lon. Coordinates are those of
    the country or division itself where events were located there, else the mean of the located
    events' coordinates.
    """
    grain = PlaceLevel(level)
    period = frequency(freq)
    conditions, params = date_filter(since, until)
    conditions.append("action_geo_country IS NOT NULL")
    if actor:
        conditions.append("(source = ? OR target = ?)")
        params += [actor.strip().upper()] * 2
    groups, name = _GROUPS[grain]
    own_type = {"country": "country", "adm1": "adm1", "place": None}[grain.value]
    lat = "avg(action_geo_lat)"
    lon = "avg(action_geo_lon)"
    if own_type:
        lat = f"coalesce(any_value(action_geo_lat) FILTER (WHERE action_geo_type = '{own_type}'), {lat})"
        lon = f"coalesce(any_value(action_geo_lon) FILTER (WHERE action_geo_type = '{own_type}'), {lon})"
    sql = f"""
        SELECT date_trunc('{period}', date)::DATE AS period, {groups}, {name} AS name,
               count(*) AS events, sum(num_mentions) AS mentions,
               count(*) FILTER (WHERE quad = 4) AS material_conflict,
               round(avg(goldstein), 3) AS goldstein, round(avg(avg_tone), 3) AS tone,
               round({lat}, 4) AS lat, round({lon}, 4) AS lon
        FROM events {where(conditions)}
        GROUP BY period, {groups}
        ORDER BY period NULLS LAST, events DESC, {groups}
    """
    with connection(db) as con:
        frame = con.execute(sql, params).df()
    frame = frame.rename(columns={"action_geo_country": "country", "action_geo_adm1": "adm1",
                                  "action_geo_full_name": "full_name", "action_geo_type": "type"})
    frame.insert(frame.columns.get_loc("country") + 1, "country_name",
                 [actor_name(code) or code for code in frame["country"]])
    if grain is PlaceLevel.country:
        frame = frame.drop(columns=["name"])
    return frame


def located_share(db: DB) -> float | None:
    """Share of stored events with an action location (None when there are no events)."""
    with connection(db) as con:
        total, located = con.execute(
            "SELECT count(*), count(action_geo_country) FROM events").fetchall()[0]
    return located / total if total else None
