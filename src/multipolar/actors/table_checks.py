"""Checks that the actor tables agree with each other: codes, sectors and offices are known, an alias
with several codes is marked ambiguous, and no two spells of one office or one official overlap."""

from __future__ import annotations

import itertools
from functools import lru_cache

from multipolar.actors.tables import (
    OFFICES,
    SECTORS,
    Tenure,
    alias_entries,
    ambiguous_aliases,
    is_valid_code,
    official_spells,
    roles,
    tenures_by_office,
)
from multipolar.records import MentionKind


def validate() -> list[str]:
    """Problems found in the tables (empty list = valid)."""
    problems = []
    for alias, entries in alias_entries().items():
        for entry in entries:
            if entry.code != "-" and not is_valid_code(entry.code):
                problems.append(f"{entry.rule}: invalid code {entry.code}")
            if entry.sector is not None and entry.sector not in SECTORS:
                problems.append(f"{entry.rule}: invalid sector {entry.sector}")
        codes = {e.code for e in entries if e.kind != MentionKind.LEADER}
        if len(codes) > 1 and alias not in ambiguous_aliases():
            problems.append(f"alias {alias!r} has codes {sorted(codes)} but is not marked ambiguous")
    for role in roles().values():
        if (role.sector is not None and role.sector not in SECTORS) or (role.office and role.office not in OFFICES):
            problems.append(f"roles.tsv: bad row {role}")
    by_official: dict[str, list[Tenure]] = {}
    for spell in official_spells():
        by_official.setdefault(spell.name, []).append(spell)
    for name, spells in by_official.items():
        for before, after in itertools.pairwise(sorted(spells, key=lambda spell: spell.start)):
            if before.end is None or before.end > after.start:
                problems.append(f"officials.tsv: {name}'s spells overlap")
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


class TableError(ValueError):
    """The actor tables contradict each other (see :func:`validate`)."""


@lru_cache(maxsize=1)
def check() -> None:
    """Raise :class:`TableError` naming the first problems if the tables are not valid (run once by
    the actor component when it is built, so a bad edit fails the first run, not only a test)."""
    problems = validate()
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise TableError("; ".join(problems[:3]) + more)
