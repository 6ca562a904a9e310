"""Read, code and store documents batch by batch (the engine of ``multipolar ingest``).

The database is reached through a *connector*: a function returning a context manager of a
read-write connection. ``multipolar ingest`` passes :func:`~multipolar.store.database.write_connection`,
which holds DuckDB's file lock only while one batch is looked up or written (open → work → commit →
close), so queries and other ingests get in between batches. Each batch is one transaction: a
crash loses at most the batch being written, and a re-run codes and stores exactly what is missing.

An id already stored with another text is replaced by the new text, with one line saying so; an
id stored with the same text by the current coder (its coder stamp, :mod:`multipolar.coder_stamp`)
is not coded again (counted as unchanged); one stored with the same text by another or an unknown
coder is coded again (counted as recoded), unless ``recode=False``, which keeps it as it is
(counted as kept).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

import duckdb

from multipolar.coder_stamp import coder_stamp
from multipolar.records import Document, Event
from multipolar.store.rows import text_hash
from multipolar.store.writer import BatchResult, stored_codings, write_batch

Coder = Callable[[Iterable[Document]], Iterable[tuple[Document, list[Event]]]]
Report = Callable[[str], None]
Connector = Callable[[], AbstractContextManager[duckdb.DuckDBPyConnection]]


@dataclass
class IngestStats:
    """Counts of one ingest run."""

    read: int = 0  # documents read
    read_errors: int = 0  # inputs the readers could not turn into documents
    skipped: int = 0  # already stored with the same text (and coder): not coded again
    kept: int = 0  # stored with the same text by another coder, left as they are (recode=False)
    coded: int = 0  # documents coded
    events: int = 0  # event occurrences coded
    stored: int = 0  # new documents stored
    replaced: int = 0  # stored documents whose text changed
    recoded: int = 0  # stored with the same text by another coder: coded again
    unchanged: int = 0  # coded but found unchanged when written
    mentions: int = 0  # mentions written
    failed_batches: int = 0
    failed_documents: int = 0
    read_notes: list[str] = field(default_factory=list)  # summary fragments from reading (undated, repeats ...)

    def add(self, result: BatchResult) -> None:
        self.stored += result.stored
        self.replaced += result.replaced
        self.recoded += result.recoded
        self.unchanged += result.unchanged
        self.mentions += result.mentions

    def summary(self) -> str:
        text = (
            f"{self.read} documents read: {self.stored} stored, {self.replaced} replaced, "
            f"{self.recoded} recoded, {self.skipped + self.unchanged} unchanged; "
            f"{self.mentions} event mentions written"
        )
        if self.kept:
            text += (f"; {self.kept} coded by an older or unknown coder kept as they are "
                     "(`multipolar recode` updates them)")
        if self.read_errors:
            text += f"; {self.read_errors} inputs unreadable"
        if self.read_notes:
            text += "; " + ", ".join(self.read_notes)
        return text + self._failures()

    def recode_summary(self) -> str:
        """The summary line of ``multipolar recode``."""
        text = (f"{self.read} documents coded by another or an unknown coder: {self.recoded} recoded, "
                f"{self.skipped + self.unchanged} unchanged (current, or changed meanwhile); "
                f"{self.mentions} event mentions written")
        if self.read_errors:
            text += f"; {self.read_errors} without a stored text"
        return text + self._failures()

    def _failures(self) -> str:
        if self.failed_batches:
            return f"; {self.failed_batches} batches ({self.failed_documents} documents) NOT stored"
        return ""


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
    stamp: str,
    recode: bool,
) -> Iterator[Document]:
    """Documents not stored yet with the same text by the coder ``stamp`` (with ``recode=False``: with the
    same text by any coder); read errors and replacements are reported, one line each."""
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
            known = stored_codings(con, [doc.id for doc in documents])
        for document in documents:
            stored = known.get(document.id)
            digest = text_hash(document.text)
            if stored is not None and stored.is_current(digest, stamp):
                stats.skipped += 1
                continue
            if stored is not None and stored.text_hash == digest and not recode:
                stats.kept += 1
                continue
            if stored is not None and stored.text_hash != digest:
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
    stamp: str | None = None,
    recode: bool = True,
    recode_only: bool = False,
) -> IngestStats:
    """Code and store ``items`` (documents and read errors) in transactions of ``batch_size`` documents.

    ``con`` is an open connection (held throughout) or a connector (opened per batch). A batch that
    fails to store is rolled back whole, reported, and the run goes on. Rows are stamped ``stamp``
    (default: this process's :func:`~multipolar.coder_stamp.coder_stamp`); ``recode=False`` keeps
    documents stored with the same text by another coder instead of coding them again;
    ``recode_only`` writes nothing but recodings (see :func:`multipolar.store.recode.recode`).
    """
    connect = connector(con)
    stamp = stamp or coder_stamp()
    stats = IngestStats()
    batch: list[tuple[Document, list[Event]]] = []

    def flush() -> None:
        if not batch:
            return
        try:
            with connect() as connection:
                stats.add(write_batch(connection, batch, stamp, recode_only))
        except Exception as exc:
            stats.failed_batches += 1
            stats.failed_documents += len(batch)
            report(f"error: batch {batch[0][0].id} .. {batch[-1][0].id} ({len(batch)} documents) not stored: {exc}")
        batch.clear()

    documents = _new_or_changed(connect, items, stats, report, max(1, batch_size), stamp, recode)
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
