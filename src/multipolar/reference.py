"""Reference tables every layer may read: the CAMEO ontology and the names of states.

CAMEO codes (label, Goldstein, QuadClass, Phoenix penta, PLOVER type and mode) come from
``data/cameo.tsv``; state names from ``data/countries.tsv`` (first name listed) and pycountry.
This module sits at the bottom of the layers (beside :mod:`multipolar.records`): the event coder
and the analysis queries both use it, neither needs the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

import pycountry

from multipolar.datafiles import Row, data_file, read_table

CAMEO_COLUMNS = ("code", "level", "label", "goldstein", "quad", "penta", "plover", "plover_mode")
COUNTRY_COLUMNS = ("code", "names", "adjectives", "people")
#: Codes outside ISO 3166-1 that we accept for states (Kosovo, historical states).
EXTRA_STATE_CODES: frozenset[str] = frozenset({"XKX", "DDR", "SUN", "YUG"})
#: Names of the codes pycountry does not know.
EXTRA_NAMES = {"XKX": "Kosovo", "WST": "the West"}


class CameoRoot(StrEnum):
    """The twenty CAMEO roots (two-digit codes); members compare and hash as their code."""

    STATEMENT = "01"
    APPEAL = "02"
    INTENT = "03"
    CONSULT = "04"
    DIPLOMATIC_COOPERATION = "05"
    MATERIAL_COOPERATION = "06"
    AID = "07"
    YIELD = "08"
    INVESTIGATE = "09"
    DEMAND = "10"
    DISAPPROVE = "11"
    REJECT = "12"
    THREATEN = "13"
    PROTEST = "14"
    FORCE_POSTURE = "15"
    REDUCE_RELATIONS = "16"
    COERCE = "17"
    ASSAULT = "18"
    FIGHT = "19"
    MASS_VIOLENCE = "20"


#: CAMEO roots 01-08: statements, appeals, intents, consultations and the cooperative acts.
COOPERATION_ROOTS = frozenset(r for r in CameoRoot if r <= CameoRoot.YIELD)
#: CAMEO roots 10-20: demands, disapproval, rejection, threats, protest, force and violence (conflict).
CONFLICT_ROOTS = frozenset(r for r in CameoRoot if r >= CameoRoot.DEMAND)
#: CAMEO roots 14-20: protest, force posture, reduced relations, coercion, assault, fighting,
#: mass violence (what the coder treats as material conflict: a place may stand for the target).
MATERIAL_CONFLICT_ROOTS = frozenset(r for r in CameoRoot if r >= CameoRoot.PROTEST)


# -- CAMEO --------------------------------------------------------------------------------------
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


def _cameo(row: Row) -> CameoCode:
    level = row["level"]
    if level not in ("root", "base", "sub"):
        raise row.error(f"bad level {level!r} (root, base or sub)")
    quad, penta = row.integer("quad"), row.integer("penta")
    if not 1 <= quad <= 4 or not 0 <= penta <= 4:
        raise row.error(f"quad {quad} / penta {penta} out of range")
    return CameoCode(row["code"], level, row["label"], row.number("goldstein"), quad, penta,
                     row.value("plover"), row.value("plover_mode"))


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO code, keyed by code (read and validated once per process)."""
    rows = read_table(data_file(__file__, "cameo.tsv"), CAMEO_COLUMNS, required=6, header=True)
    return {row["code"]: _cameo(row) for row in rows}


def lookup(code: str) -> CameoCode:
    """The ontology entry for a CAMEO code."""
    try:
        return cameo_codes()[code]
    except KeyError:
        raise UnknownCameoCode(code) from None


@lru_cache(maxsize=1)
def cameo_labels() -> dict[str, str]:
    """CAMEO code -> label."""
    return {code: entry.label for code, entry in cameo_codes().items()}


def penta_of_root(root: str) -> int:
    """Phoenix penta class of a two-digit CAMEO root."""
    return lookup(root).penta


def root_of(code: str) -> str:
    """The two-digit root of a CAMEO code ("0874" -> "08")."""
    return code[:2]


def is_cooperation(code: str) -> bool:
    """Roots 01-08: statements, appeals, intents and cooperative acts (not 09 investigate onwards)."""
    return root_of(code) in COOPERATION_ROOTS


def is_material_conflict(code: str) -> bool:
    """Roots 14-20: protest, force posture, reduced relations, coercion, assault, fighting, mass violence."""
    return root_of(code) in MATERIAL_CONFLICT_ROOTS


# -- states -------------------------------------------------------------------------------------
class CountryRow(NamedTuple):
    """One row of ``countries.tsv``: a state's code and the words that name it."""

    code: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]


@lru_cache(maxsize=1)
def country_rows() -> tuple[CountryRow, ...]:
    rows = read_table(data_file(__file__, "countries.tsv"), COUNTRY_COLUMNS, required=2)
    out = []
    for row in rows:
        if not is_state_code(row["code"]) and row["code"] not in EXTRA_NAMES:
            raise row.error(f"unknown state code {row['code']!r}")
        out.append(CountryRow(row["code"], row.items("names"), row.items("adjectives"), row.items("people")))
    return tuple(out)


@lru_cache(maxsize=4096)
def is_state_code(code: str) -> bool:
    """ISO 3166-1 alpha-3 (current or historic) or one of :data:`EXTRA_STATE_CODES`."""
    return code in EXTRA_STATE_CODES or pycountry.countries.get(alpha_3=code) is not None or (
        pycountry.historic_countries.get(alpha_3=code) is not None
    )


@lru_cache(maxsize=1)
def _table_names() -> dict[str, str]:
    return {row.code: row.names[0] for row in reversed(country_rows()) if row.names}


@lru_cache(maxsize=4096)
def country_name(code: str) -> str:
    """The common English name of a state code ("Russia", not "Russian Federation"): the first name
    in ``countries.tsv``, else pycountry's; the code itself when unknown."""
    if code in _table_names():
        return _table_names()[code]
    country = pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code)
    if country is None:
        return EXTRA_NAMES.get(code, code)
    return str(getattr(country, "common_name", None) or country.name)


def state_name(code: str) -> str | None:
    """The common name of a state code; None for blocs, organisations and other codes."""
    return country_name(code) if is_state_code(code) else None


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every current ISO 3166-1 state: alpha-3 code -> common name."""
    return {c.alpha_3: country_name(c.alpha_3) for c in pycountry.countries}
