"""Reader of the Phoenix actor dictionaries (countries, international, non-state actors).

A record is a primary phrase (``NAME_ [CODE]``), ``+SYNONYM`` lines and tab-indented date
restrictions ``[CODE date-date]``, ``[CODE >date]``, ``[CODE <date]`` or ``[CODE]`` (default).
Dates are YYYYMMDD or YYMMDD (two-digit years below 30 are 20YY). Codes are a three-letter
country/organisation code followed by agent codes (``RUSGOV``, ``IGOUNO``, ``IRQREB``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from multipolar.dictionaries.common import Tally, lines

_CODE = re.compile(r"\[([^\]]*)\]")
#: Words kept lower case inside names ("Osama bin Laden", "Ministry of Defence").
LOWER_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "da", "del", "der", "van", "von",
                         "bin", "ibn", "al", "el", "la", "le", "du", "y", "e"})


@dataclass(frozen=True)
class Restriction:
    """A code valid from ``start`` (inclusive) to ``end`` (exclusive); empty = open."""

    code: str
    start: str
    end: str


@dataclass
class ActorRecord:
    names: list[str]  # phrases as written, primary first
    default: str | None
    restrictions: list[Restriction] = field(default_factory=list)
    line: int = 0


def read_actors(text: str, tally: Tally | None = None) -> list[ActorRecord]:
    """Every record of an actor dictionary, in file order."""
    tally = tally or Tally()
    records: list[ActorRecord] = []
    for number, body, _comment in lines(text):
        if body.startswith(("\t", " ")) and body.strip().startswith("["):
            if not records:
                tally.skip("date restriction before any actor")
                continue
            restriction = parse_restriction(body.strip())
            if restriction is None:
                tally.skip("malformed date restriction")
            elif restriction.start or restriction.end:
                records[-1].restrictions.append(restriction)
            else:
                records[-1].default = records[-1].default or restriction.code
            continue
        stripped = body.strip()
        code = _CODE.search(stripped)
        phrase = _CODE.sub("", stripped).strip().rstrip(";").strip()
        if stripped.startswith("+") and records:
            records[-1].names.append(phrase[1:].strip())
        elif phrase and not stripped.startswith("+"):
            records.append(ActorRecord([phrase], code.group(1).strip() if code else None, line=number))
        else:
            tally.skip("synonym before any actor")
    return records


def expand_date(value: str) -> str:
    """``"970123"`` -> ``"1997-01-23"``, ``"20070101"`` -> ``"2007-01-01"``; ValueError if malformed."""
    value = value.strip()
    if re.fullmatch(r"\d{6}", value):
        year = int(value[:2])
        value = f"{2000 + year if year < 30 else 1900 + year}{value[2:]}"
    if not re.fullmatch(r"\d{8}", value):
        raise ValueError(value)
    month, day = int(value[4:6]), int(value[6:])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(value)
    return f"{value[:4]}-{value[4:6]}-{value[6:]}"


def parse_restriction(cell: str) -> Restriction | None:
    """``"[RUSGOV 980911-990512]"`` -> Restriction("RUSGOV", "1998-09-11", "1999-05-12")."""
    match = _CODE.fullmatch(cell.strip())
    if match is None:
        return None
    parts = match.group(1).split()
    if not parts:
        return None
    code, span = parts[0], " ".join(parts[1:]).replace(" ", "")
    try:
        if not span:
            return Restriction(code, "", "")
        if span.startswith(">"):
            return Restriction(code, expand_date(span[1:]), "")
        if span.startswith("<"):
            return Restriction(code, "", expand_date(span[1:]))
        start, _, end = span.partition("-")
        return Restriction(code, expand_date(start), expand_date(end))
    except ValueError:
        return None


def display_name(phrase: str) -> str | None:
    """``"MADELEINE_K._ALBRIGHT_"`` -> ``"Madeleine K. Albright"`` (None for odd phrases); a leading
    "the" is dropped."""
    phrase = re.sub(r"\([^)]*\)", " ", phrase)
    words = [w for w in re.split(r"[_\s]+", phrase.strip()) if w]
    if words and words[0].lower() == "the":
        words = words[1:]  # "THE_EUROPEAN_UNION": the article is not part of the name
    if not words or any(not re.fullmatch(r"[A-Za-z][A-Za-z.'-]*", w) for w in words):
        return None
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i and low in LOWER_WORDS:
            out.append(low)
        elif ("." in word and len(word) <= 3) or not re.search(r"[aeiouyAEIOUY]", word):
            out.append(word.upper())  # initials and acronyms: "K.", "U.S.", "NLD"
        else:
            out.append("-".join(_capitalise(part) for part in word.split("-")))
    return " ".join(out)


def _capitalise(word: str) -> str:
    """``"MCCAIN"`` -> ``"McCain"``, ``"O'NEILL"`` -> ``"O'Neill"``, ``"PUTIN"`` -> ``"Putin"``."""
    low = word.lower()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2].upper() + low[3:]
    if low[1:2] == "'" and len(low) > 2:
        return low[0].upper() + "'" + low[2].upper() + low[3:]
    return low[:1].upper() + low[1:]
