"""Load and validate the actor tables under ``actors/data/`` (once per process)."""

from __future__ import annotations

import csv
import itertools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent / "data"

#: Codes that are not ISO 3166-1 alpha-3 (blocs, organisations, generic actors).
BLOC_CODES: frozenset[str] = frozenset([
    "UN", "EU", "NATO", "AU", "ASEAN", "OPEC", "SCO", "BRICS", "G7", "G20", "OSCE", "WTO", "IMF", "WB",
    "ARL", "GCC", "ICC", "IAEA", "WHO", "WST", "IGO", "NGO", "IMG",
])
#: Codes outside ISO 3166-1 that we accept for states (Kosovo, historical states).
EXTRA_STATE_CODES: frozenset[str] = frozenset({"XKX", "DDR", "SUN", "YUG"})
SECTORS: frozenset[str] = frozenset([
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
])
OFFICES: frozenset[str] = frozenset({"HOS", "HOG", "FM", "DM"})
DEFAULT_TITLES: dict[str, str] = {"HOS": "president", "HOG": "prime minister", "FM": "foreign minister",
                                  "DM": "defence minister"}


@dataclass(frozen=True)
class Entry:
    """What one alias means: a code, sector, kind and the table row that said so."""

    code: str  # "-" for a blocking phrase (not an actor)
    sector: str | None
    kind: str  # country|demonym|people|metonym|organisation|leader|bloc
    rule: str
    name: str | None = None
    leader: str | None = None  # leader key (canonical name) for kind == "leader"


@dataclass(frozen=True)
class Role:
    term: str
    sector: str | None  # None for honorifics (Mr, Dr)
    office: str | None
    person: bool


@dataclass(frozen=True)
class Tenure:
    name: str
    aliases: tuple[str, ...]
    country: str
    office: str
    start: str
    end: str | None  # None = incumbent
    title: str = ""  # "president", "prime minister", "king" ... (defaults by office)

    def covers(self, date: str) -> bool:
        return self.start <= date and (self.end is None or date < self.end)


def _rows(filename: str) -> Iterator[list[str]]:
    with (DATA / filename).open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0].startswith("#") or not any(row):
                continue
            yield [cell.strip() for cell in row]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def is_state_code(code: str) -> bool:
    return code in EXTRA_STATE_CODES or pycountry.countries.get(alpha_3=code) is not None or (
        pycountry.historic_countries.get(alpha_3=code) is not None
    )


def is_valid_code(code: str) -> bool:
    return code in BLOC_CODES or is_state_code(code)


def country_name(code: str) -> str:
    """The common English name of a state code (first name in countries.tsv, else pycountry)."""
    for row_code, names, _adjectives, _people in country_rows():
        if row_code == code and names:
            return names[0]
    country = pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code)
    if country is None:
        return {"XKX": "Kosovo", "WST": "the West"}.get(code, code)
    return str(getattr(country, "common_name", None) or country.name)


