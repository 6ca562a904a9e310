"""Run every reader and write every generated table; returns the report lines."""

from __future__ import annotations

from pathlib import Path

from multipolar.actors import tables
from multipolar.dictionaries.actor_tables import agent_rows, organisations, people_spells, write_actor_tables
from multipolar.dictionaries.actors import read_actors
from multipolar.dictionaries.agents import read_agents
from multipolar.dictionaries.common import Tally, singular
from multipolar.dictionaries.lexicon_tables import (
    hand_entries,
    without_actor_objects,
    without_hand_conflicts,
    write_lexicon_tables,
)
from multipolar.dictionaries.verbs import lexicon_rows, read_verbs
from multipolar.imported import IMPORTED_DIR
from multipolar.records import Sector

PACKAGE = Path(__file__).resolve().parent.parent
VERB_FILE = "CAMEO.2.0.txt"
AGENT_FILE = "Phoenix.agents.txt"
PEOPLE_FILE = "Phoenix.Countries.actors.txt"
#: Role-noun objects of these sectors name the target's kind ("arrest * DEMONSTRATORS" [175]); refugees
#: stay ("evacuate * &REFUGEE" [073] is aid, whoever codes the target).
PEOPLE_SECTORS = frozenset({Sector.CVL, Sector.OPP, Sector.JRN})
ORGANISATION_FILES = ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")


class MissingDictionary(Exception):
    """A dictionary file is missing or unreadable."""


def _read(directory: Path, name: str) -> str:
    path = directory / name
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise MissingDictionary(f"cannot read {path}: {exc.strerror or exc}") from None


def import_all(directory: Path, scope: str = "origin", bare_verbs: bool = False,
               package: Path = PACKAGE) -> list[str]:
    """Import the verb, agent and actor dictionaries from ``directory`` into ``package``.

    Bare verbs (a verb's own code, or a verb with only a target slot) are written only with
    ``bare_verbs``: on agnews_dev they helped one half and hurt the other (see the data README)."""
    texts = {name: _read(directory, name) for name in (VERB_FILE, AGENT_FILE, PEOPLE_FILE, *ORGANISATION_FILES)}
    report: list[str] = []
    tally = Tally()
    agent_tally = Tally()
    agent_nouns = read_agents(texts[AGENT_FILE], agent_tally)
    sectors = {**{a.term: a.sector for a in agent_nouns}, **{t: r.sector for t, r in tables.hand_roles().items()}}
    role_nouns = {singular(term) for term, sector in sectors.items() if " " not in term and sector in PEOPLE_SECTORS}
    rows = lexicon_rows(read_verbs(texts[VERB_FILE], tally), tally, scope=scope)
    rows = without_actor_objects(rows, role_nouns, tally)
    rows = without_hand_conflicts(rows, hand_entries(), tally)
    if not bare_verbs:
        tally.skip("bare verb or verb + target slot only (not kept: see README)", sum(r.kind == "verbs" for r in rows))
        rows = [r for r in rows if r.kind != "verbs"]
    tally.kept = len(rows)
    written = write_lexicon_tables(rows, package / "events" / "data" / "lexicon" / IMPORTED_DIR)
    report += tally.lines(f"verb dictionary ({VERB_FILE})")
    report += [f"  wrote {n:6d}  events/data/lexicon/{IMPORTED_DIR}/{name}" for name, n in written.items()]
    people_tally, org_tally = Tally(), Tally()
    agents = agent_rows(agent_nouns, agent_tally)
    spells = people_spells(read_actors(texts[PEOPLE_FILE], people_tally), "petrarch2:Phoenix.Countries", people_tally)
    orgs = []
    for name in ORGANISATION_FILES:
        source = "petrarch2:" + name.removesuffix(".actors.txt")
        orgs += organisations(read_actors(texts[name], org_tally), source, org_tally)
    org_tally.kept = len(orgs)
    written = write_actor_tables(package / "actors" / "data" / IMPORTED_DIR, agents, spells, orgs)
    report += agent_tally.lines(f"agents ({AGENT_FILE}) -> role nouns")
    report += people_tally.lines(f"people ({PEOPLE_FILE}) -> dated spells")
    report += org_tally.lines("organisations (" + ", ".join(ORGANISATION_FILES) + ")")
    report += [f"  wrote {n:6d}  actors/data/{IMPORTED_DIR}/{name}" for name, n in written.items()]
    return report
