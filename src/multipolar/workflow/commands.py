"""``multipolar ingest``: code documents and store documents, mentions and events in DuckDB.

Exit codes: 0 every readable document stored (bad inputs are reported, one line each); 1 nothing
could be read, or some batch could not be stored; 2 usage error or unusable database; 3 the
database stayed busy (locked by another process) for longer than ``--wait``.
"""

from __future__ import annotations

from functools import partial
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
from multipolar.store.ingest import IngestStats
from multipolar.workflow.ingest import document_coder, ingest_paths

_coder = document_coder  # the coder factory (tests replace it)

EXIT_BUSY = 3


def _fail(err: Console, exc: StoreError) -> typer.Exit:
    err.print(f"error: {exc}", markup=False, highlight=False)
    return typer.Exit(EXIT_BUSY if isinstance(exc, DatabaseBusyError) else 2)


def ingest_command(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files, directories or - (stdin): text, HTML, JSONL, RSS/Atom.")
    ] = None,
    feed: Annotated[
        list[str] | None, typer.Option("--feed", help="RSS/Atom feed (URL or file); repeatable.")
    ] = None,
    db: Annotated[str, typer.Option("--db", help="DuckDB database file.")] = DEFAULT_DB,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Coding processes (0 = all cores).")] = 0,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per stored batch (one transaction each).")
    ] = 500,
    date: Annotated[str | None, typer.Option(help="Date (YYYY-MM-DD) for documents that carry none.")] = None,
    max_doc_chars: Annotated[
        int, typer.Option("--max-doc-chars", min=1, help="Documents longer than this are reported, not coded.")
    ] = DEFAULT_MAX_DOC_CHARS,
    wait: Annotated[
        float, typer.Option("--wait", min=0, help="Seconds to wait for another process's lock on the database.")
    ] = DEFAULT_WAIT,
) -> None:
    """Code documents and store them with every event mention and the aggregated events."""
    err = Console(stderr=True, soft_wrap=True)
    default_date = parse_date_option(date)
    if not paths and not feed:
        err.print("error: give files, directories, - (stdin) or --feed URL-or-file", markup=False, highlight=False)
        raise typer.Exit(2)
    try:
        open_db(db, wait=wait).close()  # create the schema, or check it, before coding anything
    except StoreError as exc:
        raise _fail(err, exc) from None
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

        try:
            stats = ingest_paths(partial(write_connection, db, wait=wait), paths or [], _coder(jobs),
                                 batch_size=batch_size, report=report, progress=progress,
                                 default_date=default_date, max_doc_chars=max_doc_chars, feeds=feed or [])
        except StoreError as exc:
            raise _fail(err, exc) from None
    err.print(stats.summary(), markup=False, highlight=False)
    if stats.read == 0 or stats.failed_batches:
        raise typer.Exit(1)