def ascii_fold(text: str) -> str:
    """'Erdoğan' -> 'Erdogan', 'Élysée' -> 'Elysee' (combining marks dropped)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def _plural_demonyms(adjective: str) -> list[str]:
    if adjective.endswith(("an", "i")) and " " not in adjective and "." not in adjective:
        return [adjective + "s"]
    return []


@lru_cache(maxsize=1)
def country_rows() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...]:
    rows = []
    for row in _rows("countries.tsv"):
        row += [""] * (4 - len(row))
        rows.append((row[0], tuple(_split(row[1])), tuple(_split(row[2])), tuple(_split(row[3]))))
    return tuple(rows)


@lru_cache(maxsize=1)
def alias_entries() -> dict[str, tuple[Entry, ...]]:
    """Every surface form (case-sensitive) -> the entries it may denote."""
    table: dict[str, list[Entry]] = {}

    def add(alias: str, entry: Entry) -> None:
        for form in {alias, ascii_fold(alias)}:
            entries = table.setdefault(form, [])
            if entry not in entries:
                entries.append(entry)

    listed = set()
    for code, names, adjectives, people in country_rows():
        listed.add(code)
        for name in names:
            add(name, Entry(code, "GOV", "country", f"countries.tsv:{code}:{name}", country_name(code)))
        for adj in adjectives:
            add(adj, Entry(code, None, "demonym", f"countries.tsv:{code}:{adj}", country_name(code)))
            for plural in _plural_demonyms(adj):
                add(plural, Entry(code, "CVL", "people", f"countries.tsv:{code}:{plural}", country_name(code)))
        for noun in people:
            add(noun, Entry(code, "CVL", "people", f"countries.tsv:{code}:{noun}", country_name(code)))
    for country in pycountry.countries:  # official names of states missing from our table
        for attr in ("name", "common_name"):
            official = getattr(country, attr, None)
            if official and "," not in official and "(" not in official and official not in table:
                add(official, Entry(country.alpha_3, "GOV", "country", f"pycountry:{country.alpha_3}",
                                country_name(country.alpha_3)))
    for row in _rows("metonyms.tsv"):
        alias, code, sector = row[0], row[1], row[2]
        add(alias, Entry(code, None if sector == "-" else sector, "metonym", f"metonyms.tsv:{alias}",
                         None if code == "-" else country_name(code)))
    for row in _rows("organisations.tsv"):
        code, name, aliases, sector, kind = row[:5]
        entry_kind = "organisation" if kind in ("igo", "ngo", "img") else "group"
        for alias in _split(aliases):
            add(alias, Entry(code, sector or None, entry_kind, f"organisations.tsv:{name}", name))
    for row in _rows("places.tsv"):
        add(row[0], Entry(row[1], None, "place", f"places.tsv:{row[0]}", country_name(row[1])))
    for tenure in tenures():
        for alias in (tenure.name, *tenure.aliases):
            add(alias, Entry(tenure.country, "GOV", "leader", f"leaders.tsv:{tenure.name}",
                             tenure.name, leader=tenure.name))
    return {alias: tuple(entries) for alias, entries in table.items()}


@lru_cache(maxsize=1)
def roles() -> dict[str, Role]:
    out = {}
    for row in _rows("roles.tsv"):
        term, sector, office, person = row[:4]
        out[term] = Role(term, None if sector == "-" else sector, None if office == "-" else office, person == "1")
    return out


@lru_cache(maxsize=1)
def tenures() -> tuple[Tenure, ...]:
    out = []
    for row in _rows("leaders.tsv"):
        row += [""] * (7 - len(row))
        name, aliases, country, office, start, end, title = row[:7]
        title = title or DEFAULT_TITLES.get(office, "")
        out.append(Tenure(name, tuple(_split(aliases)), country, office, start, end or None, title))
    return tuple(out)


@lru_cache(maxsize=1)
def tenures_by_leader() -> dict[str, tuple[Tenure, ...]]:
    out: dict[str, list[Tenure]] = {}
    for tenure in tenures():
        out.setdefault(tenure.name, []).append(tenure)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def tenures_by_office() -> dict[tuple[str, str], tuple[Tenure, ...]]:
    out: dict[tuple[str, str], list[Tenure]] = {}
    for tenure in tenures():
        out.setdefault((tenure.country, tenure.office), []).append(tenure)
    return {k: tuple(sorted(v, key=lambda t: t.start)) for k, v in out.items()}


def office_holder(country: str, office: str, date: str | None, title: str = "") -> Tenure | None:
    """Who held ``office`` of ``country`` on ``date`` (None if unknown, or undated: ``date`` None).

    ``title`` ("president") first picks an office holder with that title (Iran's president is its
    head of government), then falls back to ``office``.
    """
    if date is None:
        return None
    if title:
        for key in ((country, "HOS"), (country, "HOG")):
            for tenure in tenures_by_office().get(key, ()):
                if tenure.title == title and tenure.covers(date):
                    return tenure
    for tenure in tenures_by_office().get((country, office), ()):
        if tenure.covers(date):
            return tenure
    return None


def validate() -> list[str]:
    """Problems found in the tables (empty list = valid)."""
    problems = []
    for alias, entries in alias_entries().items():
        for entry in entries:
            if entry.code != "-" and not is_valid_code(entry.code):
                problems.append(f"{entry.rule}: invalid code {entry.code}")
            if entry.sector is not None and entry.sector not in SECTORS:
                problems.append(f"{entry.rule}: invalid sector {entry.sector}")
        codes = {e.code for e in entries if e.kind != "leader"}
        if len(codes) > 1 and alias not in ambiguous_aliases():
            problems.append(f"alias {alias!r} has codes {sorted(codes)} but is not marked ambiguous")
    for role in roles().values():
        if (role.sector is not None and role.sector not in SECTORS) or (role.office and role.office not in OFFICES):
            problems.append(f"roles.tsv: bad row {role}")
    for (country, office), rows in tenures_by_office().items():
        if office not in OFFICES or not is_valid_code(country):
            problems.append(f"leaders.tsv: bad office/country {country} {office}")
        for row in rows:
            if len(row.start) != 10 or (row.end is not None and (len(row.end) != 10 or row.end <= row.start)):
                problems.append(f"leaders.tsv: bad dates for {row.name}")
        for before, after in itertools.pairwise(rows):
            if before.end is None or before.end > after.start:
                problems.append(f"leaders.tsv: {country} {office} {before.name} overlaps {after.name}")
    return problems


@lru_cache(maxsize=1)
def ambiguous_aliases() -> frozenset[str]:
    """Aliases allowed to carry several codes (resolved by context in :mod:`disambiguate`)."""
    return frozenset(row[0] for row in _rows("ambiguous.tsv"))


@lru_cache(maxsize=1)
def context_cues() -> dict[str, tuple[tuple[str, str, frozenset[str]], ...]]:
    """alias -> ((code or '-', note, cue words), ...): the reading chosen when a cue occurs in the doc."""
    out: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
    for row in _rows("ambiguous.tsv"):
        alias, code, cues = row[0], row[1], row[2]
        out.setdefault(alias, []).append((code, row[3] if len(row) > 3 else "", frozenset(_split(cues))))
    return {k: tuple(v) for k, v in out.items()}
