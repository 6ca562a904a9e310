"""Read inputs, code them with the pipeline and store them: the engine shared by every front end."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

import duckdb

from multipolar.api import code_documents
from multipolar.nlp.pipeline import PipelineConfig
from multipolar.store.ingest import Coder, IngestStats, Report, ingest


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
