"""``multipolar lake compact`` and ``multipolar lake load``: turn raw lake parts into events."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from multipolar.store import lake
from multipolar.store.database import DEFAULT_DB, StoreError

lake_app = typer.Typer(
    name="lake",
    help="The Parquet event lake: group raw parts into events (compact) or load them into DuckDB (load).",
    no_args_is_help=True,
)

LakeArgument = Annotated[Path, typer.Argument(help="Event lake directory (written by ingest --lake or export).")]


def _say(line: str) -> None:
    Console(stderr=True, soft_wrap=True).print(line, markup=False, highlight=False)


def _summary(result: lake.BatchResult, parts: int) -> str:
    return (f"{parts} raw parts applied: {result.stored} documents stored, {result.replaced} replaced, "
            f"{result.recoded} recoded, {result.unchanged} unchanged; {result.mentions} mentions")


@lake_app.command("compact")
def compact_command(
    root: LakeArgument,
    partition_by: Annotated[
        lake.PartitionBy | None,
        typer.Option("--partition-by", help="Partition column (default: the lake's, else date)."),
    ] = None,
) -> None:
    """Group raw parts into events and rewrite documents/, mentions/ and events/ as partitioned Parquet."""
    try:
        parts = len(lake.pending_parts(root))
        result, counts = lake.compact(root, partition_by)
    except StoreError as exc:
        _say(f"error: {exc}")
        raise typer.Exit(2) from None
    _say(_summary(result, parts))
    _say(f"{root}: " + ", ".join(f"{n} {table}" for table, n in counts.items()))


@lake_app.command("load")
def load_command(
    root: LakeArgument,
    db: Annotated[str, typer.Option("--db", help="DuckDB database file (created when new).")] = DEFAULT_DB,
) -> None:
    """Load a lake (compacted datasets and raw parts) into a DuckDB store, grouping mentions into events."""
    try:
        parts = len(lake.pending_parts(root))
        result = lake.load(root, db)
    except StoreError as exc:
        _say(f"error: {exc}")
        raise typer.Exit(2) from None
    _say(_summary(result, parts) + f" -> {db}")
