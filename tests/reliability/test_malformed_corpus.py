"""1,000 generated malformed files: one error line per bad input, no traceback, good documents stored."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from multipolar.cli import app
from multipolar.store.database import open_db
from multipolar.workflow import commands
from tests.reliability.fakes import TripletCoder
from tests.reliability.malformed import generate


@pytest.mark.slow
def test_malformed_corpus_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commands, "_coder", lambda jobs: TripletCoder())
    corpus = generate(tmp_path / "corpus", files=1000)
    assert len(corpus.bad) > 500 and len(corpus.good) > 500
    db = tmp_path / "db.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(corpus.root), "--db", str(db), "--batch-size", "100"])
    assert result.exit_code == 0, result.output[-2000:]
    assert "Traceback" not in result.output
    errors = [line[len("error: "):] for line in result.output.splitlines() if line.startswith("error: ")]
    named = Counter(next((bad for bad in corpus.bad if line.startswith(bad + ": ")), line) for line in errors)
    assert set(named) == corpus.bad and set(named.values()) == {1}  # one line per bad input, no other errors
    assert f"{len(corpus.good)} documents read: {len(corpus.good)} stored" in result.output
    assert f"{len(corpus.bad)} inputs unreadable" in result.output
    con = open_db(db, read_only=True)
    try:
        stored = {row[0] for row in con.execute("SELECT doc_id FROM documents").fetchall()}
        coded = con.execute("SELECT count(DISTINCT doc_id) FROM mentions").fetchall()[0][0]
    finally:
        con.close()
    assert stored == corpus.good
    assert coded >= len(corpus.good) // 2  # the good ones carry "AAA 123 BBB" triples and are coded
