"""A model-free coder and a runner of ``multipolar ingest`` with it, for reliability tests.

``TripletCoder`` codes every "AAA 123 BBB" triple of a text (source, CAMEO code, target) as an
event, so tests exercise the real reading, ingest and store path without loading spaCy's model.
Run as a script (``python -m tests.reliability.fakes ARGS``) it is ``multipolar ingest ARGS`` with that
coder; ``FAKE_CODER_DELAY`` (seconds per document) slows it down, ``FAKE_CODER_GATE`` (a file
holding a count of queries) makes it wait before every fourth document until a reader has run
queries since (see :class:`TripletCoder`), and ``FAKE_INGEST_KILL_AT`` (seconds after start-up)
makes the process SIGKILL itself then: at a random point of a test's choosing, whatever it is
doing (coding, writing, committing).
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb

from multipolar.records import Document, Event
from tests.store.factory import make_event

TRIPLE = re.compile(r"\b([A-Z]{3}) (\d{3}) ([A-Z]{3})\b")
CAMEOS = ("042", "057", "111", "173", "190")
COUNTRIES = ("RUS", "CHN", "UKR", "USA", "IRN", "ISR", "IND", "PAK")


#: Documents coded between two waits on the gate (the concurrency test's batch size), and the
#: longest wait for a reader (then coding goes on, and the test sees too few queries).
GATE_EVERY, GATE_TIMEOUT = 4, 60.0


def bump_gate(gate: Path, count: int) -> None:
    """Say that ``count`` queries have run (written whole, so a reader of the gate never sees half)."""
    part = gate.with_suffix(".part")
    part.write_text(str(count), encoding="utf-8")
    os.replace(part, gate)


def _gate_count(gate: Path) -> int:
    try:
        return int(gate.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0


class TripletCoder:
    """Codes "AAA 123 BBB" triples; ``delay`` seconds per document. With a ``gate`` file, before every
    :data:`GATE_EVERY`-th document it waits until the gate's query count has grown by two (the second
    query began after the wait did, so it saw every batch stored before it): queries are sure to run
    between this ingest's batches, however slow the machine."""

    def __init__(self, delay: float = 0.0, gate: Path | None = None) -> None:
        self.delay = delay
        self.gate = gate

    def _await_queries(self, gate: Path) -> None:
        wanted = _gate_count(gate) + 2
        deadline = time.monotonic() + GATE_TIMEOUT
        while _gate_count(gate) < wanted and time.monotonic() < deadline:
            time.sleep(0.01)

    def __call__(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        for n, doc in enumerate(documents):
            if self.gate is not None and n and n % GATE_EVERY == 0:
                self._await_queries(self.gate)
            if self.delay:
                time.sleep(self.delay)
            events = [
                make_event(doc.id, m[1], m[3], m[2], date=doc.date, sentence_index=i, publisher=doc.publisher)
                for i, m in enumerate(TRIPLE.finditer(doc.text))
            ]
            yield doc, events


def triple_text(number: int) -> str:
    """A deterministic text with a few triples, different for each ``number``."""
    parts = []
    for k in range(1 + number % 3):
        a = COUNTRIES[(number + k) % len(COUNTRIES)]
        b = COUNTRIES[(number * 3 + k + 1) % len(COUNTRIES)]
        parts.append(f"Report {number}.{k}: {a} {CAMEOS[(number + 2 * k) % len(CAMEOS)]} {b}.")
    return " ".join(parts)


def write_feed(path: Path, count: int, start: int = 0, publishers: int = 3) -> list[str]:
    """A JSON Lines feed of ``count`` triple documents; returns their ids."""
    ids = []
    with path.open("w", encoding="utf-8") as out:
        for n in range(start, start + count):
            ids.append(f"doc-{n:05d}")
            record = {"id": ids[-1], "text": triple_text(n), "date": f"2024-05-{1 + n % 28:02d}",
                      "publisher": f"P{n % publishers}"}
            out.write(json.dumps(record) + "\n")
    return ids


def snapshot(db: Path | str) -> dict[str, list[tuple[object, ...]]]:
    """Everything an ingest stored, in a fixed order (ingest times and the file a document came from left out)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "documents": con.execute(
                "SELECT * EXCLUDE (ingested_at, origin) FROM documents ORDER BY doc_id").fetchall(),
            "mentions": con.execute("SELECT * FROM mentions ORDER BY doc_id, mention_index").fetchall(),
            "events": con.execute("SELECT * EXCLUDE (date_added) FROM events ORDER BY event_id").fetchall(),
            "duplicate_docs": con.execute(
                "SELECT doc_id FROM documents GROUP BY doc_id HAVING count(*) > 1").fetchall(),
        }
    finally:
        con.close()


def main(argv: list[str]) -> None:
    from multipolar.cli import app
    from multipolar.workflow import commands

    delay = float(os.environ.get("FAKE_CODER_DELAY", "0"))
    gate = Path(os.environ["FAKE_CODER_GATE"]) if os.environ.get("FAKE_CODER_GATE") else None
    commands._coder = lambda jobs: TripletCoder(delay, gate)
    kill_at = os.environ.get("FAKE_INGEST_KILL_AT")
    if kill_at:
        timer = threading.Timer(float(kill_at), os.kill, (os.getpid(), signal.SIGKILL))
        timer.daemon = True
        timer.start()
    app(["ingest", *argv])


if __name__ == "__main__":
    main(sys.argv[1:])
