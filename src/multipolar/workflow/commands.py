"""``multipolar ingest``: code documents and store documents, mentions and events in DuckDB."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from multipolar.store.database import DEFAULT_DB, StoreError, open_db
from multipolar.store.ingest import IngestStats
from multipolar.workflow.ingest import document_coder, ingest_paths

_coder = document_coder  # the coder factory (tests replace it)


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
) -> None:
    """Code documents and store them with every event mention and the aggregated events."""
    err = Console(stderr=True, soft_wrap=True)
    if not paths and not feed:
        err.print("error: give files, directories, - (stdin) or --feed URL-or-file", markup=False, highlight=False)
        raise typer.Exit(2)
    try:
        con = open_db(db)
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(2) from None
    columns = (
        SpinnerColumn(),
        TextColumn("{task.completed} documents"),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
        TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(),
    )
    try:
        with Progress(*columns, console=err, transient=False) as bar:
            task = bar.add_task("ingest", total=None, rate=0.0, events=0)

            def report(line: str) -> None:
                bar.console.print(line, markup=False, highlight=False)

            def progress(stats: IngestStats) -> None:
                done = stats.coded + stats.skipped
                elapsed = bar.tasks[task].elapsed or 0.0
                bar.update(task, completed=done, rate=done / elapsed if elapsed else 0.0, events=stats.events)

            stats = ingest_paths(con, paths or [], _coder(jobs), batch_size=batch_size, report=report,
                                 progress=progress, feeds=feed or [])
    finally:
        con.close()
    err.print(stats.summary(), markup=False, highlight=False)
    if stats.read == 0:
        raise typer.Exit(1)
