"""What runs on the Dask workers: a plugin that builds the coder once per worker, and the batch tasks.

A batch is read where it runs (:func:`multipolar.ingest.slices.read_slice`), so the client ships
file names and byte ranges, not texts (standard input excepted); it comes back as the store's Arrow rows
(:func:`multipolar.store.writer.coded_tables`), or is written by the worker into a lake part.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import pyarrow as pa

from distributed import WorkerPlugin, get_worker
from multipolar.ingest.readers import ReadError, ReadWarning
from multipolar.ingest.slices import Slice, read_slice
from multipolar.ingest.stream import DEFAULT_MAX_DOC_CHARS, too_long
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


@dataclass(frozen=True)
class ReadRules:
    """The reading options the workers apply: ``--date`` and ``--max-doc-chars``."""

    default_date: str | None = None
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS


def read_checked(piece: Slice, rules: ReadRules) -> list[Document | ReadError | ReadWarning]:
    """A slice's items under the stream's rules: dated by ``--date`` (else the file name), too long → error."""
    items: list[Document | ReadError | ReadWarning] = []
    for item in read_slice(piece, rules.default_date):
        error = too_long(item, rules.max_doc_chars) if isinstance(item, Document) else None
        items.append(error or item)
    return items


@dataclass(frozen=True)
class SliceKey:
    """One document of a slice as the client's checks see it (the text stays on the worker)."""

    doc_id: str
    digest: str  # the store's text hash
    origin: str
    undated: bool


@dataclass
class CodedBatch:
    """What a batch task sends back: rows (or nothing, when the worker wrote a lake part) and counts."""

    docs: pa.Table | None = None
    mentions: pa.Table | None = None
    coded: int = 0
    events: int = 0
    n_mentions: int = 0


def batch_keys(piece: Slice, rules: ReadRules = ReadRules()) -> list[SliceKey | ReadError | ReadWarning]:
    """Task: read a slice and send back, in reading order, its documents' keys (id, text hash, origin,
    undated) and its reading errors and warnings, for the client's checks (repeated ids, stored unchanged)."""
    return [SliceKey(item.id, text_hash(item.text), item.origin or item.id, item.date is None)
            if isinstance(item, Document) else item for item in read_checked(piece, rules)]


def _code(piece: Slice, plan: dict[int, str], rules: ReadRules) -> CodedBatch:
    """Code the slice's documents named in ``plan`` (position among the slice's documents → id to store)."""
    plugin = _plugin()
    found = [item for item in read_checked(piece, rules) if isinstance(item, Document)]
    documents = [document if document.id == plan[index] else replace(document, id=plan[index])
                 for index, document in enumerate(found) if index in plan]
    with plugin.lock:
        assert plugin.coder is not None
        coded = list(plugin.coder(documents))
    docs, mentions = coded_tables(coded)
    return CodedBatch(docs=docs, mentions=mentions, coded=len(coded), events=sum(len(e) for _, e in coded),
                      n_mentions=mentions.num_rows)


def code_batch(piece: Slice, plan: dict[int, str], rules: ReadRules = ReadRules()) -> CodedBatch:
    """Task: read a slice and code the documents the client planned; the rows go back to the client.

    The slice is read again rather than passed from :func:`batch_keys`: reading costs little next
    to parsing, and a task without inputs can run on whichever worker is free.
    """
    return _code(piece, plan, rules)


def code_to_lake(
    piece: Slice, plan: dict[int, str], root: str, part: str, rules: ReadRules = ReadRules()
) -> CodedBatch:
    """Task: code a slice and write it as lake part ``part`` (a retried task rewrites the same part)."""
    result = _code(piece, plan, rules)
    assert result.docs is not None and result.mentions is not None
    if result.docs.num_rows:
        lake.write_part(Path(root), part, result.docs, result.mentions)
    result.docs = result.mentions = None
    return result
