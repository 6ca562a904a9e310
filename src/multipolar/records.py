"""Typed records that flow through multipolar: document -> actor mentions -> events."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class MentionKind(StrEnum):
    """What an actor mention (or an alias-table entry) is; members compare equal to their strings."""

    COUNTRY = "country"  # a state's name ("China"), GOV
    DEMONYM = "demonym"  # a nationality adjective ("Chinese"), no sector
    PEOPLE = "people"  # a plural demonym or people noun ("Afghans"), CVL
    METONYM = "metonym"  # a capital or seat of power ("the Kremlin")
    PLACE = "place"  # a city or region naming its country
    ORGANISATION = "organisation"  # an IGO, NGO or transnational militant group
    GROUP = "group"  # a domestic group coded to its state, or a company/outlet/school name
    LEADER = "leader"  # a named office holder, by tenure
    ROLE = "role"  # nationality or organisation + role noun ("Chinese troops", "the president of France")
    COREF = "coref"  # a pronoun or description resolved to an earlier mention
    BLOCKER = "blocker"  # an unresolved named entity competing for a pronoun (coreference only)
    UNRESOLVED = "unresolved"  # an unnamed party in an event slot ("gunmen"), country from context (events only)
    IMPLICIT = "implicit"  # the implied agent or target of an event ("was arrested": police) (events only)


class Sector(StrEnum):
    """The sector of an actor (the PLOVER manual's sector codes, ``actors/data/README.md``); members compare
    equal to their strings."""

    GOV = "GOV"  # government, executive
    MIL = "MIL"  # armed forces
    COP = "COP"  # police
    JUD = "JUD"  # courts, prosecutors
    LEG = "LEG"  # legislature
    SPY = "SPY"  # intelligence
    PRM = "PRM"  # paramilitaries
    REB = "REB"  # rebels, insurgents, militias
    UAF = "UAF"  # unidentified armed force
    PTY = "PTY"  # political party
    OPP = "OPP"  # opposition
    ELI = "ELI"  # elite, former office holder
    CVL = "CVL"  # civilians, the people
    CRM = "CRM"  # criminals
    REF = "REF"  # refugees, displaced people
    JRN = "JRN"  # media, journalists
    BUS = "BUS"  # business
    AGR = "AGR"  # agriculture
    EDU = "EDU"  # education
    LAB = "LAB"  # labour
    MED = "MED"  # health
    REL = "REL"  # religion
    SOC = "SOC"  # other civil-society organisations and movements
    PRE = "PRE"  # partially recognised entities (breakaway regions, disputed territories)
    UNK = "UNK"  # generic unidentified actor


class Modality(StrEnum):
    """Whether an event is reported as having happened (None = factual) and why not."""

    HYPOTHETICAL = "hypothetical"  # modal, conditional, "considered"
    QUESTION = "question"
    INTENT = "intent"  # future, "pledged to", "said it would"
    NEGATED = "negated"
    REFUSAL = "refusal"  # "will not lift the ban": a refusal of the act (clause status only)
    BACKGROUND = "background"  # tied to an explicit earlier time ("in 2019", "the 2003 invasion")


@dataclass(frozen=True)
class Document:
    """One news document as read by :mod:`multipolar.ingest`."""

    id: str
    text: str
    date: str | None = None  # ISO date, YYYY-MM-DD
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    origin: str = ""  # file (and line) it came from, for error messages and provenance


@dataclass(frozen=True)
class ActorMention:
    """A resolved actor in a document: code (ISO alpha-3, ``UN``, ``WST`` ...) and sector."""

    text: str
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    start_char: int
    end_char: int
    code: str
    sector: str | None = None
    kind: MentionKind = MentionKind.COUNTRY
    rule: str = ""  # which table entry or rule resolved it
    members: tuple[str, ...] = ()  # compound actors ("the two nations") list member codes
    name: str | None = None  # canonical name (leader or organisation), when known

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class LocationType(StrEnum):
    """What a location names, as GDELT's Geo_Type (country, first-order division, city)."""

    COUNTRY = "country"
    ADM1 = "adm1"
    CITY = "city"


@dataclass(frozen=True)
class Location:
    """A place on the map (GDELT's ActionGeo/Actor1Geo/Actor2Geo block), set by ``multipolar_places``."""

    type: LocationType
    name: str  # the place's own name ("Nablus")
    full_name: str  # "Nablus, Palestine" (city, ADM1 where known, country)
    country: str  # ISO 3166-1 alpha-3 ("PSE")
    adm1: str | None = None  # first-order division code where known ("USTX", "AF-HEL")
    lat: float | None = None
    lon: float | None = None
    feature_id: str | None = None  # GeoNames id of a city, ISO code of a country or division


@dataclass(frozen=True)
class Event:
    """One coded event occurrence with its evidence (document, sentence, trigger span)."""

    doc_id: str
    sentence_index: int
    sentence: str
    sentence_start: int  # char offset of the sentence in the document
    trigger: str
    char_start: int  # trigger span in the document
    char_end: int
    source: str | None
    source_sector: str | None
    source_text: str | None
    target: str | None
    target_sector: str | None
    target_text: str | None
    cameo: str
    root: str
    plover: str | None
    plover_mode: str | None
    quad: int
    penta: int
    goldstein: float
    date: str | None
    rule: str
    confidence: float = 1.0
    negated: bool = False
    modality: Modality | None = None  # None = factual
    publisher: str | None = None
    url: str | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())
    action_geo: Location | None = None  # where it happened (clause or sentence place, else dateline)
    source_geo: Location | None = None  # where the source actor is placed in the text
    target_geo: Location | None = None
    tone: float | None = None  # the document's tone (GDELT's AvgTone scale), set by ``multipolar_tone``

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data.pop("extra")
        data.update(dict(self.extra))
        return data


EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Event) if f.name != "extra")
