"""Repeated ids: one rule for `code` and `ingest`, one line per repeat, counted in the summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from multipolar.cli import app
from multipolar.ingest.repeats import RepeatedIds
from multipolar.records import Document
from multipolar.store.database import open_db
from multipolar.workflow import commands
from tests.reliability.fakes import TripletCoder

runner = CliRunner()


def _feed(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "text": t, "date": "2024-05-16"}) + "\n" for i, t in rows),
                    encoding="utf-8")
    return path


def test_rule_skips_same_text_and_versions_different_text() -> None:
    rule = RepeatedIds()
    docs = [Document("x", "A", origin="f.jsonl:1"), Document("x", "A", origin="f.jsonl:2"),
            Document("x", "B", origin="f.jsonl:3"), Document("x", "B", origin="g.jsonl:1"),
            Document("x", "C", origin="g.jsonl:2"), Document("y", "A", origin="g.jsonl:3")]
    results = [rule.check(d) for d in docs]
    assert results[0] is None and results[5] is None
    assert results[1] is not None and results[1].document is None
    assert results[1].message == "f.jsonl:2: id 'x' repeats line 1 with the same text: skipped"
    assert results[2] is not None and results[2].document is not None and results[2].document.id == "x~2"
    assert results[2].message == "f.jsonl:3: id 'x' repeats line 1 with a different text: kept as a new version 'x~2'"
    assert results[3] is not None and results[3].document is None
    assert "repeats f.jsonl:3 (kept as 'x~2') with the same text: skipped" in results[3].message
    assert results[4] is not None and results[4].document is not None and results[4].document.id == "x~3"
    assert (rule.skipped, rule.versions) == (2, 2)


def test_a_generated_version_id_never_collides_with_a_real_one() -> None:
    rule = RepeatedIds()
    assert rule.check(Document("x~2", "real")) is None
    rule.check(Document("x", "A"))
    repeat = rule.check(Document("x", "B"))
    assert repeat is not None and repeat.document is not None and repeat.document.id == "x~3"


ROWS = [("x", "Japan protested to China."), ("x", "Japan protested to China."),
        ("x", "Iran condemned Israel."), ("y", "Egypt hosted Sudan.")]


def test_code_reports_each_repeat_and_codes_the_new_version(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl", ROWS)
    result = runner.invoke(app, ["code", str(feed), "-f", "jsonl", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert f"warning: {feed}:2: id 'x' repeats line 1 with the same text: skipped" in result.stderr
    assert (f"warning: {feed}:3: id 'x' repeats line 1 with a different text: kept as a new version 'x~2'"
            in result.stderr)
    assert "1 repeated ids skipped" in result.stderr and "1 repeated ids kept as new versions" in result.stderr
    ids = {json.loads(line)["doc_id"] for line in result.stdout.splitlines()}
    assert {"x", "x~2"} <= ids


@pytest.fixture
def fake_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commands, "_coder", lambda jobs: TripletCoder())


def _stored(db: Path) -> dict[str, int]:
    con = open_db(db, read_only=True)
    try:
        return dict(con.execute("SELECT doc_id, n_chars FROM documents").fetchall())
    finally:
        con.close()


def test_ingest_follows_the_same_rule_and_a_rerun_changes_nothing(tmp_path: Path, fake_coder: None) -> None:
    feed = _feed(tmp_path / "feed.jsonl", [("x", "RUS 042 CHN"), ("x", "RUS 042 CHN"), ("x", "IRN 111 ISR"),
                                           ("y", "USA 057 IND")])
    db = tmp_path / "db.duckdb"
    first = runner.invoke(app, ["ingest", str(feed), "--db", str(db), "--batch-size", "1"])
    assert first.exit_code == 0, first.output
    assert f"{feed}:2: id 'x' repeats line 1 with the same text: skipped" in first.output
    assert f"{feed}:3: id 'x' repeats line 1 with a different text: kept as a new version 'x~2'" in first.output
    assert "3 documents read: 3 stored" in first.output
    assert "1 repeated ids skipped, 1 repeated ids kept as new versions" in first.output
    assert _stored(db) == {"x": 11, "x~2": 11, "y": 11}
    again = runner.invoke(app, ["ingest", str(feed), "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert "3 documents read: 0 stored, 0 replaced, 0 recoded, 3 unchanged" in again.output
    assert _stored(db) == {"x": 11, "x~2": 11, "y": 11}


def test_ingest_reports_a_changed_text_replacing_the_stored_one(tmp_path: Path, fake_coder: None) -> None:
    db = tmp_path / "db.duckdb"
    runner.invoke(app, ["ingest", str(_feed(tmp_path / "a.jsonl", [("x", "RUS 042 CHN")])), "--db", str(db)])
    feed = _feed(tmp_path / "b.jsonl", [("x", "RUS 190 UKR, corrected")])
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"warning: {feed}:1: id 'x' is already stored with a different text: replaces the stored version" \
        in result.output
    assert "1 documents read: 0 stored, 1 replaced" in result.output
    assert _stored(db) == {"x": len("RUS 190 UKR, corrected")}
