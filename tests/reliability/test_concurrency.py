"""Concurrent use: queries during an ingest, two ingests at once, and a clear message when busy."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from multipolar.store.database import DatabaseBusyError, open_db
from multipolar.workflow.ingest import ingest_paths
from tests.reliability.fakes import TripletCoder, bump_gate, snapshot, write_feed

REPO = Path(__file__).resolve().parents[2]


def _hold_lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process that opens ``db`` read-write, says so, and keeps it for ``seconds``."""
    code = textwrap.dedent(f"""
        import sys, time
        from multipolar.store.database import open_db
        con = open_db({str(db)!r})
        print("locked", flush=True)
        time.sleep({seconds})
        con.close()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def _ingest(feed: Path, db: Path, delay: float, *extra: str, gate: Path | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "FAKE_CODER_DELAY": str(delay), "FAKE_CODER_GATE": str(gate or "")}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.fakes", str(feed), "--db", str(db), "--batch-size", "4", *extra],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_open_db_waits_for_a_lock_then_fails_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "db.duckdb"
    open_db(db).close()
    holder = _hold_lock(db, 1.5)
    try:
        with pytest.raises(DatabaseBusyError) as info:
            open_db(db, read_only=True, wait=0.2)
        assert str(info.value).startswith("database is busy: another multipolar ingest is writing; retried for 0.2 s")
        assert "\n" not in str(info.value)
        start = time.monotonic()
        con = open_db(db, read_only=True, wait=30)  # waits for the holder to close
        con.close()
        assert time.monotonic() - start > 0.2
    finally:
        holder.wait(timeout=30)


def test_query_command_waits_or_says_busy(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from multipolar.cli import app

    db = tmp_path / "db.duckdb"
    open_db(db).close()
    holder = _hold_lock(db, 1.0)
    try:
        result = CliRunner().invoke(app, ["events", "--db", str(db)])  # default wait outlasts the holder
        assert result.exit_code == 0, result.output
    finally:
        holder.wait(timeout=30)


def test_queries_work_while_an_ingest_runs_and_two_ingests_share_a_database(tmp_path: Path) -> None:
    feed_a, feed_b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    ids = set(write_feed(feed_a, 24)) | set(write_feed(feed_b, 24, start=12))  # 12 documents in both
    reference = tmp_path / "reference.duckdb"
    con = open_db(reference)
    ingest_paths(con, [str(feed_a), str(feed_b)], TripletCoder(), report=lambda line: None)
    con.close()
    db = tmp_path / "db.duckdb"
    # the ingests wait for queries between batches (the gate): the queries below are sure to run during
    # the ingests however loaded the machine is, not only if a polling interval happens to fall there
    gate = tmp_path / "queries"
    bump_gate(gate, 0)
    first, second = _ingest(feed_a, db, 0.05, gate=gate), _ingest(feed_b, db, 0.05, gate=gate)
    seen: list[int] = []
    while first.poll() is None or second.poll() is None:
        if db.exists():
            con = open_db(db, read_only=True, wait=60)  # never fails: waits for the current batch at most
            try:
                seen.append(con.execute("SELECT count(*) FROM documents").fetchall()[0][0])
            finally:
                con.close()
            bump_gate(gate, len(seen))
        time.sleep(0.05)
    for proc in (first, second):
        _, err = proc.communicate()
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    assert seen == sorted(seen) and len(seen) >= 3  # queries ran during the ingests, saw committed batches
    assert any(0 < count < len(ids) for count in seen)  # one saw a partly written database
    stored = snapshot(db)
    assert {row[0] for row in stored["documents"]} == ids and stored["duplicate_docs"] == []
    assert stored == snapshot(reference)


def test_ingest_says_busy_and_exits_3_when_the_lock_outlasts_its_wait(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from multipolar.cli import app

    db = tmp_path / "db.duckdb"
    open_db(db).close()
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, 2)
    holder = _hold_lock(db, 3.0)
    try:
        result = CliRunner().invoke(app, ["ingest", str(feed), "--db", str(db), "--wait", "0.2"])
    finally:
        holder.wait(timeout=30)
    assert result.exit_code == 3
    assert "error: database is busy: another process is reading or writing it; retried for 0.2 s" in result.output
    assert "Traceback" not in result.output
