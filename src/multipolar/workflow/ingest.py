"""Read inputs, code them with the pipeline and store them: the engine shared by every front end."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial

import duckdb

from multipolar.api import code_documents
from multipolar.ingest import DEFAULT_MAX_DOC_CHARS, DocumentStream
from multipolar.nlp.pipeline import PipelineConfig
from multipolar.store.ingest import Coder, Connector, IngestStats, Report, ingest


def document_coder(jobs: int) -> Coder:
    """A coder that runs the pipeline on ``jobs`` processes (0 = all cores)."""
    return partial(code_documents, config=PipelineConfig(n_process=jobs))


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
) -> IngestStats:
    """Read ``paths`` (files, directories, ``-``) and ``feeds`` (RSS/Atom URLs or files), code what is
    new and store it batch by batch.

    Reading follows :class:`multipolar.ingest.DocumentStream`'s rules (one line per bad input,
    repeated ids, undated documents, ``max_doc_chars``); ``con`` is a connection or a connector.
    """
    stream = DocumentStream(list(paths), default_date, on_error=lambda error: report(f"error: {error}"),
                            on_line=report, max_doc_chars=max_doc_chars, feeds=list(feeds))
    stats = ingest(con, stream, coder, batch_size=batch_size, report=report, progress=progress)
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
