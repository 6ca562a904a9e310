"""Read, code and store documents batch by batch (the engine of ``multipolar ingest``).

The database is reached through a *connector*: a function returning a context manager of a
read-write connection. ``multipolar ingest`` passes :func:`~multipolar.store.database.write_connection`,
which holds DuckDB's file lock only while one batch is looked up or written (open → work → commit →
close), so queries and other ingests get in between batches. Each batch is one transaction: a
crash loses at most the batch being written, and a re-run codes and stores exactly what is missing.

An id already stored with another text is replaced by the new text, with one line saying so; an
id stored with the same text is not coded again (counted as unchanged).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

import duckdb

from multipolar.records import Document, Event
from multipolar.store.rows import text_hash
from multipolar.store.writer import BatchResult, stored_hashes, write_batch

Coder = Callable[[Iterable[Document]], Iterable[tuple[Document, list[Event]]]]
Report = Callable[[str], None]
Connector = Callable[[], AbstractContextManager[duckdb.DuckDBPyConnection]]


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
    read_notes: list[str] = field(default_factory=list)  # summary fragments from reading (undated, repeats ...)

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
        if self.read_notes:
            text += "; " + ", ".join(self.read_notes)
        if self.failed_batches:
            text += f"; {self.failed_batches} batches ({self.failed_documents} documents) NOT stored"
        return text


def connector(con: duckdb.DuckDBPyConnection | Connector) -> Connector:
    """A connector for ``con``: a connection is held open and reused, a connector is used as is."""
    if isinstance(con, duckdb.DuckDBPyConnection):
        return lambda: nullcontext(con)
    return con


def _new_or_changed(
    connect: Connector,
    items: Iterable[object],
    stats: IngestStats,
    report: Report,
    chunk: int,
) -> Iterator[Document]:
    """Documents not stored yet with the same text; read errors and replacements are reported, one line each."""
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
        with connect() as con:
            known = stored_hashes(con, [doc.id for doc in documents])
        for document in documents:
            stored = known.get(document.id)
            if stored == text_hash(document.text):
                stats.skipped += 1
                continue
            if stored is not None:
                report(f"warning: {document.origin or document.id}: id {document.id!r} is already stored with a "
                       "different text: replaces the stored version")
            yield document


def ingest(
    con: duckdb.DuckDBPyConnection | Connector,
    items: Iterable[object],
    coder: Coder,
    batch_size: int = 500,
    report: Report = print,
    progress: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Code and store ``items`` (documents and read errors) in transactions of ``batch_size`` documents.

    ``con`` is an open connection (held throughout) or a connector (opened per batch). A batch that
    fails to store is rolled back whole, reported, and the run goes on.
    """
    connect = connector(con)
    stats = IngestStats()
    batch: list[tuple[Document, list[Event]]] = []

    def flush() -> None:
        if not batch:
            return
        try:
            with connect() as connection:
                stats.add(write_batch(connection, batch))
        except Exception as exc:
            stats.failed_batches += 1
            stats.failed_documents += len(batch)
            report(f"error: batch {batch[0][0].id} .. {batch[-1][0].id} ({len(batch)} documents) not stored: {exc}")
        batch.clear()

    documents = _new_or_changed(connect, items, stats, report, chunk=max(1, batch_size))
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
