"""Gold records (format: ``../shared/gold/README.md``), their actor and type keys, and the two fixed
halves of a dev set (tune on one, check on the other)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

#: Bloc spellings the outside scorer normalises.
BLOCS: dict[str, str] = {"WST": "WST", "WEST": "WST", "EUR": "EU", "EU": "EU", "NATO": "NATO", "UN": "UN",
                         "UNO": "UN", "IGO": "IGO", "NGO": "NGO", "IMG": "IMG"}
def quad_of_root(root: str | None) -> int | None:
    """GDELT QuadClass of a CAMEO root (01-05 → 1, 06-09 → 2, 10-14 → 3, 15-20 → 4)."""
    if not root or not root[:2].isdigit():
        return None
    n = int(root[:2])
    return 1 if n <= 5 else 2 if n <= 9 else 3 if n <= 14 else 4 if n <= 20 else None


@dataclass(frozen=True)
class GoldEvent:
    source: str | None = None
    target: str | None = None
    root: str | None = None
    plover: str | None = None
    penta: int | None = None
    quad: int | None = None

    @property
    def type(self) -> str | None:
        return event_type(self.plover, self.root)


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    date: str | None = None
    penta: int | None = None
    events: tuple[GoldEvent, ...] = ()
    events_annotated: bool = True
    #: The PLOVER type of a whole document where only that is known (``doc_plover``).
    doc_type: str | None = None


def event_type(plover: str | None, root: str | None) -> str | None:
    """An event's type on its own: PLOVER type, else CAMEO root."""
    return plover or root or None


def normalise_actor(code: str | None) -> str | None:
    """An actor code as the outside scorer compares it (``None`` = unresolved)."""
    if code is None:
        return None
    code = code.strip().upper()
    if not code:
        return None
    return BLOCS.get(code, code[:3])


def _gold_event(data: dict[str, Any]) -> GoldEvent:
    root = data.get("root") or (data.get("cameo") or "")[:2] or None
    root = str(root).zfill(2)[:2] if root else None
    penta, quad = data.get("penta"), data.get("quad")
    return GoldEvent(
        source=normalise_actor(data.get("source")),
        target=normalise_actor(data.get("target")),
        root=root,
        plover=str(data["plover"]).upper() if data.get("plover") else None,
        penta=int(penta) if penta is not None else None,
        quad=int(quad) if quad is not None else quad_of_root(root),
    )


def parse_gold(data: dict[str, Any], line: int = 0) -> GoldRecord:
    """One gold record from its JSON object."""
    penta = data.get("penta")
    return GoldRecord(
        id=str(data.get("id", f"line:{line}")),
        text=data["text"],
        date=data.get("date") or None,
        penta=int(penta) if penta is not None else None,
        events=tuple(_gold_event(e) for e in data.get("events") or ()),
        events_annotated=data.get("events_annotated") is not False,
        doc_type=str(data["doc_plover"]).upper() if data.get("doc_plover") else None,
    )


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Every record of a gold JSONL file."""
    records = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                records.append(parse_gold(json.loads(line), number))
    return records


HALVES: tuple[str, ...] = ("even", "odd")


class Half(StrEnum):
    """The two fixed halves of a dev set: tune on one, check on the other."""

    even = "even"
    odd = "odd"


def half_of(record_id: str) -> Half | None:
    """``even`` or ``odd`` by the last digit of the record id's (last) number: ``agnews-test-6045`` is
    odd. Ids without a digit belong to neither half."""
    digits = [c for c in record_id if c.isdigit()]
    if not digits:
        return None
    return Half.even if int(digits[-1]) % 2 == 0 else Half.odd


def select_half(records: Sequence[GoldRecord], half: str | None) -> list[GoldRecord]:
    """The records of one half (all records for ``None``)."""
    return list(records) if half is None else [r for r in records if half_of(r.id) == half]
