"""Storing coded documents: events, counts, idempotence, replacement and rollback."""

from __future__ import annotations

import dataclasses
import json

import duckdb
import pytest

from multipolar.store import writer
from multipolar.store.database import open_db
from multipolar.store.rows import event_id, parse_day
from multipolar.store.writer import write_batch
from tests.store.factory import make_doc, make_event


@pytest.fixture
def con(tmp_path):
    connection = open_db(tmp_path / "test.duckdb")
    yield connection
    connection.close()


def snapshot(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    """Every row of every table (ingest time left out), sorted, to compare states."""
    return {
        "documents": con.execute(
            "SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id").fetchall(),
        "mentions": con.execute("SELECT * FROM mentions ORDER BY doc_id, mention_index").fetchall(),
        "events": con.execute("SELECT * EXCLUDE (date_added) FROM events ORDER BY event_id").fetchall(),
    }


def event_rows(con):
    return con.execute(
        "SELECT source, target, cameo, num_mentions, num_documents, num_sources FROM events "
        "ORDER BY source, target, cameo"
    ).fetchall()


def two_reports():
    """The same visit reported by two publishers, one with a second sentence about it."""
    a, b = make_doc("a", publisher="Wire A"), make_doc("b", publisher="Wire B")
    return [
        (a, [make_event("a", "RUS", "CHN", "042", sentence_index=0),
             make_event("a", "RUS", "CHN", "042", sentence_index=3),
             make_event("a", "RUS", "UKR", "190", sentence_index=1)]),
        (b, [make_event("b", "RUS", "CHN", "042", sentence_index=2)]),
    ]


def test_same_key_is_one_event_with_counts(con):
    result = write_batch(con, two_reports())
    assert (result.stored, result.replaced, result.unchanged, result.mentions) == (2, 0, 0, 4)
    assert event_rows(con) == [("RUS", "CHN", "042", 3, 2, 2), ("RUS", "UKR", "190", 1, 1, 1)]
    docs = con.execute("SELECT doc_id, publisher, num_events, date FROM documents ORDER BY doc_id").fetchall()
    assert [(d[0], d[1], d[2]) for d in docs] == [("a", "Wire A", 3), ("b", "Wire B", 1)]
    row = con.execute("SELECT first_doc_id, first_sentence, is_root, url FROM events WHERE cameo = '042'").fetchone()
    assert row == ("a", 0, True, "https://example.org/a")


def test_rewriting_the_same_documents_changes_nothing(con):
    write_batch(con, two_reports())
    before = snapshot(con)
    result = write_batch(con, two_reports())
    assert (result.stored, result.replaced, result.unchanged, result.mentions) == (0, 0, 2, 0)
    assert snapshot(con) == before


def test_changed_text_replaces_mentions_and_recounts(con):
    write_batch(con, two_reports())
    changed = make_doc("a", text="a corrected text", publisher="Wire A")
    result = write_batch(con, [(changed, [make_event("a", "CHN", "RUS", "057")])])
    assert (result.stored, result.replaced) == (0, 1)
    # the old mentions of "a" are gone: RUS->UKR disappears, RUS->CHN visit keeps only b's mention
    assert event_rows(con) == [("CHN", "RUS", "057", 1, 1, 1), ("RUS", "CHN", "042", 1, 1, 1)]
    assert con.execute("SELECT count(*) FROM mentions WHERE doc_id = 'a'").fetchone() == (1,)
    assert con.execute("SELECT text_hash <> '' , num_events FROM documents WHERE doc_id = 'a'").fetchone() == (
        True, 1)


def test_same_publisher_counts_one_source(con):
    a, b = make_doc("a", publisher="Wire"), make_doc("b", publisher="Wire")
    write_batch(con, [(a, [make_event("a", "RUS", "CHN", "042")]), (b, [make_event("b", "RUS", "CHN", "042")])])
    assert event_rows(con) == [("RUS", "CHN", "042", 2, 2, 1)]


def test_last_version_of_a_duplicated_id_wins(con):
    first = (make_doc("a", text="one"), [make_event("a", "RUS", "CHN", "042")])
    second = (make_doc("a", text="two"), [make_event("a", "RUS", "CHN", "057")])
    result = write_batch(con, [first, second])
    assert result.stored == 1
    assert [row[2] for row in event_rows(con)] == ["057"]


def test_negated_and_hypothetical_mentions_are_kept_but_not_counted(con):
    doc = make_doc("a")
    write_batch(con, [(doc, [make_event("a", "RUS", "CHN", "042"),
                             make_event("a", "RUS", "CHN", "190", negated=True, modality="negated"),
                             make_event("a", "CHN", "RUS", "138", modality="hypothetical")])])
    assert con.execute("SELECT count(*) FROM mentions").fetchone() == (3,)
    assert [row[2] for row in event_rows(con)] == ["042"]


def test_event_date_falls_back_to_document_date(con):
    doc = make_doc("a", date="2023-01-02")
    write_batch(con, [(doc, [make_event("a", "RUS", None, "042", date=None),
                             make_event("a", "RUS", None, "042", date="2023-01-05T10:00:00")])])
    rows = con.execute("SELECT date::VARCHAR, target, num_mentions FROM events ORDER BY date").fetchall()
    assert rows == [("2023-01-02", None, 1), ("2023-01-05", None, 1)]
    ids = {r[0] for r in con.execute("SELECT event_id FROM mentions").fetchall()}
    assert ids == {event_id(parse_day("2023-01-02"), "RUS", None, "042"),
                   event_id(parse_day("2023-01-05"), "RUS", None, "042")}


def test_all_event_fields_are_stored(con):
    event = dataclasses.replace(make_event("a", "RUS", "CHN", "042"), extra=(("note", "x"),),
                                source_sector="GOV", url="https://e/1")
    write_batch(con, [(make_doc("a"), [event])])
    row = con.execute("SELECT * FROM mentions").df().iloc[0]
    for name in ("sentence", "trigger", "source", "source_sector", "cameo", "plover", "rule", "confidence"):
        assert row[name] == getattr(event, name), name
    assert json.loads(row["extra"]) == {"note": "x"}
    assert row["url"] == "https://e/1"


def test_failing_batch_rolls_back_everything(con, monkeypatch):
    write_batch(con, two_reports())
    before = snapshot(con)

    def broken(connection):
        connection.execute("DELETE FROM events")  # half done when it fails
        raise RuntimeError("disk full")

    monkeypatch.setattr(writer, "refresh_events", broken)
    changed = make_doc("a", text="new text")
    with pytest.raises(RuntimeError, match="disk full"):
        write_batch(con, [(changed, [make_event("a", "USA", "CHN", "111")]), (make_doc("c"), [])])
    assert snapshot(con) == before
    monkeypatch.undo()
    # the connection is still usable and the retried batch lands exactly once
    result = write_batch(con, [(changed, [make_event("a", "USA", "CHN", "111")]), (make_doc("c"), [])])
    assert (result.stored, result.replaced) == (1, 1)
    assert ("USA", "CHN", "111", 1, 1, 1) in event_rows(con)


def test_event_id_is_stable_and_positive():
    day = parse_day("2024-05-16")
    assert event_id(day, "RUS", "CHN", "042") == event_id(day, "RUS", "CHN", "042")
    assert event_id(day, "RUS", "CHN", "042") != event_id(day, "CHN", "RUS", "042")
    assert 0 <= event_id(None, None, None, "01") < 2**63
    assert parse_day("not a date") is None
