"""Drive an ingest on a Dask cluster: slices out, rows back into the store (or parts into a lake).

Per slice, two tasks: read it on a worker and send back the (id, text hash) pairs so the client
can skip documents stored unchanged (as a local ingest does), then read it again and code the
rest on whichever worker is free (reading is cheap next to parsing; tasks without inputs balance
freely and are rerun anywhere). Results are written in slice order, one transaction per batch, with the
store's own writer, so the store ends as a local ingest of the same inputs leaves it.

A worker that dies takes no batch with it: the scheduler reruns its tasks elsewhere, and a batch
reaches the store only once, when its result arrives. A batch that still fails (it kills every
worker it lands on, say) is reported and not stored, like a failing batch in a local ingest.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from distributed import Client, Future, as_completed
from multipolar.distributed.worker import (
    CodedBatch,
    CoderFactory,
    CoderPlugin,
    batch_keys,
    code_batch,
    code_to_lake,
)
from multipolar.ingest.readers import ReadError
from multipolar.ingest.slices import Slice, plan_slices
from multipolar.store import lake
from multipolar.store.ingest import IngestStats, Report
from multipolar.store.writer import stored_hashes, write_tables


@dataclass
class _Job:
    seq: int
    piece: Slice
    keys: Future | None = None
    coded: Future | None = None
    result: CodedBatch | None = None
    error: str | None = None
    size: int = 0


@dataclass
class DaskIngest:
    """One run: where rows go (``con``, or workers write parts into ``lake_dir``) and its counts."""

    client: Client
    con: duckdb.DuckDBPyConnection | None = None
    lake_dir: Path | None = None
    report: Report = print
    progress: Callable[[IngestStats], None] | None = None
    in_flight: int = 0  # slices at once (0 = three per worker thread)
    stats: IngestStats = field(default_factory=IngestStats)

    def __post_init__(self) -> None:
        self.run = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:8]
        if not self.in_flight:
            self.in_flight = 3 * max(1, sum(self.client.nthreads().values()))

    def _submit(self, seq: int, piece: Slice) -> _Job:
        job = _Job(seq, piece)
        if self.lake_dir is not None:
            job.coded = self.client.submit(code_to_lake, piece, str(self.lake_dir), f"part-{self.run}-{seq:08d}",
                                           key=f"mp-lake-{self.run}-{seq}")
        else:
            job.keys = self.client.submit(batch_keys, piece, key=f"mp-keys-{self.run}-{seq}")
        return job

    def _code(self, job: _Job) -> None:
        """The keys are back: skip what is stored unchanged, code the rest where the batch was read."""
        assert self.con is not None and job.keys is not None
        keys, _errors = job.keys.result()
        known = stored_hashes(self.con, [doc_id for doc_id, _ in keys])
        skip = frozenset(doc_id for doc_id, digest in keys if known.get(doc_id) == digest)
        job.size = len(keys)
        self.stats.read += len(keys)
        self.stats.skipped += len(skip)
        job.coded = self.client.submit(code_batch, job.piece, skip, key=f"mp-code-{self.run}-{job.seq}")

    def _store(self, job: _Job) -> None:
        """Write a finished batch (in slice order) and count it."""
        if job.error is not None:
            self.stats.failed_batches += 1
            self.stats.failed_documents += job.size
            self.report(f"error: batch {_describe(job.piece)} not stored: {job.error}")
            return
        result = job.result
        assert result is not None
        for line in result.errors:
            self.stats.read_errors += 1
            self.report(f"error: {line}")
        self.stats.coded += result.coded
        self.stats.events += result.events
        if self.lake_dir is not None:
            self.stats.read += result.coded
            self.stats.stored += result.coded
            self.stats.mentions += result.n_mentions
            return
        assert self.con is not None
        try:
            assert result.docs is not None and result.mentions is not None
            self.stats.add(write_tables(self.con, result.docs, result.mentions))
        except Exception as exc:
            self.stats.failed_batches += 1
            self.stats.failed_documents += result.coded
            self.report(f"error: batch {_describe(job.piece)} not stored: {exc}")

    def run_slices(self, pieces: Iterable[Slice | ReadError]) -> IngestStats:
        """Code and store every slice, at most ``in_flight`` at once; returns the counts."""
        planned: Iterator[Slice | ReadError] = iter(pieces)
        pending: dict[object, _Job] = {}  # future key -> its job
        done: dict[int, _Job] = {}  # finished, waiting for the batches before them
        watch = as_completed()
        submitted = written = 0
        exhausted = False
        while True:
            while not exhausted and submitted - written < self.in_flight:
                piece = next(planned, None)
                if piece is None:
                    exhausted = True
                elif isinstance(piece, ReadError):
                    self.stats.read_errors += 1
                    self.report(f"error: {piece}")
                else:
                    job = self._submit(submitted, piece)
                    submitted += 1
                    first = job.keys if job.keys is not None else job.coded
                    assert first is not None
                    pending[first.key] = job
                    watch.add(first)
            if exhausted and written == submitted:
                return self.stats
            future = next(watch)
            job = pending.pop(future.key)
            if future is job.keys:
                try:
                    self._code(job)
                except Exception as exc:
                    job.error = _reason(exc)
                else:
                    assert job.coded is not None
                    pending[job.coded.key] = job
                    watch.add(job.coded)
                    continue
            else:
                try:
                    job.result = future.result()
                except Exception as exc:
                    job.error = _reason(exc)
            job.keys = job.coded = None  # free the workers' copies
            done[job.seq] = job
            while written in done:
                self._store(done.pop(written))
                written += 1
                if self.progress is not None:
                    self.progress(self.stats)

    def run_paths(self, paths: Iterable[str], batch_size: int) -> IngestStats:
        """Plan slices of ``paths`` (the workers read the files) and run them."""
        return self.run_slices(plan_slices(paths, batch_size))


def _describe(piece: Slice) -> str:
    from multipolar.ingest.slices import FeedUrl, FileList, JsonlSlice

    if isinstance(piece, FeedUrl):
        return piece.url
    if isinstance(piece, JsonlSlice):
        return f"{piece.path} from line {piece.first_line}"
    if isinstance(piece, FileList):
        return f"{piece.paths[0]} .. {piece.paths[-1]} ({len(piece.paths)} files)"
    return f"of {len(piece.documents)} documents from standard input"


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


class WorkerSetupError(RuntimeError):
    """The workers could not build the coder (no spaCy model there, say)."""


def register_coder(client: Client, factory: CoderFactory) -> None:
    """Build the coder on every worker now (and on workers that join or restart later)."""
    try:
        client.register_plugin(CoderPlugin(factory), name=CoderPlugin.name)
    except Exception as exc:
        raise WorkerSetupError(f"the Dask workers could not build the multipolar pipeline: {_reason(exc)}") from None


def dask_ingest(
    client: Client,
    paths: Iterable[str],
    factory: CoderFactory,
    con: duckdb.DuckDBPyConnection | None = None,
    lake_dir: Path | None = None,
    batch_size: int = 500,
    report: Report = print,
    progress: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Ingest ``paths`` on the cluster behind ``client`` into the store ``con`` or the lake ``lake_dir``."""
    if (con is None) == (lake_dir is None):
        raise ValueError("give a store connection or a lake directory, not both")
    if lake_dir is not None:
        lake.init_lake(lake_dir)
    register_coder(client, factory)
    run = DaskIngest(client, con=con, lake_dir=lake_dir, report=report, progress=progress)
    return run.run_paths(paths, batch_size)
