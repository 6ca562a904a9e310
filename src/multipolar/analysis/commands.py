"""Command-line front ends of the queries: ``status``, ``events``, ``dyad``, ``relations``, ``graph``, ``blocs``,
``places``, ``export``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from multipolar.analysis.actors import overview
from multipolar.analysis.blocs import blocs
from multipolar.analysis.common import DB, Freq, connection
from multipolar.analysis.dyad import dyad
from multipolar.analysis.events import events
from multipolar.analysis.export import export, export_frame
from multipolar.analysis.graph import graph, graph_text
from multipolar.analysis.places import PlaceLevel, places
from multipolar.analysis.relations import relations
from multipolar.output import Format, frame_text, write_frame, write_summary
from multipolar.store.database import DEFAULT_DB, DatabaseBusyError, StoreError
from multipolar.store.lake import PartitionBy, export_lake, open_lake, pending_parts


class GraphFormat(StrEnum):
    json = "json"
    graphml = "graphml"
    gexf = "gexf"


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    icews = "icews"
    parquet = "parquet"
    jsonl = "jsonl"
    csv = "csv"




#: Columns of ``events`` shown in the (narrow) table format; the other formats carry all.
TABLE_COLUMNS = ("date", "source", "target", "cameo", "label", "quad", "goldstein",
                 "num_mentions", "num_documents", "num_sources", "first_doc_id")

DbOption = Annotated[str, typer.Option("--db", help="DuckDB database written by `multipolar ingest`.")]
LakeOption = Annotated[
    Path | None, typer.Option("--lake", help="Query a compacted Parquet event lake instead of --db.")
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
SinceOption = Annotated[str | None, typer.Option("--since", help="First day (YYYY-MM-DD), inclusive.")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Last day (YYYY-MM-DD), inclusive.")]
ActorA = Annotated[str, typer.Argument(help="Actor code (case-insensitive), e.g. RUS.")]
ActorB = Annotated[str, typer.Argument(help="Other actor code, e.g. CHN.")]


@contextmanager
def _errors() -> Iterator[None]:
    """Readable one-line errors: bad arguments, missing or foreign database (exit 2), busy database (exit 3)."""
    try:
        yield
    except (StoreError, ValueError) as exc:
        Console(stderr=True, soft_wrap=True).print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(3 if isinstance(exc, DatabaseBusyError) else 2) from None


@contextmanager
def _store(db: str, lake: Path | None) -> Iterator[DB]:
    """The database to query: ``--lake`` (DuckDB views over the Parquet files) or ``--db``."""
    if lake is None:
        yield db
        return
    con = open_lake(lake)
    waiting = len(pending_parts(lake))
    if waiting:
        Console(stderr=True, soft_wrap=True).print(
            f"note: {waiting} raw parts in {lake} are not compacted yet and not counted "
            f"(run `multipolar lake compact {lake}`)", markup=False, highlight=False)
    try:
        yield con
    finally:
        con.close()


def status_lines(summary: dict[str, Any], where: str) -> list[str]:
    """The ``status`` report of an :func:`~multipolar.analysis.actors.overview` in words."""
    span = f", {summary['first_date']} .. {summary['last_date']}" if summary["first_date"] else ""
    by_coder = summary["coders"]
    lines = [f"{where}: {summary['documents']} documents, {summary['mentions']} event mentions, "
             f"{summary['events']} events, {summary['actors']} actors{span}",
             f"coded by the current coder {by_coder['current']}: {by_coder['documents_current']} documents"]
    stale = by_coder["documents_other"] + by_coder["documents_unknown"]
    if stale:
        parts = [f"{other['coder']}: {other['documents']}" for other in by_coder["other"]]
        if by_coder["documents_unknown"]:
            parts.append(f"unknown (stored before coder stamps): {by_coder['documents_unknown']}")
        lines.append(f"coded by other coders: {stale} documents ({'; '.join(parts)}); "
                     "`multipolar recode` codes them again from their stored texts")
    return lines


def status_command(
    db: DbOption = DEFAULT_DB,
    lake: LakeOption = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table (lines) or json.")] = Format.table,
) -> None:
    """What the store holds: documents, mentions, events, dates, and which coder coded the documents."""
    with _errors(), _store(db, lake) as store:
        summary = overview(store)
    if fmt == Format.table:
        for line in status_lines(summary, str(lake or db)):
            typer.echo(line)
    else:
        write_summary(summary, fmt)


def events_command(
    source: Annotated[str | None, typer.Option("--source", help="Source actor code.")] = None,
    target: Annotated[str | None, typer.Option("--target", help="Target actor code.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    root: Annotated[str | None, typer.Option("--root", help="CAMEO root code, e.g. 04.")] = None,
    plover: Annotated[str | None, typer.Option("--plover", help="PLOVER event type, e.g. CONSULT.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most N events (0 = all).")] = 100,
    db: DbOption = DEFAULT_DB,
    lake: LakeOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Stored events with num_mentions, num_documents and num_sources."""
    with _errors(), _store(db, lake) as store:
        frame = events(store, source, target, since, until, root, plover, limit=limit or None)
        write_frame(frame[list(TABLE_COLUMNS)] if fmt == Format.table else frame, fmt)


