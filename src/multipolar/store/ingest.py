"""Read, code and store documents batch by batch (the engine of ``multipolar ingest``)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import duckdb

from multipolar.records import Document, Event
from multipolar.store.writer import BatchResult, unchanged_filter, write_batch

Coder = Callable[[Iterable[Document]], Iterable[tuple[Document, list[Event]]]]
Report = Callable[[str], None]


@dataclass
class IngestStats:
    """Counts of one ingest run."""

    read: int = 0  # documents read
    read_errors: int = 0  # inputs the readers could not turn into documents
    skipped: int = 0  # already stored with the same text: not coded again
    coded: int = 0  # documents coded
    events: int = 0  # event occurrences coded
    stored: int = 0  # new documents stored
    replaced: int = 0  # stored documents whose text changed
    unchanged: int = 0  # coded but found unchanged when written
    mentions: int = 0  # mentions written
    failed_batches: int = 0
    failed_documents: int = 0

    def add(self, result: BatchResult) -> None:
        self.stored += result.stored
        self.replaced += result.replaced
        self.unchanged += result.unchanged
        self.mentions += result.mentions

    def summary(self) -> str:
        text = (
            f"{self.read} documents read: {self.stored} stored, {self.replaced} replaced, "
            f"{self.skipped + self.unchanged} unchanged; {self.mentions} event mentions written"
        )
        if self.read_errors:
            text += f"; {self.read_errors} inputs unreadable"
        if self.failed_batches:
            text += f"; {self.failed_batches} batches ({self.failed_documents} documents) NOT stored"
        return text


def _new_or_changed(
    con: duckdb.DuckDBPyConnection,
    items: Iterable[object],
    stats: IngestStats,
    report: Report,
    chunk: int,
) -> Iterator[Document]:
    """Documents not stored yet with the same text; read errors are reported, one line each."""
    iterator = iter(items)
    while chunk_items := list(itertools.islice(iterator, chunk)):
        documents: list[Document] = []
        for item in chunk_items:
            if isinstance(item, Document):
                documents.append(item)
            else:  # multipolar.ingest.readers.ReadError (origin, message)
                stats.read_errors += 1
                report(f"error: {item}")
        stats.read += len(documents)
        fresh = unchanged_filter(con, documents)
        stats.skipped += len(documents) - len(fresh)
        yield from fresh


def ingest(
    con: duckdb.DuckDBPyConnection,
    items: Iterable[object],
    coder: Coder,
    batch_size: int = 500,
    report: Report = print,
    progress: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Code and store ``items`` (documents and read errors) in transactions of ``batch_size`` documents.

    A batch that fails to store is rolled back whole, reported, and the run goes on.
    """
    stats = IngestStats()
    batch: list[tuple[Document, list[Event]]] = []

    def flush() -> None:
        if not batch:
            return
        try:
            stats.add(write_batch(con, batch))
        except Exception as exc:
            stats.failed_batches += 1
            stats.failed_documents += len(batch)
            report(f"error: batch {batch[0][0].id} .. {batch[-1][0].id} ({len(batch)} documents) not stored: {exc}")
        batch.clear()

    documents = _new_or_changed(con, items, stats, report, chunk=max(1, batch_size))
    for document, events in coder(documents):
        batch.append((document, events))
        stats.coded += 1
        stats.events += len(events)
        if len(batch) >= batch_size:
            flush()
        if progress is not None:
            progress(stats)
    flush()
    if progress is not None:
        progress(stats)
    return stats
