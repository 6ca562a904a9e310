"""Find the date in a news dateline ("MOSCOW, March 21, 2023 - ...") at the start of a text."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTHS.update({name[:3]: i for name, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9

_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'()/-]{1,40},\s*)?(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2}),?\s+(?P<y1>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>[A-Za-z]{3,9})\.?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d))\b"
)


def dateline_date(text: str) -> str | None:
    """ISO date of a dateline (optional upper-case place, comma, date) opening the text, or None."""
    match = _DATELINE.match(text.lstrip()[:100])
    if not match:
        return None
    if match["iso"]:
        try:
            return date.fromisoformat(match["iso"]).isoformat()
        except ValueError:
            return None
    month_name, day, year = (match["m1"], match["d1"], match["y1"]) if match["m1"] else (
        match["m2"], match["d2"], match["y2"])
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return None
    try:
        return date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


#: Characters after leading whitespace in which :func:`dateline_place` looks for the place.
DATELINE_PLACE_CHARS = 80
#: An upper-case place opening a story, before a comma, an agency in brackets or a dash.
_DATELINE_PLACE = re.compile(r"^(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})\s*(?:,|\(|[-–—]{1,2}\s)")
#: Upper-case openers that are news agencies, not places.
AGENCIES = frozenset({"AP", "AFP", "REUTERS", "UPI", "DPA", "ANSA", "EFE", "TASS", "XINHUA", "IANS", "PTI", "CNN",
                      "BBC", "UPDATE", "BREAKING", "ANALYSIS", "EXCLUSIVE"})


def dateline_place(text: str) -> str | None:
    """The place of a dateline opening the text ("NABLUS, West Bank (Reuters) -" -> "Nablus"), or None."""
    match = _DATELINE_PLACE.match(text.lstrip()[:DATELINE_PLACE_CHARS])
    if not match:
        return None
    place = match["place"].strip(" .-")
    if len(place) < 3 or place.upper() in AGENCIES:
        return None
    return place.title()


#: Characters of a text in which :func:`dashed_dateline_end` looks for a dateline.
DATELINE_CHARS = 100
#: A dateline ending in a spaced dash: an upper-case place (or agency), then optionally a comma or a
#: bracket and up to 60 more characters ("LONDON, April 5 -", "KABUL (Reuters) -", "BAGHDAD, Iraq -").
_DATELINE_END = re.compile(
    r"^\s*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:\s*[,(][^\n]{0,60}?)?\s+(?:-{1,2}|—)\s+(?=\S)")


def dashed_dateline_end(text: str) -> int:
    """Character offset of the first word after a dateline that ends in a dash ("LONDON, April 5 -
    Britain's ..." -> the offset of "Britain's"), else 0. Text level, before parsing; on a parsed doc
    :func:`multipolar.events.placing.dateline_end` reads any dateline by tokens."""
    match = _DATELINE_END.match(text[:DATELINE_CHARS])
    return match.end() if match else 0
