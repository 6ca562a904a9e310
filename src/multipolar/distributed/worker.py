"""What runs on the Dask workers: a plugin that builds the coder once per worker, and the batch tasks.

A batch is read where it runs (:func:`multipolar.ingest.slices.read_slice`), so the client ships
file names and byte ranges, not texts (standard input excepted); it comes back as the store's Arrow rows
(:func:`multipolar.store.writer.coded_tables`), or is written by the worker into a lake part.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyarrow as pa

from distributed import WorkerPlugin, get_worker
from multipolar.ingest.readers import ReadError
from multipolar.ingest.slices import Slice, read_slice
from multipolar.records import Document
from multipolar.store import lake
from multipolar.store.ingest import Coder
from multipolar.store.rows import text_hash
from multipolar.store.writer import coded_tables

PLUGIN_NAME = "multipolar-coder"

#: A picklable function that builds a coder; called once per worker.
CoderFactory = Callable[[], Coder]


def pipeline_coder(include_negated: bool = False, use_classifier: bool = True, batch_size: int = 64) -> Coder:
    """The multipolar pipeline in this process (built now, reused by every batch)."""
    from multipolar.api import code_documents, get_pipeline
    from multipolar.nlp.pipeline import PipelineConfig

    config = PipelineConfig(include_negated=include_negated, use_classifier=use_classifier,
                            batch_size=batch_size, n_process=1)
    get_pipeline(PipelineConfig(include_negated=include_negated, use_classifier=use_classifier))
    return partial(code_documents, config=config)


class CoderPlugin(WorkerPlugin):
    """Builds the coder when a worker starts (and when a restarted worker comes back).

    Batches on one worker are coded one at a time (a lock), so workers with several threads are safe.
    """

    name = PLUGIN_NAME

    def __init__(self, factory: CoderFactory) -> None:
        self.factory = factory
        self.coder: Coder | None = None
        self.ready_seconds = 0.0
        self.lock = threading.Lock()

    def setup(self, worker: object) -> None:
        start = time.perf_counter()
        self.coder = self.factory()
        self.ready_seconds = time.perf_counter() - start

    def __getstate__(self) -> dict[str, object]:
        return {"factory": self.factory}

    def __setstate__(self, state: dict[str, CoderFactory]) -> None:
        self.factory = state["factory"]
        self.coder = None
        self.ready_seconds = 0.0
        self.lock = threading.Lock()


def _plugin() -> CoderPlugin:
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, CoderPlugin) or plugin.coder is None:
        raise RuntimeError("the multipolar worker plugin is not registered on this worker")
    return plugin


def ready_seconds() -> float:
    """How long this worker's plugin took to build its coder."""
    return _plugin().ready_seconds


@dataclass
class CodedBatch:
    """What a batch task sends back: rows (or nothing, when the worker wrote a lake part) and counts."""

    docs: pa.Table | None = None
    mentions: pa.Table | None = None
    coded: int = 0
    events: int = 0
    n_mentions: int = 0
    errors: list[str] = field(default_factory=list)


def batch_keys(piece: Slice) -> tuple[list[tuple[str, str]], int]:
    """Task: read a slice and send back (id, text hash) of its documents, for the client's unchanged check.

    Also the number of read errors (reported later, by :func:`code_batch`).
    """
    items = read_slice(piece)
    keys = [(item.id, text_hash(item.text)) for item in items if isinstance(item, Document)]
    return keys, len(items) - len(keys)


def _code(piece: Slice, skip: frozenset[str]) -> CodedBatch:
    plugin = _plugin()
    items = read_slice(piece)
    documents = [item for item in items if isinstance(item, Document) and item.id not in skip]
    with plugin.lock:
        assert plugin.coder is not None
        coded = list(plugin.coder(documents))
    docs, mentions = coded_tables(coded)
    return CodedBatch(docs=docs, mentions=mentions, coded=len(coded), events=sum(len(e) for _, e in coded),
                      n_mentions=mentions.num_rows,
                      errors=[str(item) for item in items if isinstance(item, ReadError)])


def code_batch(piece: Slice, skip: frozenset[str] = frozenset()) -> CodedBatch:
    """Task: read a slice and code its documents not in ``skip``; the rows go back to the client.

    The slice is read again rather than passed from :func:`batch_keys`: reading costs little next
    to parsing, and a task without inputs can run on whichever worker is free.
    """
    return _code(piece, skip)


def code_to_lake(piece: Slice, root: str, part: str) -> CodedBatch:
    """Task: code a slice and write it as lake part ``part`` (a retried task rewrites the same part)."""
    result = _code(piece, frozenset())
    assert result.docs is not None and result.mentions is not None
    if result.docs.num_rows:
        lake.write_part(Path(root), part, result.docs, result.mentions)
    result.docs = result.mentions = None
    return result
