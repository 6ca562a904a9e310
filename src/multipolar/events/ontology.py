"""The CAMEO ontology (labels, Goldstein, QuadClass, penta) with its PLOVER mapping, from a data file."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    code: str
    level: str  # root | base | sub
    label: str
    goldstein: float
    quad: int  # GDELT QuadClass 1..4
    penta: int  # Phoenix/ConfliBERT 5-way class 0..4
    plover: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


class UnknownCameoCode(KeyError):
    """A CAMEO code that is not in the ontology."""


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO code, keyed by code."""
    text = resources.files("multipolar.events").joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    codes: dict[str, CameoCode] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        codes[row["code"]] = CameoCode(
            code=row["code"],
            level=row["level"],
            label=row["label"],
            goldstein=float(row["goldstein"]),
            quad=int(row["quad"]),
            penta=int(row["penta"]),
            plover=row["plover"] or None,
            plover_mode=row["plover_mode"] or None,
        )
    return codes


def lookup(code: str) -> CameoCode:
    """The ontology entry for a CAMEO code."""
    try:
        return cameo_codes()[code]
    except KeyError:
        raise UnknownCameoCode(code) from None


def penta_of_root(root: str) -> int:
    """Phoenix penta class of a two-digit CAMEO root."""
    return lookup(root).penta
