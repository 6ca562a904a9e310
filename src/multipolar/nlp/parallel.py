"""Run a per-process pipeline over batches of documents on all cores.

spaCy's own ``n_process`` ships Docs between processes through msgpack, which cannot carry
multipolar's typed records; so each worker builds its pipeline once and returns plain records.
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from spacy.language import Language

from multipolar.records import Document

T = TypeVar("T")

_worker_state: dict[str, Any] = {}


def _init_worker(build: Callable[[], Language], handle: Callable[[Language, list[Document], int], Any]) -> None:
    _worker_state["nlp"] = build()
    _worker_state["handle"] = handle
    # the pipeline (and what the worker inherited) lives as long as the worker: out of the collector's
    # reach, a full collection no longer walks its hundreds of thousands of objects while documents are coded
    gc.freeze()


def _run_batch(batch: list[Document], batch_size: int) -> Any:
    return _worker_state["handle"](_worker_state["nlp"], batch, batch_size)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` items."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def map_batches(
    build: Callable[[], Language],
    handle: Callable[[Language, list[Document], int], list[T]],
    documents: Iterable[Document],
    n_process: int,
    batch_size: int = 64,
) -> Iterator[T]:
    """Apply ``handle(nlp, batch, batch_size)`` to batches of documents, in order.

    With ``n_process == 1`` everything runs here; otherwise ``n_process`` workers each build
    ``nlp`` once (``build`` and ``handle`` must be picklable module-level functions). At most
    two batches per worker are in flight, so memory stays flat on long feeds.
    """
    if n_process <= 1:
        nlp = build()
        for batch in batched(documents, batch_size):
            yield from handle(nlp, batch, batch_size)
        return
    chunk = max(1, batch_size) * 4
    with ProcessPoolExecutor(n_process, initializer=_init_worker, initargs=(build, handle)) as pool:
        pending: list[Future[list[T]]] = []
        for batch in batched(documents, chunk):
            pending.append(pool.submit(_run_batch, batch, batch_size))
            if len(pending) >= 2 * n_process:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()
