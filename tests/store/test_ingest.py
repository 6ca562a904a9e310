"""The ingest loop and the ``multipolar ingest`` command, with a fake coder."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

import pytest
from typer.testing import CliRunner

from multipolar.cli import app
from multipolar.ingest.readers import ReadError
from multipolar.records import Document, Event
from multipolar.store import writer
from multipolar.store.database import open_db
from multipolar.store.ingest import ingest
from multipolar.workflow import commands
from tests.store.factory import make_doc, make_event


class FakeCoder:
    """Codes "A verb B" words in a text: RUS/CHN pairs visit, anything with WAR attacks."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        for doc in documents:
            self.seen.append(doc.id)
            events = [make_event(doc.id, "RUS", "CHN", "042", date=None, publisher=None)]
            if "WAR" in doc.text:
                events.append(make_event(doc.id, "RUS", "UKR", "190", date=None, sentence_index=1))
            yield doc, events


def counts(con):
    return con.execute(
        "SELECT cameo, num_mentions, num_documents, num_sources FROM events ORDER BY cameo").fetchall()


def test_ingest_counts_skips_unchanged_and_reports_errors(tmp_path):
    con = open_db(tmp_path / "db.duckdb")
    items = [make_doc("a", publisher="P1"), ReadError("feed.jsonl:2", "malformed JSON"),
             make_doc("b", publisher="P2", text="WAR")]
    lines: list[str] = []
    coder = FakeCoder()
    stats = ingest(con, items, coder, batch_size=1, report=lines.append)
    assert (stats.read, stats.read_errors, stats.stored, stats.mentions) == (2, 1, 2, 3)
    assert lines == ["error: feed.jsonl:2: malformed JSON"]
    assert counts(con) == [("042", 2, 2, 2), ("190", 1, 1, 1)]
    # again: nothing is coded again, nothing changes
    again = ingest(con, items, coder, batch_size=1, report=lines.append)
    assert coder.seen == ["a", "b"]
    assert (again.read, again.skipped, again.stored, again.mentions) == (2, 2, 0, 0)
    assert counts(con) == [("042", 2, 2, 2), ("190", 1, 1, 1)]
    # a changed text under the same id replaces that document's mentions
    ingest(con, [make_doc("b", publisher="P2", text="peace")], coder, report=lines.append)
    assert counts(con) == [("042", 2, 2, 2)]
    con.close()


def test_failing_batch_is_reported_and_others_are_stored(tmp_path, monkeypatch):
    con = open_db(tmp_path / "db.duckdb")
    real = writer._apply

    def flaky(connection, *args):
        ids = {r[0] for r in connection.execute("SELECT doc_id FROM _in_docs").fetchall()}
        if "bad" in ids:
            raise RuntimeError("boom")
        return real(connection, *args)

    monkeypatch.setattr(writer, "_apply", flaky)
    lines: list[str] = []
    docs = [make_doc("a"), make_doc("bad"), make_doc("c")]
    stats = ingest(con, docs, FakeCoder(), batch_size=1, report=lines.append)
    assert (stats.stored, stats.failed_batches, stats.failed_documents) == (2, 1, 1)
    assert len(lines) == 1 and "bad" in lines[0] and "boom" in lines[0]
    stored = [r[0] for r in con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()]
    assert stored == ["a", "c"]
    assert counts(con) == [("042", 2, 2, 1)]
    con.close()


@pytest.fixture
def fake_pipeline(monkeypatch):
    coder = FakeCoder()
    jobs: list[int] = []

    def build(n: int) -> FakeCoder:
        jobs.append(n)
        return coder

    monkeypatch.setattr(commands, "_coder", build)
    return jobs


def write_feed(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + "{not json\n", encoding="utf-8")


def test_ingest_command(tmp_path, fake_pipeline):
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, [{"id": "a", "text": "x", "date": "2024-05-16", "publisher": "P1"},
                      {"id": "b", "text": "WAR", "date": "2024-05-16", "publisher": "P2"}])
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(feed), "--db", str(db), "-j", "3", "--batch-size", "1"])
    assert result.exit_code == 0, result.output
    assert fake_pipeline == [3]
    assert f"{feed}:3: malformed JSON" in result.output
    assert "2 documents read: 2 stored" in result.output
    con = open_db(db, read_only=True)
    assert counts(con) == [("042", 2, 2, 2), ("190", 1, 1, 1)]
    con.close()


def test_ingest_command_fails_only_when_nothing_read(tmp_path, fake_pipeline):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n", encoding="utf-8")
    db = str(tmp_path / "cli.duckdb")
    result = CliRunner().invoke(app, ["ingest", str(bad), "--db", db])
    assert result.exit_code == 1
    assert f"{bad}:1: malformed JSON" in result.output


def test_ingest_command_refuses_other_schema(tmp_path, fake_pipeline):
    db = tmp_path / "old.duckdb"
    con = open_db(db)
    con.execute("UPDATE meta SET value = '0'")
    con.close()
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, [{"id": "a", "text": "x"}])
    result = CliRunner().invoke(app, ["ingest", str(feed), "--db", str(db)])
    assert result.exit_code == 2
    assert "schema version" in result.output
