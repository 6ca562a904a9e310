"""``multipolar code``: code documents into events and print them."""

from __future__ import annotations

from typing import Annotated

import typer

from multipolar.ingest import DocumentStream
from multipolar.nlp.pipeline import PipelineConfig
from multipolar.options import parse_date_option
from multipolar.output import Format, write_records

TABLE_COLUMNS = ("doc_id", "sentence_index", "source", "source_sector", "trigger", "cameo", "plover",
                 "goldstein", "target", "target_sector", "date")


def code_command(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files (.txt, .html, .jsonl, .rss, .atom), directories, or - for stdin.")
    ] = None,
    feed: Annotated[list[str] | None, typer.Option("--feed", help="RSS/Atom feed (URL or file); repeatable.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    date: Annotated[str | None, typer.Option(help="Date (YYYY-MM-DD) for documents that carry none.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0 = all cores).")] = 0,
    batch_size: Annotated[int, typer.Option(help="Documents per nlp.pipe batch.")] = 64,
    include_negated: Annotated[bool, typer.Option(help="Also emit negated/hypothetical events, flagged.")] = False,
) -> None:
    """Code documents into CAMEO/PLOVER events, each with its sentence and trigger span."""
    from multipolar.api import code_documents

    default_date = parse_date_option(date)
    if not paths and not feed:
        typer.echo("error: give files, directories, - (stdin) or --feed URL-or-file", err=True)
        raise typer.Exit(2)
    stream = DocumentStream(paths or [], default_date, feeds=feed or [])
    config = PipelineConfig(include_negated=include_negated, n_process=jobs, batch_size=batch_size)
    events = [e.to_dict() for _, doc_events in code_documents(stream, config) for e in doc_events]
    if stream.read == 0:
        typer.echo("error: no document could be read", err=True)
        raise typer.Exit(1)
    columns = TABLE_COLUMNS if fmt in (Format.table, Format.csv, Format.tsv) else None
    write_records(events, fmt, columns)
    if fmt is Format.table:
        typer.echo(f"{len(events)} events in {stream.read} documents", err=True)

