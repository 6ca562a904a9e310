"""``multipolar ingest`` twice, after an upgrade, ``--no-recode``, ``multipolar recode`` and ``multipolar status``
(a fake coder; an older coder is simulated by rewriting the stored stamps)."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from multipolar.cli import app
from multipolar.coder_stamp import coder_stamp
from multipolar.workflow import commands
from tests.store.test_ingest import FakeCoder
from tests.store.test_recode import older_database

OLD = "0.0.9+0123456789ab"


@pytest.fixture
def fake_pipeline(monkeypatch):
    coder = FakeCoder()
    monkeypatch.setattr(commands, "_coder", lambda jobs: coder)
    return coder


@pytest.fixture
def feed(tmp_path):
    path = tmp_path / "feed.jsonl"
    records = [{"id": f"d{i}", "text": f"text {i} WAR", "date": "2024-05-16", "publisher": "P"} for i in range(3)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(app, [*args])


def set_coder(db, stamp: str | None, where: str = "") -> None:
    con = duckdb.connect(str(db))
    con.execute(f"UPDATE documents SET coder = ? {where}", [stamp])
    con.close()


def coders_in(db) -> list[tuple[str | None, int]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT coder, count(*) FROM documents GROUP BY coder ORDER BY coder").fetchall()
    finally:
        con.close()


def test_ingest_twice_skips_and_after_an_upgrade_recodes(tmp_path, feed, fake_pipeline):
    db = str(tmp_path / "s.duckdb")
    assert "3 stored, 0 replaced, 0 recoded, 0 unchanged" in run("ingest", str(feed), "--db", db).output
    second = run("ingest", str(feed), "--db", db)
    assert second.exit_code == 0 and "0 stored, 0 replaced, 0 recoded, 3 unchanged" in second.output
    set_coder(db, OLD)  # the store was filled by an older coder
    third = run("ingest", str(feed), "--db", db)
    assert third.exit_code == 0 and "0 stored, 0 replaced, 3 recoded, 0 unchanged" in third.output
    assert coders_in(db) == [(coder_stamp(), 3)]
    assert fake_pipeline.seen == ["d0", "d1", "d2"] * 2


def test_no_recode_keeps_them_and_recode_updates_them_later(tmp_path, feed, fake_pipeline):
    db = str(tmp_path / "s.duckdb")
    run("ingest", str(feed), "--db", db)
    set_coder(db, OLD, "WHERE doc_id <> 'd0'")
    kept = run("ingest", str(feed), "--db", db, "--no-recode")
    assert kept.exit_code == 0
    assert "0 recoded, 1 unchanged" in kept.output and "2 coded by an older or unknown coder kept" in kept.output
    status = run("status", "--db", db)
    assert status.exit_code == 0, status.output
    assert f"coded by the current coder {coder_stamp()}: 1 documents" in status.output
    assert f"coded by other coders: 2 documents ({OLD}: 2)" in status.output
    recoded = run("recode", "--db", db, "--batch-size", "1")
    assert recoded.exit_code == 0, recoded.output
    assert "2 documents coded by another or an unknown coder: 2 recoded" in recoded.output
    assert coders_in(db) == [(coder_stamp(), 3)]
    assert "coded by other coders" not in run("status", "--db", db).output
    assert json.loads(run("status", "--db", db, "--format", "json").output)["coders"]["documents_current"] == 3


def test_recode_and_status_on_an_older_database(tmp_path, fake_pipeline):
    db = tmp_path / "v2.duckdb"
    older_database(db)
    status = run("status", "--db", str(db))
    assert status.exit_code == 0 and "unknown (stored before coder stamps): 1" in status.output
    recoded = run("recode", "--db", str(db))
    assert recoded.exit_code == 0 and "1 recoded" in recoded.output
    assert coders_in(db) == [(coder_stamp(), 1)]


def test_recode_errors_are_one_line(tmp_path, fake_pipeline):
    missing = run("recode", "--db", str(tmp_path / "none.duckdb"))
    assert missing.exit_code == 2 and missing.output.startswith("error: no database at")
    assert "Traceback" not in missing.output and not (tmp_path / "none.duckdb").exists()
    foreign = tmp_path / "foreign.duckdb"
    duckdb.connect(str(foreign)).close()
    result = run("recode", "--db", str(foreign))
    assert result.exit_code == 2 and "is not a multipolar database" in result.output
