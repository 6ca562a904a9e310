"""Reader of the Phoenix agents dictionary (role nouns -> agent codes) and its mapping onto sectors.

Lines are ``PHRASE {plural} [~CODE] # comment``: ``_`` joins words, ``{}`` gives an irregular plural
(empty = none), otherwise the regular plural is made. ``!NAME! = A, B`` defines a substitution set
used inside phrases (``CONGRESS!PERSON!``). ``[~GOVMED]`` is a chain of three-letter codes; the first
one names the sector. ``[NGO~]`` (code before the actor) marks organisations, not roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from multipolar.dictionaries.common import Tally, lines, phrase_words, plural
from multipolar.records import Sector

SOURCE = "petrarch2:Phoenix.agents"
#: CAMEO agent code -> our (PLOVER) sector. Codes without a sector of ours are skipped.
SECTOR_OF: dict[str, Sector] = {
    "GOV": Sector.GOV, "MIL": Sector.MIL, "REB": Sector.REB, "CRM": Sector.CRM, "OPP": Sector.OPP, "BUS": Sector.BUS,
    "CVL": Sector.CVL, "JUD": Sector.JUD, "COP": Sector.COP, "MED": Sector.JRN, "LEG": Sector.LEG, "HLH": Sector.MED,
    "EDU": Sector.EDU, "UAF": Sector.UAF, "SPY": Sector.SPY, "AGR": Sector.AGR, "LAB": Sector.LAB, "REF": Sector.REF,
    "PTY": Sector.PTY, "ELI": Sector.ELI, "PPL": Sector.CVL, "REL": Sector.REL, "MUS": Sector.REL, "CHR": Sector.REL,
    "BUD": Sector.REL, "HIN": Sector.REL, "JEW": Sector.REL, "JAN": Sector.REL, "SIK": Sector.REL, "MOS": Sector.REL,
}
_ENTRY = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")
_SUBST = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


@dataclass(frozen=True)
class Agent:
    """One role noun (a surface form, lower case) and its sector."""

    term: str
    sector: Sector
    code: str
    provenance: str


def read_agents(text: str, tally: Tally | None = None) -> list[Agent]:
    """Every role noun form with a sector, first definition kept."""
    tally = tally or Tally()
    substitutions: dict[str, list[str]] = {}
    out: dict[str, Agent] = {}
    for number, body, _comment in lines(text):
        stripped = body.strip()
        if stripped.startswith("<"):
            continue  # <!-- header -->
        subst = _SUBST.match(stripped)
        if subst:
            substitutions[subst.group(1).upper()] = [w.strip().lower() for w in subst.group(2).split(",") if w.strip()]
            continue
        entry = _ENTRY.match(stripped)
        if entry is None:
            tally.skip("agent line without [code]")
            continue
        code = entry.group("code").strip()
        if not code.startswith("~"):
            tally.skip("organisation code (NGO~, IGO~): not a role")
            continue
        sector = SECTOR_OF.get(code[1:4].upper())
        if sector is None:
            tally.skip(f"agent code without a sector of ours ({code[1:4].upper()})")
            continue
        for form in _forms(entry.group("phrase"), entry.group("plural"), substitutions):
            if form not in out:
                out[form] = Agent(form, sector, code, f"{SOURCE}:{number}")
    return sorted(out.values(), key=lambda a: a.term)


def _forms(phrase: str, plural_cell: str | None, substitutions: dict[str, list[str]]) -> list[str]:
    marker = re.search(r"!(\w+)!", phrase)
    if marker:
        members = substitutions.get(marker.group(1).upper(), [])
        return [f for m in members for f in _forms(phrase.replace(marker.group(0), m.upper()), "", substitutions)]
    words = phrase_words(phrase)
    if not words or not all(re.fullmatch(r"[a-z][a-z.'&-]*", w) for w in words):
        return []
    singular = " ".join(words)
    if plural_cell is None:
        return [singular, " ".join([*words[:-1], plural(words[-1])])]
    extra = " ".join(phrase_words(plural_cell))
    return [singular, extra] if extra else [singular]
