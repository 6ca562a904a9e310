"""Open a multipolar DuckDB database: create the schema, or check its version."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import duckdb

#: Version of ``data/schema.sql``; a database written under another version is refused.
SCHEMA_VERSION = "2"  # 2: documents.text; mention tone and locations, event tone and locations
DEFAULT_DB = "multipolar.duckdb"
TABLES = ("meta", "documents", "mentions", "events")


class StoreError(RuntimeError):
    """A database multipolar cannot use (missing, foreign, or another schema version)."""


class SchemaVersionError(StoreError):
    """The database was written under a different schema version."""


def schema_sql() -> str:
    """The DDL in ``store/data/schema.sql``."""
    return resources.files("multipolar.store").joinpath("data/schema.sql").read_text(encoding="utf-8")


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()
    return {row[0] for row in rows}


def check_schema(con: duckdb.DuckDBPyConnection, path: str = "") -> None:
    """Raise :class:`StoreError` unless ``con`` holds a multipolar database of this schema version."""
    tables = _tables(con)
    if "meta" not in tables:
        raise StoreError(f"{path or 'database'} is not a multipolar database (no 'meta' table)")
    rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    found = rows[0][0] if rows else None
    if found != SCHEMA_VERSION:
        raise SchemaVersionError(
            f"{path or 'database'} has schema version {found!r}, this multipolar needs {SCHEMA_VERSION!r}; "
            "ingest into a new database file (or re-ingest the documents)"
        )
    missing = set(TABLES) - tables
    if missing:
        raise StoreError(f"{path or 'database'} lacks tables: {', '.join(sorted(missing))}")


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create every table in an empty database, in one transaction."""
    con.begin()
    try:
        con.execute(schema_sql())
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        con.commit()
    except Exception:
        con.rollback()
        raise


def open_db(path: str | Path = DEFAULT_DB, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Connect to a multipolar database; a writable one is created when new.

    Raises :class:`StoreError` (or :class:`SchemaVersionError`) with a readable message when
    the file is missing (read-only), is not a multipolar database, or has another schema version.
    """
    target = str(path)
    in_memory = target == ":memory:"
    if read_only and not in_memory and not Path(target).is_file():
        raise StoreError(f"no database at {target} (run `multipolar ingest` first)")
    try:
        con = duckdb.connect(target, read_only=read_only and not in_memory)
    except duckdb.Error as exc:
        raise StoreError(f"cannot open {target}: {exc}") from exc
    try:
        if not read_only and not _tables(con):
            create_schema(con)
        check_schema(con, target)
    except Exception:
        con.close()
        raise
    return con
