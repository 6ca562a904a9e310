"""A model-free coder and a runner of ``multipolar ingest`` with it, for reliability tests.

``TripletCoder`` codes every "AAA 123 BBB" triple of a text (source, CAMEO code, target) as an
event, so tests exercise the real reading, ingest and store path without loading spaCy's model.
Run as a script (``python -m tests.reliability.fakes ARGS``) it is ``multipolar ingest ARGS`` with that
coder; ``FAKE_CODER_DELAY`` (seconds per document) slows it down, and ``FAKE_INGEST_KILL_AT``
(seconds after start-up) makes the process SIGKILL itself then: at a random point of a test's
choosing, whatever it is doing (coding, writing, committing).
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


class TripletCoder:
    """Codes "AAA 123 BBB" triples; ``delay`` seconds per document."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay

    def __call__(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        for doc in documents:
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
    commands._coder = lambda jobs: TripletCoder(delay)
    kill_at = os.environ.get("FAKE_INGEST_KILL_AT")
    if kill_at:
        timer = threading.Timer(float(kill_at), os.kill, (os.getpid(), signal.SIGKILL))
        timer.daemon = True
        timer.start()
    app(["ingest", *argv])


if __name__ == "__main__":
    main(sys.argv[1:])
