"""Write lists of records as a readable table, JSON, JSON Lines, CSV or TSV (shared by all commands)."""

from __future__ import annotations

import csv
import json
import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import IO, Any


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


def _plain(value: Any) -> Any:
    """JSON-safe value (NaN -> None, dates -> ISO strings, numpy scalars -> Python)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        return value.item()
    return value


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def write_records(
    records: Iterable[Mapping[str, Any]],
    fmt: OutputFormat | str = OutputFormat.table,
    columns: Sequence[str] | None = None,
    stream: IO[str] | None = None,
    title: str | None = None,
) -> int:
    """Write records in a format; ``columns`` picks and orders fields for table/csv/tsv. Returns the count."""
    fmt = OutputFormat(fmt)
    out = stream or sys.stdout
    rows = [dict(r) for r in records]
    cols = list(columns) if columns else (list(rows[0]) if rows else [])
    if fmt is OutputFormat.jsonl:
        for row in rows:
            out.write(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False, default=str) + "\n")
    elif fmt is OutputFormat.json:
        json.dump([{k: _plain(v) for k, v in row.items()} for row in rows], out, ensure_ascii=False,
                  indent=2, default=str)
        out.write("\n")
    elif fmt in (OutputFormat.csv, OutputFormat.tsv):
        writer = csv.writer(out, delimiter="," if fmt is OutputFormat.csv else "\t", lineterminator="\n")
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in cols])
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False, header_style="bold")
        for col in cols:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in cols))
        Console(file=out, width=max(120, Console().width)).print(table)
    return len(rows)
