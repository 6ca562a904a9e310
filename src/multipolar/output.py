"""Render results for people and programs: a readable table, JSON, JSON Lines, CSV or TSV.

Shared by every command (``code``, the queries, ``export``).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any, TextIO

import pandas as pd
from rich.console import Console
from rich.table import Table


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    text = frame_text(frame, "jsonl")
    return [json.loads(line) for line in text.splitlines()]


def _table(frame: pd.DataFrame, title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False)
    for name in frame.columns:
        table.add_column(str(name), overflow="fold")
    for record in _records(frame):
        table.add_row(*("" if value is None else _cell(value) for value in record.values()))
    return table


def _console(out: TextIO) -> Console:
    """A console on ``out``: the terminal's width, or wide when piped."""
    return Console(file=out, soft_wrap=False, width=None if out.isatty() else 240)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    return str(value)


def write_frame(frame: pd.DataFrame, fmt: str = "table", stream: TextIO | None = None) -> None:
    """A DataFrame in one of the output formats."""
    out = stream or sys.stdout
    if fmt == Format.table:
        _console(out).print(_table(frame))
    elif fmt == Format.json:
        out.write(json.dumps(_records(frame), indent=2, ensure_ascii=False) + "\n")
    elif fmt in (Format.jsonl, Format.csv, Format.tsv):
        out.write(frame_text(frame, str(fmt)))
    else:
        raise ValueError(f"bad format {fmt!r}")


def write_summary(summary: dict[str, Any], fmt: str = "table", stream: TextIO | None = None) -> None:
    """A nested summary (``relations``): JSON, one JSON line, scalar CSV, or tables."""
    out = stream or sys.stdout
    if fmt == Format.json:
        out.write(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    elif fmt == Format.jsonl:
        out.write(json.dumps(summary, ensure_ascii=False) + "\n")
    elif fmt == Format.csv:
        flat = {k: v for k, v in summary.items() if not isinstance(v, list | dict)}
        flat.update({f"quad_{k}": v for k, v in summary.get("quad_counts", {}).items()})
        out.write(frame_text(pd.DataFrame([flat]), "csv"))
    elif fmt == Format.table:
        console = _console(out)
        scalars = {k: v for k, v in summary.items() if not isinstance(v, list | dict)}
        scalars.update(summary.get("quad_counts", {}))
        for direction, values in summary.get("directions", {}).items():
            scalars[direction] = f"{values['events']} events, Goldstein mean {values['goldstein_mean']}"
        console.print(_table(pd.DataFrame({"": list(scalars), "value": [str(v) for v in scalars.values()]})))
        for key in ("trend", "top_event_types"):
            if summary.get(key):
                console.print(_table(pd.DataFrame(summary[key]), title=key))
        evidence = [
            {"date": e["date"], "source": e["source"], "target": e["target"], "cameo": e["cameo"],
             "goldstein": e["goldstein"], "mentions": e["num_mentions"], "doc_id": s["doc_id"],
             "sentence": s["sentence"]}
            for e in summary.get("evidence", []) for s in e["sentences"]
        ]
        if evidence:
            console.print(_table(pd.DataFrame(evidence), title="evidence"))
    else:
        raise ValueError(f"bad format {fmt!r}")


def write_records(
    records: Iterable[Mapping[str, Any]],
    fmt: str = "table",
    columns: Sequence[str] | None = None,
    stream: TextIO | None = None,
) -> int:
    """Records (dicts) in one of the output formats; ``columns`` picks and orders fields. Returns the count."""
    frame = pd.DataFrame([dict(r) for r in records])
    if columns is not None:
        frame = frame.reindex(columns=list(columns))
    write_frame(frame, fmt, stream)
    return len(frame)


def frame_text(frame: pd.DataFrame, fmt: str) -> str:
    """A frame as GDELT/ICEWS/plain TSV, CSV or JSON Lines text (GDELT: no header row)."""
    frame = frame.copy()
    for name in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[name]):
            frame[name] = frame[name].map(lambda v: None if pd.isna(v) else _iso(v))
    if fmt == "jsonl":
        return frame.to_json(orient="records", lines=True, force_ascii=False) if len(frame) else ""
    buffer = io.StringIO()
    tabbed = fmt in ("gdelt", "icews", "tsv")
    frame.to_csv(
        buffer, sep="\t" if tabbed else ",", header=fmt != "gdelt", index=False,
        quoting=csv.QUOTE_MINIMAL, lineterminator="\n",
    )
    return buffer.getvalue()


def _iso(value: Any) -> str:
    stamp = pd.Timestamp(value)
    return stamp.date().isoformat() if stamp == stamp.normalize() else stamp.isoformat()
