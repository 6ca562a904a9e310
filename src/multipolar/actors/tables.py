"""Load the actor tables under ``actors/data/`` (once per process); their cross-checks are in
:mod:`multipolar.actors.table_checks`."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import pycountry

from multipolar.build_cache import load_or_build
from multipolar.datafiles import Row, data_file, read_table, read_words
from multipolar.imported import IMPORTED_DIR, imported_table_enabled
from multipolar.records import MentionKind, Sector
from multipolar.reference import EXTRA_STATE_CODES, country_name, country_rows, is_state_code

__all__ = ["BLOC_CODES", "EXTRA_STATE_CODES", "OFFICES", "SECTORS", "STATELESS_PLACES", "STATE_SECTORS", "Entry",
           "Role", "Tenure", "alias_entries", "ambiguous_aliases", "ascii_fold", "context_cues", "country_name",
           "country_rows", "is_state_code", "is_valid_code", "office_holder", "official_spells", "place_rows", "roles",
           "tenures", "tenures_by_leader", "tenures_by_office"]

#: Codes that are not ISO 3166-1 alpha-3 (blocs, organisations, generic actors).
BLOC_CODES: frozenset[str] = frozenset([
    "UN", "EU", "NATO", "AU", "ASEAN", "OPEC", "SCO", "BRICS", "G7", "G20", "OSCE", "WTO", "IMF", "WB",
    "ARL", "GCC", "ICC", "IAEA", "WHO", "WST", "IGO", "NGO", "IMG",
])
SECTORS: frozenset[str] = frozenset(Sector)
#: Sectors of a state's own organs (government, armed forces, police, courts, legislature, intelligence): the
#: one list the coder narrows or widens (coreference, implied targets, lending a country to unnamed parties).
STATE_SECTORS: frozenset[str] = frozenset({Sector.GOV, Sector.MIL, Sector.COP, Sector.JUD, Sector.LEG, Sector.SPY})
OFFICES: frozenset[str] = frozenset({"HOS", "HOG", "VP", "FM", "DM"})
DEFAULT_TITLES: dict[str, str] = {"HOS": "president", "HOG": "prime minister", "VP": "vice president",
                                  "FM": "foreign minister", "DM": "defence minister"}


class OrganisationKind(StrEnum):
    """The ``kind`` column of ``organisations.tsv``: what an organisation row names."""

    IGO = "igo"  # an intergovernmental organisation
    NGO = "ngo"  # a non-governmental organisation
    IMG = "img"  # a transnational militant group
    GROUP = "group"  # a domestic group coded to its state


#: Seas, straits and regions in no one state ("Red Sea", "Sahel"): blocking phrases, and no gazetteer place.
STATELESS_PLACES: frozenset[str] = read_words(data_file(__file__, "words/stateless_places.txt"))

#: Columns of each table (see data/README.md) and how many every row must fill.
COLUMNS: dict[str, tuple[tuple[str, ...], int]] = {
    "metonyms.tsv": (("alias", "code", "sector", "note"), 3),
    "organisations.tsv": (("code", "name", "aliases", "sector", "kind"), 5),
    "places.tsv": (("alias", "code"), 2),
    "roles.tsv": (("term", "sector", "office", "person"), 4),
    "leaders.tsv": (("name", "aliases", "country", "office", "start", "end", "title"), 5),
    "officials.tsv": (("name", "aliases", "country", "sector", "start", "end"), 5),
    "ambiguous.tsv": (("alias", "reading", "cues", "note"), 3),
    # generated (``multipolar dictionaries import``), read only when switched on (multipolar.imported)
    f"{IMPORTED_DIR}/agents.tsv": (("term", "sector", "office", "person", "provenance"), 4),
    f"{IMPORTED_DIR}/people.tsv": (("name", "aliases", "country", "sector", "start", "end", "provenance"), 6),
    f"{IMPORTED_DIR}/organisations.tsv": (("code", "name", "aliases", "sector", "kind", "provenance"), 5),
}


@dataclass(frozen=True)
class Entry:
    """What one alias means: a code, sector, kind and the table row that said so."""

    code: str  # "-" for a blocking phrase (not an actor)
    sector: str | None
    kind: MentionKind  # country|demonym|people|metonym|place|organisation|group|leader
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
    sector: str = Sector.GOV  # sector while in office (imported people: MIL, ELI, REB ...)

    def covers(self, date: str) -> bool:
        return self.start <= date and (self.end is None or date < self.end)


@lru_cache(maxsize=8)
def _table(filename: str) -> tuple[Row, ...]:
    columns, required = COLUMNS[filename]
    path = data_file(__file__, filename)
    if filename.startswith(f"{IMPORTED_DIR}/") and not path.is_file():
        return ()  # a generated table not built
    return tuple(read_table(path, columns, required))


def _imported(kind: str) -> tuple[Row, ...]:
    """Rows of the generated table ``petrarch/KIND.tsv`` when it is switched on."""
    return _table(f"{IMPORTED_DIR}/{kind}.tsv") if imported_table_enabled(f"{kind}.tsv") else ()


def _sector(row: Row, column: str = "sector") -> str | None:
    """A sector cell (``-`` or empty = none), checked against :data:`SECTORS`."""
    sector = row.value(column)
    if sector is not None and sector not in SECTORS:
        raise row.error(f"bad sector {sector!r}")
    return sector


def _code(row: Row, column: str) -> str:
    """An actor code cell (``-`` = a blocking phrase), checked."""
    code = row[column]
    if code != "-" and not is_valid_code(code):
        raise row.error(f"invalid code {code!r}")
    return code


def is_valid_code(code: str) -> bool:
    return code in BLOC_CODES or is_state_code(code)


def ascii_fold(text: str) -> str:
    """'Erdoğan' -> 'Erdogan', 'Élysée' -> 'Elysee' (combining marks dropped)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


