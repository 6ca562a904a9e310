"""Open a multipolar DuckDB database: create the schema, or check its version."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb

#: Version of ``data/schema.sql``; a database written under another version is refused, except the
#: versions in ``MIGRATIONS``, which are brought up to date when opened for writing and read as they are.
SCHEMA_VERSION = "3"  # 3: documents.coder; 2: documents.text; mention tone and locations, event tone and locations
#: Older schema version -> the DDL that brings it to the next one (one transaction per step).
MIGRATIONS: dict[str, tuple[str, str]] = {
    "2": ("3", "ALTER TABLE documents ADD COLUMN coder VARCHAR"),  # codings before stamps: unknown coder
}
DEFAULT_DB = "multipolar.duckdb"
TABLES = ("meta", "documents", "mentions", "events")


class StoreError(RuntimeError):
    """A database multipolar cannot use (missing, foreign, or another schema version)."""


class SchemaVersionError(StoreError):
    """The database was written under a different schema version."""


class DatabaseBusyError(StoreError):
    """Another process held the database file's lock for longer than the caller would wait."""


#: Seconds a command waits for another process's lock on the database by default.
DEFAULT_WAIT = 60.0
_FIRST_PAUSE, _MAX_PAUSE = 0.05, 1.0


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
    if found != SCHEMA_VERSION and found not in MIGRATIONS:
        raise SchemaVersionError(
            f"{path or 'database'} has schema version {found!r}, this multipolar needs {SCHEMA_VERSION!r}; "
            "ingest into a new database file (or re-ingest the documents)"
        )
    missing = set(TABLES) - tables
    if missing:
        raise StoreError(f"{path or 'database'} lacks tables: {', '.join(sorted(missing))}")


def schema_version(con: duckdb.DuckDBPyConnection) -> str | None:
    """The schema version recorded in the database's ``meta`` table."""
    rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    return str(rows[0][0]) if rows else None


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Bring an older schema version (one of ``MIGRATIONS``) up to ``SCHEMA_VERSION``, a transaction per step.

    Nothing is dropped or rewritten: each step adds what the newer version has (columns left NULL
    for the rows already stored)."""
    while (found := schema_version(con)) in MIGRATIONS:
        assert found is not None
        target, ddl = MIGRATIONS[found]
        con.begin()
        try:
            con.execute(ddl)
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [target])
            con.commit()
        except Exception:
            con.rollback()
            raise


def has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    """Whether ``table`` has ``column`` (an older schema opened read-only may lack it)."""
    return bool(con.execute(
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ? "
        "AND column_name = ?", [table, column]).fetchall()[0][0])


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


def _is_lock_error(exc: duckdb.Error) -> bool:
    return "could not set lock" in str(exc).lower()


def _busy_message(target: str, read_only: bool, waited: float) -> str:
    who = "another multipolar ingest is writing" if read_only else "another process is reading or writing it"
    return f"database is busy: {who}; retried for {waited:g} s ({target})"


def _connect(target: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect``, retried with a short jittered backoff while another process holds the lock."""
    deadline = time.monotonic() + max(0.0, wait)
    pause = _FIRST_PAUSE
    while True:
        try:
            return duckdb.connect(target, read_only=read_only)
        except duckdb.Error as exc:
            if not _is_lock_error(exc):
                raise StoreError(f"cannot open {target}: {exc}") from exc
            left = deadline - time.monotonic()
            if left <= 0:
                raise DatabaseBusyError(_busy_message(target, read_only, wait)) from None
            time.sleep(min(left, pause * random.uniform(0.5, 1.5)))
            pause = min(_MAX_PAUSE, pause * 1.5)


def open_db(
    path: str | Path = DEFAULT_DB, read_only: bool = False, wait: float = 0.0
) -> duckdb.DuckDBPyConnection:
    """Connect to a multipolar database; a writable one is created when new.

    DuckDB lets one process open a file read-write and then locks every other process out. With
    ``wait`` > 0 a locked file is retried for up to ``wait`` seconds (short backoff) before
    :class:`DatabaseBusyError` ("database is busy: ..."). Raises :class:`StoreError` (or
    :class:`SchemaVersionError`) with a readable message when the file is missing (read-only),
    is not a multipolar database, or has another schema version. A database of an older version
    that can be migrated (``MIGRATIONS``) is migrated when opened for writing and read as it is.
    """
    target = str(path)
    in_memory = target == ":memory:"
    if read_only and not in_memory and not Path(target).is_file():
        raise StoreError(f"no database at {target} (run `multipolar ingest` first)")
    con = _connect(target, read_only and not in_memory, wait)
    try:
        if not read_only and not _tables(con):
            create_schema(con)
        check_schema(con, target)
        if not read_only:
            migrate(con)
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"cannot use {target}: {exc}") from exc
    except Exception:
        con.close()
        raise
    return con


@contextmanager
def write_connection(path: str | Path, wait: float = DEFAULT_WAIT) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection held only for the ``with`` block (open → work → close).

    Writers that hold the file only while writing one batch let readers in between batches.
    """
    con = open_db(path, wait=wait)
    try:
        yield con
    finally:
        con.close()
