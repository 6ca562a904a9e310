"""``multipolar ingest``: code documents and store documents, mentions and events in DuckDB (or a lake);
``multipolar recode``: code stored documents again with the current coder.

Exit codes: 0 every readable document stored (bad inputs are reported, one line each); 1 nothing
could be read, or some batch could not be stored; 2 usage error or unusable database (or Dask
scheduler); 3 the database stayed busy (locked by another process) for longer than ``--wait``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from multipolar.ingest import DEFAULT_MAX_DOC_CHARS
from multipolar.options import parse_date_option
from multipolar.store.database import (
    DEFAULT_DB,
    DEFAULT_WAIT,
    DatabaseBusyError,
    StoreError,
    open_db,
    write_connection,
)
from multipolar.store.ingest import IngestStats, Report
from multipolar.store.recode import recode
from multipolar.workflow.ingest import document_coder, ingest_paths, ingest_paths_to_lake

_coder = document_coder  # the coder factory (tests replace it)
_worker_coder: Callable[[], object] | None = None  # the Dask workers' coder factory (tests replace it)

Progressed = Callable[[IngestStats], None]


EXIT_BUSY = 3

#: Options ``ingest`` and ``recode`` share.
DbOption = Annotated[str, typer.Option("--db", help="DuckDB database file.")]
JobsOption = Annotated[int, typer.Option("--jobs", "-j", help="Coding processes (0 = all cores).")]
BatchSizeOption = Annotated[
    int, typer.Option("--batch-size", min=1, help="Documents per stored batch (one transaction each).")]
WaitOption = Annotated[
    float, typer.Option("--wait", min=0, help="Seconds to wait for another process's lock on the database.")]


def _fail(err: Console, problem: str | Exception) -> typer.Exit:
    """Print ``error: problem``; exit 3 for a busy database, else 2."""
    err.print(f"error: {problem}", markup=False, highlight=False)
    return typer.Exit(EXIT_BUSY if isinstance(problem, DatabaseBusyError) else 2)


@contextmanager
def _progress(err: Console) -> Iterator[tuple[Report, Progressed]]:
    columns = (
        SpinnerColumn(),
        TextColumn("{task.completed} documents"),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
        TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task("ingest", total=None, rate=0.0, events=0)

        def report(line: str) -> None:
            bar.console.print(line, markup=False, highlight=False)

        def progress(stats: IngestStats) -> None:
            done = stats.coded + stats.skipped
            elapsed = bar.tasks[task].elapsed or 0.0
            bar.update(task, completed=done, rate=done / elapsed if elapsed else 0.0, events=stats.events)

        yield report, progress


def _dask_run(
    err: Console, paths: list[str], scheduler: str, workers: int, db: str, lake: Path | None, batch_size: int,
    default_date: str | None, max_doc_chars: int, wait: float, recode_stale: bool,
) -> IngestStats:
    """``--scheduler``: code on a Dask cluster; the store (or the lake's parts) fill as batches return.

    The store is opened per batch (as a local ingest does), so readers get in between batches."""
    from multipolar.distributed import DaskNotInstalledError, require_dask

    try:
        require_dask()
    except DaskNotInstalledError as exc:
        raise _fail(err, str(exc)) from None
    from multipolar.distributed.cluster import SchedulerError, dashboard, open_client
    from multipolar.distributed.ingest import WorkerSetupError, dask_ingest
    from multipolar.distributed.worker import pipeline_coder

    factory = _worker_coder or pipeline_coder
    try:
        if lake is None:
            open_db(db, wait=wait).close()  # create the schema, or check it, before starting the cluster
        con = None if lake is not None else partial(write_connection, db, wait=wait)
        with open_client(scheduler, workers) as client:
            err.print(f"Dask dashboard: {dashboard(client)}", markup=False, highlight=False)
            with _progress(err) as (report, progress):
                return dask_ingest(client, paths, factory, con=con, lake_dir=lake,  # type: ignore[arg-type]
                                   batch_size=batch_size, report=report, progress=progress,
                                   default_date=default_date, max_doc_chars=max_doc_chars, recode=recode_stale)
    except (StoreError, SchedulerError, WorkerSetupError) as exc:
        raise _fail(err, exc) from None


def ingest_command(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files, directories or - (stdin): text, HTML, JSONL, RSS/Atom.")
    ] = None,
    feed: Annotated[
        list[str] | None, typer.Option("--feed", help="RSS/Atom feed (URL or file); repeatable.")
    ] = None,
    db: DbOption = DEFAULT_DB,
    jobs: JobsOption = 0,
    batch_size: BatchSizeOption = 500,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Code on Dask: a scheduler address (tcp://HOST:8786) or 'local' "
                     "(a LocalCluster here). Needs: pip install 'multipolar[distributed]'."),
    ] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes of --scheduler local.")] = 2,
    lake: Annotated[
        Path | None,
        typer.Option("--lake", help="Write Parquet parts into this event lake instead of --db "
                     "(with --scheduler the workers write them); then `multipolar lake compact`."),
    ] = None,
    date: Annotated[str | None, typer.Option(help="Date (YYYY-MM-DD) for documents that carry none.")] = None,
    max_doc_chars: Annotated[
        int, typer.Option("--max-doc-chars", min=1, help="Documents longer than this are reported, not coded.")
    ] = DEFAULT_MAX_DOC_CHARS,
    wait: WaitOption = DEFAULT_WAIT,
    recode_stale: Annotated[
        bool,
        typer.Option("--recode/--no-recode", help="Code again documents stored with the same text by another "
                     "(older or unknown) coder; --no-recode keeps their codings (then `multipolar recode`)."),
    ] = True,
) -> None:
    """Code documents and store them with every event mention and the aggregated events.

    A document already stored with the same text is skipped when the current coder coded it, and
    coded again (counted "recoded") when another coder did: a store brought up to date by
    re-ingesting its inputs holds one coder's codings, not a mix."""
    err = Console(stderr=True, soft_wrap=True)
    default_date = parse_date_option(date)
    if not paths and not feed:
        raise _fail(err, "give files, directories, - (stdin) or --feed URL-or-file")
    if scheduler is not None:  # the workers read feeds like any input (URLs fetched there)
        stats = _dask_run(err, [*(paths or []), *(feed or [])], scheduler, workers, db, lake, batch_size,
                          default_date, max_doc_chars, wait, recode_stale)
    elif lake is not None:
        try:
            with _progress(err) as (report, progress):
                stats = ingest_paths_to_lake(lake, paths or [], _coder(jobs), batch_size=batch_size,
                                             report=report, progress=progress, default_date=default_date,
                                             max_doc_chars=max_doc_chars, feeds=feed or [])
        except StoreError as exc:
            raise _fail(err, exc) from None
    else:
        try:
            open_db(db, wait=wait).close()  # create the schema, or check it, before coding anything
        except StoreError as exc:
            raise _fail(err, exc) from None
        try:
            with _progress(err) as (report, progress):
                stats = ingest_paths(partial(write_connection, db, wait=wait), paths or [], _coder(jobs),
                                     batch_size=batch_size, report=report, progress=progress,
                                     default_date=default_date, max_doc_chars=max_doc_chars, feeds=feed or [],
                                     recode=recode_stale)
        except StoreError as exc:
            raise _fail(err, exc) from None
    err.print(stats.summary(), markup=False, highlight=False)
    if lake is not None and stats.stored:
        err.print(f"raw parts written to {lake}: run `multipolar lake compact {lake}` or "
                  f"`multipolar lake load {lake} --db FILE`", markup=False, highlight=False)
    if stats.read == 0 or stats.failed_batches:
        raise typer.Exit(1)


def recode_command(
    db: DbOption = DEFAULT_DB,
    jobs: JobsOption = 0,
    batch_size: BatchSizeOption = 500,
    wait: WaitOption = DEFAULT_WAIT,
) -> None:
    """Code again, from their stored texts, the documents coded by another (older or unknown) coder.

    Batch by batch, one transaction each, like ingest: a stopped run keeps what it committed and a
    rerun does the rest; `multipolar status` shows what is left."""
    err = Console(stderr=True, soft_wrap=True)
    try:
        open_db(db, read_only=True, wait=wait).close()  # a missing or foreign file is an error, not a new store
        open_db(db, wait=wait).close()  # brings an older schema up to date
        with _progress(err) as (report, progress):
            stats = recode(partial(write_connection, db, wait=wait), _coder(jobs), batch_size=batch_size,
                           report=report, progress=progress)
    except StoreError as exc:
        raise _fail(err, exc) from None
    err.print(stats.recode_summary(), markup=False, highlight=False)
    if stats.failed_batches:
        raise typer.Exit(1)
