"""Read inputs, code them with the pipeline and store them: the engine shared by every front end."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path

import duckdb

from multipolar.api import code_documents
from multipolar.ingest import DEFAULT_MAX_DOC_CHARS, DocumentStream
from multipolar.nlp.parallel import batched
from multipolar.nlp.pipeline import PipelineConfig
from multipolar.records import Document
from multipolar.store import lake
from multipolar.store.ingest import Coder, Connector, IngestStats, Report, ingest
from multipolar.store.writer import coded_tables


def document_coder(jobs: int) -> Coder:
    """A coder that runs the pipeline on ``jobs`` processes (0 = all cores)."""
    return partial(code_documents, config=PipelineConfig(n_process=jobs))


def _document_stream(paths: Sequence[str], feeds: Sequence[str], default_date: str | None, max_doc_chars: int,
                     report: Report) -> DocumentStream:
    """The documents of ``paths`` and ``feeds``; read errors and notes go to ``report``."""
    return DocumentStream(list(paths), default_date, on_error=lambda error: report(f"error: {error}"),
                          on_line=report, max_doc_chars=max_doc_chars, feeds=list(feeds))


def ingest_paths(
    con: duckdb.DuckDBPyConnection | Connector,
    paths: Sequence[str],
    coder: Coder,
    batch_size: int = 500,
    report: Report = print,
    progress: Callable[[IngestStats], None] | None = None,
    default_date: str | None = None,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    feeds: Sequence[str] = (),
    recode: bool = True,
) -> IngestStats:
    """Read ``paths`` (files, directories, ``-``) and ``feeds`` (RSS/Atom URLs or files), code what is
    new, changed or stored by another coder (unless ``recode=False``) and store it batch by batch.

    Reading follows :class:`multipolar.ingest.DocumentStream`'s rules (one line per bad input,
    repeated ids, undated documents, ``max_doc_chars``); ``con`` is a connection or a connector.
    """
    stream = _document_stream(paths, feeds, default_date, max_doc_chars, report)
    stats = ingest(con, stream, coder, batch_size=batch_size, report=report, progress=progress, recode=recode)
    stats.read_errors += stream.counts.errors
    stats.read_notes = stream.counts.notes()
    return stats


def ingest_jsonl(
    con: duckdb.DuckDBPyConnection | Connector,
    text: str,
    coder: Coder,
    name: str = "request",
    report: Report = print,
) -> IngestStats:
    """Code and store the documents of a JSON Lines text (one ``{"id", "text", ...}`` object a line)."""
    from multipolar.ingest.readers import ReadWarning, read_jsonl_lines

    def items() -> Iterator[object]:
        for item in read_jsonl_lines(text.splitlines(), name, None):
            if isinstance(item, ReadWarning):
                report(f"warning: {item}")
            else:
                yield item

    return ingest(con, items(), coder, report=report)


def ingest_paths_to_lake(
    root: Path,
    paths: Sequence[str],
    coder: Coder,
    batch_size: int = 500,
    report: Report = print,
    progress: Callable[[IngestStats], None] | None = None,
    default_date: str | None = None,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    feeds: Sequence[str] = (),
) -> IngestStats:
    """Read and code ``paths`` here and write one raw lake part per batch (``multipolar lake compact`` groups them).

    Reading follows the same :class:`multipolar.ingest.DocumentStream` rules as :func:`ingest_paths`
    (repeated ids within the run, dates, ``max_doc_chars``); ids are not checked against parts
    already in the lake.
    """
    lake.init_lake(root)
    stats = IngestStats()
    stream = _document_stream(paths, feeds, default_date, max_doc_chars, report)
    run = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:8]

    def counted(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            stats.read += 1
            yield document

    for seq, batch in enumerate(batched(coder(counted(stream)), max(1, batch_size))):
        docs, mentions = coded_tables(batch)
        lake.write_part(root, f"part-{run}-{seq:08d}", docs, mentions)
        stats.coded += len(batch)
        stats.stored += docs.num_rows
        stats.mentions += mentions.num_rows
        stats.events += sum(len(events) for _, events in batch)
        stats.read_errors = stream.counts.errors
        if progress is not None:
            progress(stats)
    stats.read_errors = stream.counts.errors
    stats.read_notes = stream.counts.notes()
    return stats
