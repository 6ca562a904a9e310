"""Run a per-process pipeline over batches of documents on all cores.

spaCy's own ``n_process`` ships Docs between processes through msgpack, which cannot carry
multipolar's typed records; so each worker has its own pipeline and returns plain records. Where
processes start by forking (Linux), the pipeline is built once here and the workers inherit it (its
pages are shared until written; a long-lived caller's cached pipeline starts each pool at no cost);
elsewhere each worker builds its own.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

from spacy.language import Language

from multipolar.records import Document

T = TypeVar("T")

_worker_state: dict[str, Any] = {}


def _init_worker(build: Callable[[], Language], handle: Callable[[Language, list[Document], int], Any]) -> None:
    _adopt_pipeline(build(), handle)


def _adopt_pipeline(nlp: Language, handle: Callable[[Language, list[Document], int], Any]) -> None:
    _worker_state["nlp"] = nlp
    _worker_state["handle"] = handle
    # the pipeline (and what the worker inherited) lives as long as the worker: out of the collector's
    # reach, a full collection no longer walks its hundreds of thousands of objects while documents are coded
    gc.freeze()


def _run_batch(batch: list[Document], batch_size: int) -> Any:
    return _worker_state["handle"](_worker_state["nlp"], batch, batch_size)


def fork_context() -> BaseContext | None:
    """The fork start method where it is this platform's default, else None (workers are then spawned)."""
    if multiprocessing.get_start_method(allow_none=False) != "fork":
        return None
    return multiprocessing.get_context("fork")


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

    With ``n_process == 1`` everything runs here; otherwise ``n_process`` workers run the batches:
    forked, they inherit ``nlp`` built here once; spawned, each builds its own (``build`` and
    ``handle`` must then be picklable module-level functions). At most two batches per worker are
    in flight, so memory stays flat on long feeds.
    """
    if n_process <= 1:
        nlp = build()
        for batch in batched(documents, batch_size):
            yield from handle(nlp, batch, batch_size)
        return
    chunk = max(1, batch_size) * 4
    context = fork_context()
    # a forked worker gets its arguments as inherited memory: nothing is pickled
    start: tuple[Callable[..., None], tuple[Any, ...]] = \
        (_adopt_pipeline, (build(), handle)) if context is not None else (_init_worker, (build, handle))
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=start[0], initargs=start[1]) as pool:
        pending: list[Future[list[T]]] = []
        for batch in batched(documents, chunk):
            pending.append(pool.submit(_run_batch, batch, batch_size))
            if len(pending) >= 2 * n_process:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()
