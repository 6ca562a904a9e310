"""Drive an ingest on a Dask cluster: slices out, rows back into the store (or parts into a lake).

Per slice, two tasks: read it on a worker and send back each document's key (id, text hash, origin,
undated) and the reading errors and warnings, so the client applies the reading rules of
:class:`multipolar.ingest.DocumentStream` in input order (one line per bad input, repeated ids
skipped or kept as ``ID~N``, undated counted; ``--date`` and ``--max-doc-chars`` apply on the
workers) and skips documents stored unchanged by the current coder (as a local ingest does: the
same text stored by another coder is recoded, or kept with ``recode=False``; the workers stamp
the rows with their own coder's stamp); then read it again and
code the planned documents on whichever worker is free (reading is cheap next to parsing; tasks without inputs balance
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
from multipolar.coder_stamp import coder_stamp
from multipolar.distributed.worker import (
    CodedBatch,
    CoderFactory,
    CoderPlugin,
    ReadRules,
    SliceKey,
    batch_keys,
    code_batch,
    code_to_lake,
)
from multipolar.ingest.readers import ReadError, ReadWarning
from multipolar.ingest.repeats import RepeatedIds
from multipolar.ingest.slices import Slice, plan_slices
from multipolar.ingest.stream import DEFAULT_MAX_DOC_CHARS, ReadCounts
from multipolar.store import lake
from multipolar.store.ingest import Connector, IngestStats, Report, connector
from multipolar.store.writer import stored_codings, write_tables


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
    """One run: where rows go (``con``, a connection or a connector opened per batch, or workers write
    parts into ``lake_dir``), the reading options, and its counts."""

    client: Client
    con: duckdb.DuckDBPyConnection | Connector | None = None
    lake_dir: Path | None = None
    report: Report = print
    progress: Callable[[IngestStats], None] | None = None
    in_flight: int = 0  # slices at once (0 = three per worker thread)
    rules: ReadRules = field(default_factory=ReadRules)
    stats: IngestStats = field(default_factory=IngestStats)
    counts: ReadCounts = field(default_factory=ReadCounts)
    repeats: RepeatedIds = field(default_factory=RepeatedIds)
    stamp: str = field(default_factory=coder_stamp)  # the current coder: its codings are not redone
    recode: bool = True  # code again the same text stored by another coder

    def __post_init__(self) -> None:
        self.run = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:8]
        if not self.in_flight:
            self.in_flight = 3 * max(1, sum(self.client.nthreads().values()))
        self.connect = None if self.con is None else connector(self.con)

    def _submit(self, seq: int, piece: Slice) -> _Job:
        job = _Job(seq, piece)
        job.keys = self.client.submit(batch_keys, piece, self.rules, key=f"mp-keys-{self.run}-{seq}")
        return job

    def _read_error(self, error: ReadError) -> None:
        self.counts.errors += 1
        self.counts.too_long += "over --max-doc-chars" in error.message
        self.stats.read_errors = self.counts.errors
        self.report(f"error: {error}")

    def _plan(self, items: list[SliceKey | ReadError | ReadWarning]) -> tuple[dict[int, str], dict[int, str]]:
        """The stream's rules over a slice's keys, in input order: (position → id to store, position → digest)."""
        plan: dict[int, str] = {}
        digests: dict[int, str] = {}
        index = -1  # position among the slice's documents
        for item in items:
            if isinstance(item, ReadError):
                self._read_error(item)
                continue
            if isinstance(item, ReadWarning):
                self.counts.warnings += 1
                self.report(f"warning: {item}")
                continue
            index += 1
            doc_id = item.doc_id
            outcome = self.repeats.check_key(item.doc_id, item.digest, item.origin)
            if outcome is not None:
                new_id, message = outcome
                self.report(f"warning: {message}")
                if new_id is None:
                    self.counts.repeats_skipped += 1
                    continue
                self.counts.versions += 1
                doc_id = new_id
            self.counts.undated += item.undated
            self.counts.read += 1
            plan[index] = doc_id
            digests[index] = item.digest
        return plan, digests

    def _code(self, job: _Job) -> None:
        """The keys are back (in slice order): apply the reading rules, skip what is stored unchanged, and
        code the rest where the batch was read (or let the worker write it into the lake)."""
        assert job.keys is not None
        plan, digests = self._plan(job.keys.result())
        job.size = len(plan)
        self.stats.read += len(plan)
        if self.lake_dir is not None:
            job.coded = self.client.submit(code_to_lake, job.piece, plan, str(self.lake_dir),
                                           f"part-{self.run}-{job.seq:08d}", self.rules,
                                           key=f"mp-lake-{self.run}-{job.seq}")
            return
        assert self.connect is not None
        with self.connect() as con:
            known = stored_codings(con, list(plan.values()))
        skipped: set[int] = set()
        for index, doc_id in plan.items():
            stored = known.get(doc_id)
            if stored is not None and stored.is_current(digests[index], self.stamp):
                self.stats.skipped += 1
                skipped.add(index)
            elif stored is not None and stored.text_hash == digests[index] and not self.recode:
                self.stats.kept += 1
                skipped.add(index)
        todo = {index: doc_id for index, doc_id in plan.items() if index not in skipped}
        job.coded = self.client.submit(code_batch, job.piece, todo, self.rules, key=f"mp-code-{self.run}-{job.seq}")

    def _store(self, job: _Job) -> None:
        """Write a finished batch (in slice order) and count it."""
        if job.error is not None:
            self.stats.failed_batches += 1
            self.stats.failed_documents += job.size
            self.report(f"error: batch {_describe(job.piece)} not stored: {job.error}")
            return
        result = job.result
        assert result is not None
        self.stats.coded += result.coded
        self.stats.events += result.events
        if self.lake_dir is not None:
            self.stats.stored += result.coded
            self.stats.mentions += result.n_mentions
            return
        assert self.connect is not None
        try:
            assert result.docs is not None and result.mentions is not None
            with self.connect() as con:
                self.stats.add(write_tables(con, result.docs, result.mentions))
        except Exception as exc:
            self.stats.failed_batches += 1
            self.stats.failed_documents += result.coded
            self.report(f"error: batch {_describe(job.piece)} not stored: {exc}")

    def run_slices(self, pieces: Iterable[Slice | ReadError]) -> IngestStats:
        """Code and store every slice, at most ``in_flight`` at once; returns the counts."""
        planned: Iterator[Slice | ReadError] = iter(pieces)
        pending: dict[object, _Job] = {}  # future key -> its job
        keyed: dict[int, _Job] = {}  # keys back, waiting for the slices before them (the rules go in order)
        done: dict[int, _Job] = {}  # finished, waiting for the batches before them
        watch = as_completed()
        submitted = written = planned_up_to = 0
        exhausted = False
        while True:
            while not exhausted and submitted - written < self.in_flight:
                piece = next(planned, None)
                if piece is None:
                    exhausted = True
                elif isinstance(piece, ReadError):
                    self._read_error(piece)
                else:
                    job = self._submit(submitted, piece)
                    submitted += 1
                    assert job.keys is not None
                    pending[job.keys.key] = job
                    watch.add(job.keys)
            if exhausted and written == submitted:
                self.stats.read_errors = self.counts.errors
                self.stats.read_notes = self.counts.notes()
                return self.stats
            future = next(watch)
            job = pending.pop(future.key)
            if future is job.keys:
                keyed[job.seq] = job
                while planned_up_to in keyed:
                    ready = keyed.pop(planned_up_to)
                    planned_up_to += 1
                    try:
                        self._code(ready)
                    except Exception as exc:
                        ready.error = _reason(exc)
                        ready.keys = None
                        done[ready.seq] = ready
                    else:
                        assert ready.coded is not None
                        pending[ready.coded.key] = ready
                        watch.add(ready.coded)
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
        return self.run_slices(plan_slices(paths, batch_size, self.rules.default_date))


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
    con: duckdb.DuckDBPyConnection | Connector | None = None,
    lake_dir: Path | None = None,
    batch_size: int = 500,
    report: Report = print,
    progress: Callable[[IngestStats], None] | None = None,
    default_date: str | None = None,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    recode: bool = True,
) -> IngestStats:
    """Ingest ``paths`` on the cluster behind ``client`` into the store ``con`` or the lake ``lake_dir``
    (``recode=False``: keep documents stored with the same text by another coder)."""
    if (con is None) == (lake_dir is None):
        raise ValueError("give a store connection or a lake directory, not both")
    if lake_dir is not None:
        lake.init_lake(lake_dir)
    register_coder(client, factory)
    run = DaskIngest(client, con=con, lake_dir=lake_dir, report=report, progress=progress,
                     rules=ReadRules(default_date, max_doc_chars), recode=recode)
    return run.run_paths(paths, batch_size)
