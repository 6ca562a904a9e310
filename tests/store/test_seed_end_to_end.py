"""Acceptance: the seed article through the real pipeline, into the store, out through the queries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from multipolar.analysis.queries import blocs, relations
from multipolar.cli import app
from multipolar.store.database import open_db
from tests.conftest import shared_file

pytestmark = pytest.mark.slow

SEED = "seed/000_f2308b668f01e3ab.txt"


def ingest(feed: Path, db: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(feed), "--db", str(db), "-j", "1"])
    assert result.exit_code == 0, result.output


def state(db: Path) -> tuple[list, list]:
    con = open_db(db, read_only=True)
    try:
        events = con.execute(
            "SELECT event_id, num_mentions, num_documents, num_sources FROM events ORDER BY event_id").fetchall()
        keys = con.execute(
            "SELECT date, source, target, cameo, count(*) FROM events GROUP BY ALL HAVING count(*) > 1").fetchall()
    finally:
        con.close()
    return events, keys


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> Path:
    text = shared_file(SEED).read_text(encoding="utf-8")
    tmp = tmp_path_factory.mktemp("seed")
    feed = tmp / "feed.jsonl"
    records = [{"id": "seed-1", "text": text, "date": "2024-05-16", "publisher": "Wire One"},
               {"id": "seed-2", "text": text, "date": "2024-05-16", "publisher": "Wire Two"}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp / "seed.duckdb"
    ingest(feed, db)
    first = state(db)
    ingest(feed, db)  # the same feed again
    assert state(db) == first
    return db


def test_each_event_once_with_two_sources(seed_db):
    events, duplicated_keys = state(seed_db)
    assert events, "the coder produced no events for the seed"
    assert duplicated_keys == []
    assert all(documents == 2 and sources == 2 for _, _, documents, sources in events)


def test_seed_relations_and_blocs(seed_db):
    allies = relations(seed_db, "rus", "chn")
    assert allies["goldstein_mean"] > 0
    assert allies["evidence"] and allies["evidence"][0]["sentences"]
    assert {s["doc_id"] for e in allies["evidence"] for s in e["sentences"]} <= {"seed-1", "seed-2"}
    assert relations(seed_db, "CHN", "WST")["goldstein_mean"] < 0
    frame = blocs(seed_db)
    bloc = dict(zip(frame["actor"], frame["bloc"], strict=True))
    assert bloc["RUS"] == bloc["CHN"]
    assert bloc.get("WST") != bloc["RUS"] and bloc.get("UKR") != bloc["RUS"]
