"""``export``: the events as GDELT 2.0 or ICEWS rows, or in multipolar's own schema.

GDELT and ICEWS columns are filled where multipolar has the data (dates, actors, CAMEO code,
QuadClass, Goldstein, counts, tone, the three location blocks, evidence document) and left empty
otherwise (ethnic and religious codes, second and third actor types, ADM2). ``--table mentions`` with
the ``gdelt`` format writes GDELT 2.0's Mentions table.
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
from multipolar.places.gazetteer import fips_codes
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


def _geo(prefix: str, block: str) -> dict[str, str]:
    """A GDELT location block from one of ours: type 1 country, 2 US state, 3 US city, 4 world city,
    5 world state; country codes in FIPS 10-4 as GDELT's; a country's ADM1 code is its FIPS code."""
    us = f"e.{block}_country = 'USA'"
    return {
        f"{prefix}_Type": (f"CASE e.{block}_type WHEN 'country' THEN 1 "
                           f"WHEN 'adm1' THEN (CASE WHEN {us} THEN 2 ELSE 5 END) "
                           f"WHEN 'city' THEN (CASE WHEN {us} THEN 3 ELSE 4 END) END"),
        f"{prefix}_FullName": f"e.{block}_full_name",
        f"{prefix}_CountryCode": f"{block}_fips.fips",
        f"{prefix}_ADM1Code": (f"CASE WHEN e.{block}_type IS NOT NULL "
                               f"THEN coalesce(e.{block}_adm1, {block}_fips.fips) END"),
        f"{prefix}_Lat": f"e.{block}_lat",
        f"{prefix}_Long": f"e.{block}_lon",
        f"{prefix}_FeatureID": f"e.{block}_feature_id",
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
    "AvgTone": "round(e.avg_tone, 4)",
    **_geo("Actor1Geo", "source_geo"),
    **_geo("Actor2Geo", "target_geo"),
    **_geo("ActionGeo", "action_geo"),
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
    "City": "CASE WHEN e.action_geo_type = 'city' THEN e.action_geo_name END",
    "Province": ("CASE WHEN e.action_geo_type = 'adm1' THEN e.action_geo_name "
                 "WHEN e.action_geo_type = 'city' AND len(string_split(e.action_geo_full_name, ', ')) = 3 "
                 "THEN string_split(e.action_geo_full_name, ', ')[2] END"),
    "Country": "action_country.name",
    "Latitude": "e.action_geo_lat",
    "Longitude": "e.action_geo_lon",
}

#: GDELT 2.0 Mentions: one row per counted mention (an article reporting an event).
GDELT_MENTIONS: dict[str, str] = {
    "GLOBALEVENTID": "m.event_id",
    "EventTimeDate": "strftime(e.date_added, '%Y%m%d%H%M%S')",
    "MentionTimeDate": "strftime(d.ingested_at, '%Y%m%d%H%M%S')",
    "MentionType": "1",  # WEB: a news document
    "MentionSourceName": "coalesce(m.publisher, d.publisher, regexp_extract(m.url, '^[a-z]+://([^/]+)', 1))",
    "MentionIdentifier": "coalesce(m.url, m.doc_id)",
    "SentenceID": "m.sentence_index + 1",
    "Actor1CharOffset": "CASE WHEN strpos(m.sentence, m.source_text) > 0 "
                        "THEN m.sentence_start + strpos(m.sentence, m.source_text) - 1 ELSE -1 END",
    "Actor2CharOffset": "CASE WHEN strpos(m.sentence, m.target_text) > 0 "
                        "THEN m.sentence_start + strpos(m.sentence, m.target_text) - 1 ELSE -1 END",
    "ActionCharOffset": "m.char_start",
    "InRawText": "1",
    "Confidence": "CAST(round(m.confidence * 100) AS INTEGER)",
    "MentionDocLen": "d.n_chars",
    "MentionDocTone": "round(m.tone, 4)",
}


def _lookups(con: duckdb.DuckDBPyConnection) -> None:
    countries = country_names()
    con.register("_countries", pa.table({"code": list(countries), "name": list(countries.values())}))
    labels = cameo_labels()
    con.register("_labels", pa.table({"cameo": list(labels), "label": list(labels.values())}))
    fips = fips_codes()
    con.register("_fips", pa.table({"code": list(fips), "fips": list(fips.values())}))


def export_sql(fmt: str, conditions: list[str], table: str = "events") -> str:
    """The SELECT producing the rows of an export format."""
    if fmt == "gdelt" and table == "mentions":
        names = columns("gdelt2_mentions_columns.txt")
        select = ",\n  ".join(f'{GDELT_MENTIONS.get(name, "NULL")} AS "{name}"' for name in names)
        return f"""
        SELECT {select}
        FROM mentions m
        JOIN events e ON e.event_id = m.event_id
        JOIN documents d ON d.doc_id = m.doc_id
        {where(["m.counted", *(f"m.{c}" for c in conditions)])}
        ORDER BY m.date NULLS LAST, m.event_id, m.doc_id, m.mention_index
        """
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
        LEFT JOIN _countries action_country ON action_country.code = e.action_geo_country
        LEFT JOIN _fips action_geo_fips ON action_geo_fips.code = e.action_geo_country
        LEFT JOIN _fips source_geo_fips ON source_geo_fips.code = e.source_geo_country
        LEFT JOIN _fips target_geo_fips ON target_geo_fips.code = e.target_geo_country
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