#: German umlauts as news wires spell them without the diacritic ("Köhler" -> "Koehler").
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def umlaut_fold(text: str) -> str:
    """'Köhler' -> 'Koehler', 'Schröder' -> 'Schroeder' (then other marks dropped as :func:`ascii_fold`)."""
    return text if text.isascii() else ascii_fold(text.translate(UMLAUTS))


def _plural_demonyms(adjective: str) -> list[str]:
    """'Afghan' -> 'Afghans', 'North Korean' -> 'North Koreans' (abbreviations such as 'N. Korean' aside)."""
    if adjective.endswith(("an", "i")) and "." not in adjective:
        return [adjective + "s"]
    return []


@lru_cache(maxsize=1)
def place_rows() -> tuple[tuple[str, str], ...]:
    """(place name, country code) rows of ``places.tsv`` (cities, provinces and regions)."""
    return tuple((row["alias"], _code(row, "code")) for row in _table("places.tsv"))


#: The name of the alias table's copy on disk (:mod:`multipolar.build_cache`).
ALIAS_CACHE = "actor-aliases"


@lru_cache(maxsize=1)
def alias_entries() -> dict[str, tuple[Entry, ...]]:
    """Every surface form (case-sensitive) -> the entries it may denote (ours, then imported ones); read
    from the saved copy (named by the coder stamp, which covers the tables) where there is one."""
    key = (ALIAS_CACHE, imported_table_enabled("organisations.tsv"), imported_table_enabled("people.tsv"))
    return load_or_build(ALIAS_CACHE, key, dict, lambda: _alias_table(imported=True))


@lru_cache(maxsize=1)
def hand_alias_entries() -> dict[str, tuple[Entry, ...]]:
    """The aliases of our hand-written tables only."""
    return _alias_table(imported=False)


