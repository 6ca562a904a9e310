"""Crash safety: an ingest SIGKILLed at random points, then re-run, stores every document exactly once.

The ingest runs in a subprocess with the model-free triple coder (real reading, ingest and store
code); the process kills itself with SIGKILL after a random delay, while coding, writing or
committing. ``benchmarks/crash_ingest.py`` does the same with the real coder and 20 runs.
"""

from __future__ import annotations

import dataclasses
import os
import random
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest

from multipolar.store.database import open_db, write_connection
from multipolar.store.writer import write_batch
from multipolar.workflow.ingest import ingest_paths
from tests.reliability.fakes import TripletCoder, snapshot, write_feed
from tests.store.factory import make_doc, make_event

REPO = Path(__file__).resolve().parents[2]
DELAY = 0.02
BATCH = "3"


def _ingest(feed: Path, db: Path, kill_at: float | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FAKE_CODER_DELAY": str(DELAY)}
    if kill_at is not None:
        env["FAKE_INGEST_KILL_AT"] = f"{kill_at:.3f}"
    return subprocess.run([sys.executable, "-m", "tests.reliability.fakes", str(feed), "--db", str(db),
                           "--batch-size", BATCH], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_killed_ingests_rerun_to_the_same_store(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    ids = write_feed(feed, 36)
    reference = tmp_path / "reference.duckdb"
    start = time.monotonic()
    ingest_paths(partial(write_connection, reference), [str(feed)], TripletCoder(DELAY), batch_size=int(BATCH),
                 report=lambda line: None)
    work_s = time.monotonic() - start
    expected = snapshot(reference)
    assert len(expected["documents"]) == len(ids)
    rng = random.Random(11)
    partial_stores = 0
    for run in range(5):
        db = tmp_path / f"run{run}.duckdb"
        killed = _ingest(feed, db, kill_at=rng.uniform(0.0, 1.2 * work_s))
        assert killed.returncode in (0, -signal.SIGKILL)
        if db.exists() and killed.returncode != 0:
            partial_stores += 0 < len(snapshot(db)["documents"]) < len(ids)
        rerun = _ingest(feed, db)
        assert rerun.returncode == 0, rerun.stderr
        for result in (killed, rerun):
            assert "Traceback" not in result.stderr
        assert snapshot(db) == expected  # every document once, the same mentions and events
    assert partial_stores >= 1  # some kills did land between the first and the last commit


def test_events_do_not_depend_on_batching_or_order(tmp_path: Path) -> None:
    """A re-run stores batches in another order than an uninterrupted run; events must not notice."""
    coded = []
    for doc_id, sector, name, goldstein in [("a", "GOV", "Moscow", 1.1), ("b", "JRN", "Russia", 2.2),
                                            ("c", "LEG", "Kremlin", 3.3)]:
        event = dataclasses.replace(make_event(doc_id, "RUS", "CHN", "042"), source_sector=sector,
                                    source_text=name, goldstein=goldstein)
        coded.append((make_doc(doc_id), [event]))
    stored = []
    for name, batches in [("one", [coded]), ("reversed", [[pair] for pair in reversed(coded)]),
                          ("mixed", [[coded[1]], [coded[2], coded[0]]])]:
        db = tmp_path / f"{name}.duckdb"
        con = open_db(db)
        for batch in batches:
            write_batch(con, batch)
        con.close()
        stored.append(snapshot(db)["events"])
    assert stored[0] == stored[1] == stored[2]
    assert len(stored[0]) == 1
