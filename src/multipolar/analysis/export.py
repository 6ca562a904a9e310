"""``export``: the events as GDELT 2.0 or ICEWS rows, or in multipolar's own schema.

GDELT and ICEWS columns are filled where multipolar has the data (dates, actors, CAMEO code,
QuadClass, Goldstein, counts, evidence document) and left empty otherwise (tone, geography).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from multipolar.analysis.common import DB, connection, date_filter, where
from multipolar.datafiles import data_file, read_list
from multipolar.reference import cameo_labels, country_names

EXPORT_FORMATS = ("gdelt", "icews", "parquet", "jsonl", "csv")
NATIVE_TABLES = ("events", "mentions", "documents")


@lru_cache(maxsize=2)
def columns(name: str) -> tuple[str, ...]:
    """Column names from ``analysis/data/<name>`` (a word list: one a line, ``#`` comments)."""
    return read_list(data_file(__file__, name))


def _actor(n: int, role: str) -> dict[str, str]:
    """GDELT Actor<n> columns from our source/target columns."""
    return {
        f"Actor{n}Code": f"{role} || coalesce({role}_sector, '')",
        f"Actor{n}Name": f"upper(coalesce({role}_name, {role}_country.name, {role}))",
        f"Actor{n}CountryCode": f"{role}_country.code",
        f"Actor{n}KnownGroupCode": f"CASE WHEN {role}_country.code IS NULL THEN {role} END",
        f"Actor{n}Type1Code": f"{role}_sector",
    }


GDELT: dict[str, str] = {
    "GLOBALEVENTID": "e.event_id",
    "SQLDATE": "strftime(e.date, '%Y%m%d')",
    "MonthYear": "strftime(e.date, '%Y%m')",
    "Year": "year(e.date)",
    "FractionDate": "round(year(e.date) + dayofyear(e.date) / 365.0, 4)",
    **_actor(1, "source"),
    **_actor(2, "target"),
    "IsRootEvent": "e.is_root::INTEGER",
    "EventCode": "e.cameo",
    "EventBaseCode": "e.base",
    "EventRootCode": "e.root",
    "QuadClass": "e.quad",
    "GoldsteinScale": "e.goldstein",
    "NumMentions": "e.num_mentions",
    "NumSources": "e.num_sources",
    "NumArticles": "e.num_documents",
    "DATEADDED": "strftime(e.date_added, '%Y%m%d%H%M%S')",
    "SOURCEURL": "coalesce(e.url, e.first_doc_id)",
}

ICEWS: dict[str, str] = {
    "Event ID": "e.event_id",
    "Event Date": "strftime(e.date, '%Y-%m-%d')",
    "Source Name": "coalesce(e.source_name, source_country.name, e.source)",
    "Source Sectors": "e.source_sector",
    "Source Country": "source_country.name",
    "Event Text": "labels.label",
    "CAMEO Code": "e.cameo",
    "Intensity": "e.goldstein",
    "Target Name": "coalesce(e.target_name, target_country.name, e.target)",
    "Target Sectors": "e.target_sector",
    "Target Country": "target_country.name",
    "Story ID": "e.first_doc_id",
    "Sentence Number": "e.first_sentence + 1",
    "Publisher": "d.publisher",
}


def _lookups(con: duckdb.DuckDBPyConnection) -> None:
    countries = country_names()
    con.register("_countries", pa.table({"code": list(countries), "name": list(countries.values())}))
    labels = cameo_labels()
    con.register("_labels", pa.table({"cameo": list(labels), "label": list(labels.values())}))


def export_sql(fmt: str, conditions: list[str], table: str = "events") -> str:
    """The SELECT producing the rows of an export format."""
    if fmt in ("gdelt", "icews"):
        mapping = GDELT if fmt == "gdelt" else ICEWS
        names = columns("gdelt2_events_columns.txt" if fmt == "gdelt" else "icews_columns.txt")
        select = ",\n  ".join(f'{mapping.get(name, "NULL")} AS "{name}"' for name in names)
        return f"""
        SELECT {select}
        FROM events e
        LEFT JOIN _countries source_country ON source_country.code = e.source
        LEFT JOIN _countries target_country ON target_country.code = e.target
        LEFT JOIN _labels labels ON labels.cameo = e.cameo
        LEFT JOIN documents d ON d.doc_id = e.first_doc_id
        {where([f"e.{c}" for c in conditions])}
        ORDER BY e.date NULLS LAST, e.event_id
        """
    if table not in NATIVE_TABLES:
        raise ValueError(f"bad table {table!r} (one of {', '.join(NATIVE_TABLES)})")
    order = {"events": "date NULLS LAST, event_id", "mentions": "doc_id, mention_index", "documents": "doc_id"}
    return f"SELECT * FROM {table} {where(conditions)} ORDER BY {order[table]}"


def export_frame(
    db: DB,
    fmt: str = "gdelt",
    table: str = "events",
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> pd.DataFrame:
    """Rows of an export format (``gdelt``, ``icews``, or ``parquet``/``jsonl``/``csv`` = the ``table`` as
    stored); the caller writes them (:func:`multipolar.output.frame_text` renders the text formats)."""
    check_format(fmt)
    conditions, params = date_filter(since, until)
    with connection(db) as con:
        _lookups(con)
        return con.execute(export_sql(fmt, conditions, table), params).df()


def _copy_options(fmt: str) -> str:
    if fmt == "parquet":
        return "FORMAT parquet"
    if fmt == "jsonl":
        return "FORMAT json"
    header = "false" if fmt == "gdelt" else "true"
    delimiter = "\\t" if fmt in ("gdelt", "icews") else ","
    return f"FORMAT csv, DELIMITER E'{delimiter}', HEADER {header}"


def check_format(fmt: str) -> None:
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"bad export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")


def export(
    db: DB,
    fmt: str,
    output: str | Path,
    table: str = "events",
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> int:
    """Write the rows of ``fmt`` to the file ``output`` with DuckDB's COPY; returns the row count.

    GDELT files are tab-separated without a header, as GDELT ships them; ICEWS files tab-separated
    with a header. For rows in memory use :func:`export_frame`.
    """
    check_format(fmt)
    conditions, params = date_filter(since, until)
    sql = export_sql(fmt, conditions, table)
    with connection(db) as con:
        _lookups(con)
        target = str(output).replace("'", "''")
        rows = con.execute(f"COPY ({sql}) TO '{target}' ({_copy_options(fmt)})", params).fetchall()
        return int(rows[0][0]) if rows else 0
