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