def _alias_table(imported: bool) -> dict[str, tuple[Entry, ...]]:
    table: dict[str, list[Entry]] = {}

    def add(alias: str, entry: Entry) -> None:
        for form in {alias, ascii_fold(alias), umlaut_fold(alias)}:
            entries = table.setdefault(form, [])
            if entry not in entries:
                entries.append(entry)

    for code, names, adjectives, people in country_rows():
        for name in names:
            add(name, Entry(code, Sector.GOV, MentionKind.COUNTRY, f"countries.tsv:{code}:{name}", country_name(code)))
        for adj in adjectives:
            add(adj, Entry(code, None, MentionKind.DEMONYM, f"countries.tsv:{code}:{adj}", country_name(code)))
            for plural in _plural_demonyms(adj):
                add(plural, Entry(code, Sector.CVL, MentionKind.PEOPLE, f"countries.tsv:{code}:{plural}",
                                  country_name(code)))
        for noun in people:
            add(noun, Entry(code, Sector.CVL, MentionKind.PEOPLE, f"countries.tsv:{code}:{noun}", country_name(code)))
    for country in pycountry.countries:  # official names of states missing from our table
        for attr in ("name", "common_name"):
            official = getattr(country, attr, None)
            if official and "," not in official and "(" not in official and official not in table:
                add(official, Entry(country.alpha_3, Sector.GOV, MentionKind.COUNTRY, f"pycountry:{country.alpha_3}",
                                country_name(country.alpha_3)))
    for row in _table("metonyms.tsv"):
        alias, code = row["alias"], _code(row, "code")
        add(alias, Entry(code, _sector(row), MentionKind.METONYM, f"metonyms.tsv:{alias}",
                         None if code == "-" else country_name(code)))
    for row in _table("organisations.tsv"):
        code, name, kind = _code(row, "code"), row["name"], row["kind"]
        if kind not in set(OrganisationKind):
            raise row.error(f"bad kind {kind!r} (one of {', '.join(sorted(OrganisationKind))})")
        entry_kind = MentionKind.GROUP if kind == OrganisationKind.GROUP else MentionKind.ORGANISATION
        for alias in row.items("aliases"):
            add(alias, Entry(code, _sector(row), entry_kind, f"organisations.tsv:{name}", name))
    for place in STATELESS_PLACES:
        add(place, Entry("-", None, MentionKind.PLACE, f"stateless_places.txt:{place}"))
    place_aliases = {row["alias"] for row in _table("places.tsv")}
    for row in _table("places.tsv"):
        code, alias = _code(row, "code"), row["alias"]
        if alias.endswith("s") and not alias.endswith("ss") and alias[:-1] in place_aliases:
            # "Chechens", "Kurds" beside "Chechen", "Kurd": the people (CVL), not a place
            add(alias, Entry(code, Sector.CVL, MentionKind.PEOPLE, f"places.tsv:{alias}", country_name(code)))
            continue
        add(alias, Entry(code, None, MentionKind.PLACE, f"places.tsv:{alias}", country_name(code)))
    for tenure in tenures():
        for alias in (tenure.name, *tenure.aliases):
            add(alias, Entry(tenure.country, Sector.GOV, MentionKind.LEADER, f"leaders.tsv:{tenure.name}",
                             tenure.name, leader=tenure.name))
    for spell in official_spells():
        for alias in (spell.name, *spell.aliases):
            add(alias, Entry(spell.country, spell.sector, MentionKind.LEADER, f"officials.tsv:{spell.name}",
                             spell.name, leader=spell.name))
    if imported:
        for row in _imported("organisations"):
            code, name = _code(row, "code"), row["name"]
            kind = MentionKind.GROUP if row["kind"] == OrganisationKind.GROUP else MentionKind.ORGANISATION
            for alias in row.items("aliases"):
                if alias not in table:  # ours win
                    add(alias, Entry(code, _sector(row), kind, f"{IMPORTED_DIR}/organisations.tsv:{name}", name))
        for spell in imported_spells():
            for alias in (spell.name, *spell.aliases):
                if alias not in table or all(e.kind == MentionKind.LEADER for e in table[alias]):
                    add(alias, Entry(spell.country, Sector.GOV, MentionKind.LEADER,
                                     f"{IMPORTED_DIR}/people.tsv:{spell.name}", spell.name, leader=spell.name))
    return {alias: tuple(entries) for alias, entries in table.items()}


@lru_cache(maxsize=1)
def roles() -> dict[str, Role]:
    """Role nouns: ours, then imported agent nouns (``petrarch/agents.tsv``) we do not list."""
    out = dict(hand_roles())
    for row in _imported("agents"):
        out.setdefault(row["term"], _role(row))
    return out


