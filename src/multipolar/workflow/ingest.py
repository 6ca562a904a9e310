"""Read inputs, code them with the pipeline and store them: the engine shared by every front end."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path

import duckdb

from multipolar.api import code_documents
from multipolar.nlp.parallel import batched
from multipolar.nlp.pipeline import PipelineConfig
from multipolar.records import Document
from multipolar.store import lake
from multipolar.store.ingest import Coder, IngestStats, Report, ingest
from multipolar.store.writer import coded_tables


def document_coder(jobs: int) -> Coder:
    """A coder that runs the pipeline on ``jobs`` processes (0 = all cores)."""
    return partial(code_documents, config=PipelineConfig(n_process=jobs))


def ingest_paths(
    con: duckdb.DuckDBPyConnection,
    paths: Sequence[str],
    coder: Coder,
    batch_size: int = 500,
    report: Report = print,
    progress: Callable[[IngestStats], None] | None = None,
    feeds: Sequence[str] = (),
) -> IngestStats:
    """Read ``paths`` (files, directories, ``-``) and ``feeds`` (RSS/Atom URLs or files), code what is new
    and store it batch by batch."""
    import itertools

    from multipolar.ingest.readers import read_feeds, read_inputs

    items = itertools.chain(read_inputs(list(paths)), read_feeds(list(feeds)))
    return ingest(con, items, coder, batch_size=batch_size, report=report, progress=progress)


def ingest_jsonl(
    con: duckdb.DuckDBPyConnection,
    text: str,
    coder: Coder,
    name: str = "request",
    report: Report = print,
) -> IngestStats:
    """Code and store the documents of a JSON Lines text (one ``{"id", "text", ...}`` object a line)."""
    from multipolar.ingest.readers import read_jsonl_lines

    return ingest(con, read_jsonl_lines(text.splitlines(), name, None), coder, report=report)


def ingest_paths_to_lake(
    root: Path,
    paths: Sequence[str],
    coder: Coder,
    batch_size: int = 500,
    report: Report = print,
    progress: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Read and code ``paths`` here and write one raw lake part per batch (``multipolar lake compact`` groups them)."""
    from multipolar.ingest.readers import DocumentStream

    lake.init_lake(root)
    stats = IngestStats()
    stream = DocumentStream(list(paths), on_error=lambda error: report(f"error: {error}"))
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
        stats.read_errors = stream.errors
        if progress is not None:
            progress(stats)
    stats.read_errors = stream.errors
    return stats
