"""Opening databases: creation, schema version check, foreign and missing files."""

from __future__ import annotations

import duckdb
import pytest

from multipolar.store.database import SCHEMA_VERSION, SchemaVersionError, StoreError, open_db


def test_new_database_gets_the_schema(tmp_path):
    con = open_db(tmp_path / "new.duckdb")
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"meta", "documents", "mentions", "events"} <= tables
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
    con.close()
    open_db(tmp_path / "new.duckdb", read_only=True).close()  # reopens cleanly


def test_other_schema_version_is_a_clear_error(tmp_path):
    path = tmp_path / "old.duckdb"
    con = open_db(path)
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    con.close()
    for read_only in (False, True):
        with pytest.raises(SchemaVersionError, match=r"schema version '0'.*needs"):
            open_db(path, read_only=read_only)


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a multipolar database"):
        open_db(path)


def test_missing_database_read_only(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        open_db(tmp_path / "missing.duckdb", read_only=True)