@lru_cache(maxsize=1)
def imported_spells() -> tuple[Tenure, ...]:
    """Dated roles of named people from ``petrarch/people.tsv`` (office ``-``, sector per spell)."""
    return _spells(_imported("people"))


@lru_cache(maxsize=1)
def official_spells() -> tuple[Tenure, ...]:
    """Dated roles of named officials with no office of ``leaders.tsv`` (``officials.tsv``: spokespeople,
    army and intelligence chiefs, other ministers, heads of UN agencies), sector per spell."""
    return _spells(_table("officials.tsv"))


def _spells(rows: tuple[Row, ...]) -> tuple[Tenure, ...]:
    out = []
    for row in rows:
        start, end = row["start"], row.value("end")
        if not _is_day(start) or (end is not None and (not _is_day(end) or end <= start)):
            raise row.error(f"bad dates {start!r}..{end or ''!r} (YYYY-MM-DD, end after start)")
        out.append(Tenure(row["name"], row.items("aliases"), _code(row, "country"), "-", start, end, "",
                          _sector(row) or Sector.GOV))
    return tuple(out)


def _role(row: Row) -> Role:
    office, person = row.value("office"), row["person"]
    if office is not None and office not in OFFICES:
        raise row.error(f"bad office {office!r} (one of {', '.join(sorted(OFFICES))} or -)")
    if person not in ("0", "1"):
        raise row.error(f"bad person {person!r} (0 or 1)")
    return Role(row["term"], _sector(row), office, person == "1")


@lru_cache(maxsize=1)
def hand_roles() -> dict[str, Role]:
    """Our role nouns (``roles.tsv``)."""
    out = {}
    for row in _table("roles.tsv"):
        office, person = row.value("office"), row["person"]
        if office is not None and office not in OFFICES:
            raise row.error(f"bad office {office!r} (one of {', '.join(sorted(OFFICES))} or -)")
        if person not in ("0", "1"):
            raise row.error(f"bad person {person!r} (0 or 1)")
        out[row["term"]] = Role(row["term"], _sector(row), office, person == "1")
    return out


@lru_cache(maxsize=1)
def tenures() -> tuple[Tenure, ...]:
    out = []
    for row in _table("leaders.tsv"):
        office, start, end = row["office"], row["start"], row.value("end")
        if office not in OFFICES:
            raise row.error(f"bad office {office!r} (one of {', '.join(sorted(OFFICES))})")
        if not _is_day(start) or (end is not None and (not _is_day(end) or end <= start)):
            raise row.error(f"bad dates {start!r}..{end or ''!r} (YYYY-MM-DD, end after start)")
        title = row["title"] or DEFAULT_TITLES.get(office, "")
        out.append(Tenure(row["name"], row.items("aliases"), _code(row, "country"), office, start, end, title))
    return tuple(out)


def _is_day(value: str) -> bool:
    return len(value) == 10 and value[4] == "-" and value[7] == "-" and value.replace("-", "").isdigit()


@lru_cache(maxsize=1)
def tenures_by_leader() -> dict[str, tuple[Tenure, ...]]:
    """Each person's spells in date order: our tenures and officials' spells, and the imported ones (before ours)."""
    out: dict[str, list[Tenure]] = {}
    for tenure in (*tenures(), *official_spells(), *imported_spells()):
        out.setdefault(tenure.name, []).append(tenure)
    return {k: tuple(sorted(v, key=lambda t: t.start)) for k, v in out.items()}


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


@lru_cache(maxsize=1)
def ambiguous_aliases() -> frozenset[str]:
    """Aliases allowed to carry several codes (resolved by context in :mod:`disambiguate`)."""
    return frozenset(row["alias"] for row in _table("ambiguous.tsv"))


@lru_cache(maxsize=1)
def context_cues() -> dict[str, tuple[tuple[str, str, frozenset[str]], ...]]:
    """alias -> ((code or '-', note, cue words), ...): the reading chosen when a cue occurs in the doc."""
    out: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
    for row in _table("ambiguous.tsv"):
        out.setdefault(row["alias"], []).append((_code(row, "reading"), row["note"], frozenset(row.items("cues"))))
    return {k: tuple(v) for k, v in out.items()}