def dyad_command(
    a: ActorA,
    b: ActorB,
    freq: Annotated[Freq, typer.Option("--freq", help="Period length.")] = Freq.month,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = DEFAULT_DB,
    lake: LakeOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Per period and direction: events by QuadClass, Goldstein sum and mean (plain and mention-weighted)."""
    with _errors(), _store(db, lake) as store:
        write_frame(dyad(store, a, b, freq=freq, since=since, until=until), fmt)


def relations_command(
    a: ActorA,
    b: ActorB,
    since: SinceOption = None,
    until: UntilOption = None,
    evidence: Annotated[int, typer.Option("--evidence", help="Strongest events to show.")] = 5,
    db: DbOption = DEFAULT_DB,
    lake: LakeOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Summary of two actors' relations: counts, Goldstein mean, QuadClass, trend, top types, evidence."""
    with _errors(), _store(db, lake) as store:
        write_summary(relations(store, a, b, since=since, until=until, evidence=evidence), fmt)


def graph_command(
    since: SinceOption = None,
    until: UntilOption = None,
    min_events: Annotated[int, typer.Option("--min-events", help="Edges with at least N events.")] = 1,
    fmt: Annotated[GraphFormat, typer.Option("--format", "-f", help="Graph file format.")] = GraphFormat.json,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File (default: stdout).")] = None,
    db: DbOption = DEFAULT_DB,
    lake: LakeOption = None,
) -> None:
    """The actor network: directed edges weighted by events, cooperation and conflict apart."""
    with _errors(), _store(db, lake) as store:
        text = graph_text(graph(store, since, until, min_events=min_events), fmt)
        _write(text, output)


def blocs_command(
    since: SinceOption = None,
    until: UntilOption = None,
    min_events: Annotated[int, typer.Option("--min-events", help="Pairs with at least N events.")] = 1,
    weighted: Annotated[bool, typer.Option("--weighted", help="Weight events by mentions.")] = False,
    db: DbOption = DEFAULT_DB,
    lake: LakeOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Blocs: actors that cooperate with each other and conflict with the others (signed communities)."""
    with _errors(), _store(db, lake) as store:
        write_frame(blocs(store, since, until, min_events=min_events, weighted=weighted), fmt)


def export_command(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")] = ExportFormat.gdelt,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File (default: stdout).")] = None,
    table: Annotated[
        str,
        typer.Option("--table", help="Native formats: events, mentions or documents; gdelt: events or mentions."),
    ] = "events",
    partition_by: Annotated[
        PartitionBy | None,
        typer.Option("--partition-by", help="Parquet: write documents, mentions and events as a "
                     "hive-partitioned event lake in the --output directory."),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = DEFAULT_DB,
    lake: LakeOption = None,
) -> None:
    """Export events as GDELT 2.0 / ICEWS rows, the native tables as parquet, jsonl or csv, or an event lake."""
    with _errors(), _store(db, lake) as store:
        if partition_by is not None:
            if fmt != ExportFormat.parquet or output is None or since or until:
                raise ValueError("--partition-by needs --format parquet and --output DIR (and no --since/--until)")
            with connection(store) as con:
                counts = export_lake(con, output, partition_by)
            summary = ", ".join(f"{n} {name}" for name, n in counts.items())
            Console(stderr=True).print(f"event lake written to {output}: {summary}", markup=False, highlight=False)
            return
        if output is None:
            if fmt == ExportFormat.parquet:
                raise ValueError("parquet export needs --output FILE")
            sys.stdout.write(frame_text(export_frame(store, fmt, table=table, since=since, until=until), fmt))
            return
        rows = export(store, fmt, output, table=table, since=since, until=until)
        Console(stderr=True).print(f"{rows} rows written to {output}", markup=False, highlight=False)


def places_command(
    level: Annotated[PlaceLevel, typer.Option("--level", help="Group by country, adm1 or place.")] = PlaceLevel.country,
    freq: Annotated[Freq, typer.Option("--freq", help="Period length.")] = Freq.month,
    since: SinceOption = None,
    until: UntilOption = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Only events with this source or target.")] = None,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
) -> None:
    """Where events happened: per period and country (or division, or place) with counts, Goldstein, tone."""
    with _errors():
        write_frame(places(db, level=level, freq=freq, since=since, until=until, actor=actor), fmt)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.write_text(text, encoding="utf-8")
