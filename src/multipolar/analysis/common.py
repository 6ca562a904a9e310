"""Shared pieces of the query functions: opening the database, argument parsing, filters, names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any

import duckdb

from multipolar.reference import cameo_labels, country_name, state_name
from multipolar.store.database import DEFAULT_WAIT, open_db

#: A database: a path, or an open connection (left open).
DB = str | Path | duckdb.DuckDBPyConnection

class Freq(StrEnum):
    """Period lengths of the time series (``date_trunc`` units)."""

    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


FREQUENCIES = tuple(f.value for f in Freq)
QUAD_NAMES = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}


@contextmanager
def connection(db: DB) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to ``db``: opened read-only (and closed) for a path, passed through otherwise.

    A path that an ingest is writing is waited for (up to ``DEFAULT_WAIT`` seconds, see ``open_db``).
    """
    if isinstance(db, duckdb.DuckDBPyConnection):
        yield db
        return
    con = open_db(db, read_only=True, wait=DEFAULT_WAIT)
    try:
        yield con
    finally:
        con.close()


def actor(code: str) -> str:
    """An actor code as stored (codes are case-insensitive on input)."""
    value = code.strip().upper()
    if not value:
        raise ValueError("empty actor code")
    return value


def day(value: str | dt.date | None) -> dt.date | None:
    """A YYYY-MM-DD argument as a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ValueError(f"bad date {value!r} (expected YYYY-MM-DD)") from None


def frequency(freq: str) -> str:
    """A period name accepted by ``date_trunc``."""
    value = freq.strip().lower()
    if value not in FREQUENCIES:
        raise ValueError(f"bad frequency {freq!r} (one of {', '.join(FREQUENCIES)})")
    return value


def dyad_filter(a: str, b: str) -> tuple[str, list[Any]]:
    """SQL condition and parameters for the events between ``a`` and ``b``, either direction."""
    if a == b:
        return "(source = ? AND target = ?)", [a, a]
    return "(source IN (?, ?) AND target IN (?, ?) AND source <> target)", [a, b, a, b]


def date_filter(since: str | dt.date | None, until: str | dt.date | None) -> tuple[list[str], list[Any]]:
    """SQL conditions (on ``date``) and parameters for an inclusive date range."""
    conditions: list[str] = []
    params: list[Any] = []
    if (start := day(since)) is not None:
        conditions.append("date >= ?")
        params.append(start)
    if (end := day(until)) is not None:
        conditions.append("date <= ?")
        params.append(end)
    return conditions, params


def where(conditions: list[str]) -> str:
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def actor_name(code: str) -> str | None:
    """Common name of a state code ("Russia", not "Russian Federation") or of a bloc named in the country
    table ("the West"); None for other codes."""
    name = state_name(code) or country_name(code)
    return name if name != code else None


__all__ = [
    "DB",
    "FREQUENCIES",
    "QUAD_NAMES",
    "Freq",
    "actor",
    "actor_name",
    "cameo_labels",
    "connection",
    "date_filter",
    "day",
    "dyad_filter",
    "frequency",
    "where",
]
