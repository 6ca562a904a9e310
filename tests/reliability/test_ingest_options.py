"""`ingest` options shared with `code`: --date, --max-doc-chars, and the undated count in the summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from multipolar.cli import app
from multipolar.store.database import open_db
from multipolar.workflow import commands
from tests.reliability.fakes import TripletCoder


@pytest.fixture(autouse=True)
def fake_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commands, "_coder", lambda jobs: TripletCoder())


def _dates(db: Path) -> dict[str, object]:
    con = open_db(db, read_only=True)
    try:
        return {row[0]: (row[1].isoformat() if row[1] else None)
                for row in con.execute("SELECT doc_id, date FROM documents").fetchall()}
    finally:
        con.close()


def test_ingest_counts_undated_documents_and_applies_date_option(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": "RUS 042 CHN"}) + "\n"
                    + json.dumps({"id": "b", "text": "RUS 042 CHN", "date": "2020-02-02"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "u.duckdb")])
    assert result.exit_code == 0, result.output
    assert "1 undated (coded without tenure)" in result.output
    assert _dates(tmp_path / "u.duckdb") == {"a": None, "b": "2020-02-02"}
    dated = CliRunner().invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "d.duckdb"), "--date", "2021-01-01"])
    assert dated.exit_code == 0 and "undated" not in dated.output
    assert _dates(tmp_path / "d.duckdb") == {"a": "2021-01-01", "b": "2020-02-02"}


def test_ingest_max_doc_chars_reports_and_stores_the_rest(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "big", "text": "RUS 042 CHN " * 50}) + "\n"
                    + json.dumps({"id": "small", "text": "RUS 042 CHN"}) + "\n", encoding="utf-8")
    db = tmp_path / "db.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(feed), "--db", str(db), "--max-doc-chars", "100"])
    assert result.exit_code == 0, result.output
    assert f"error: {feed}:1: document 'big' has 600 characters, over --max-doc-chars 100: not coded" in result.output
    assert "1 documents read: 1 stored" in result.output and "1 over --max-doc-chars not coded" in result.output
    assert list(_dates(db)) == ["small"]
