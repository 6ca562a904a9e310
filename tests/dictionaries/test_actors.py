"""The agents and actors readers on snippets written here: substitutions, plurals, codes, dated roles."""

from __future__ import annotations

import pytest

from multipolar.dictionaries.actors import display_name, expand_date, parse_restriction, read_actors
from multipolar.dictionaries.agents import read_agents
from multipolar.dictionaries.common import Tally

AGENTS = """\
<!-- TEST AGENTS -->
!PERSON! = MAN, MEN, WOMAN, WOMEN
INSURGENT [~REB] # ab 1 Jan 2005
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
GUN!PERSON! [~UAF]
STATE_TELEVISION [~GOVMED]   # the first code names the sector: GOV
HUMAN_RIGHTS_BODY [NGO~]
GREEN_ACTIVIST [~ENV]
"""

ACTORS = """\
# a comment
RUSSIA_ [RUS]
+MOSCOW_

ANDREI_KOZYREV_  # CountryInfo.txt
+ANDREY_KOZYREV
\t[RUSELI 510101-901011]
\t[RUSGOV 901011-960105]
\t[RUSELI]

ABU_NIDAL_ORGANIZATION [IMGMUSALQ] # kkl 21 Mar 13
+FATAH_REVOLUTIONARY_COUNCIL_
"""


def test_agents_expand_substitutions_plurals_and_map_codes_to_sectors() -> None:
    tally = Tally()
    agents = {a.term: a.sector for a in read_agents(AGENTS, tally)}
    assert agents["insurgent"] == agents["insurgents"] == "REB"
    assert agents["police"] == "COP" and "polices" not in agents  # {} = no plural
    assert agents["attorneys general"] == "GOV" and "attorney generals" not in agents
    assert agents["gunmen"] == agents["gunwoman"] == "UAF"
    assert agents["state television"] == "GOV"
    assert "human rights body" not in agents and "green activist" not in agents
    assert tally.skipped["organisation code (NGO~, IGO~): not a role"] == 1
    assert tally.skipped["agent code without a sector of ours (ENV)"] == 1


def test_actor_records_keep_synonyms_and_dated_roles() -> None:
    records = read_actors(ACTORS)
    assert [r.names[0] for r in records] == ["RUSSIA_", "ANDREI_KOZYREV_", "ABU_NIDAL_ORGANIZATION"]
    russia, kozyrev, nidal = records
    assert russia.default == "RUS" and russia.names[1] == "MOSCOW_" and not russia.restrictions
    assert [(r.code, r.start, r.end) for r in kozyrev.restrictions] == [
        ("RUSELI", "1951-01-01", "1990-10-11"), ("RUSGOV", "1990-10-11", "1996-01-05")]
    assert kozyrev.default == "RUSELI"  # the undated restriction
    assert nidal.default == "IMGMUSALQ" and display_name(nidal.names[1]) == "Fatah Revolutionary Council"


@pytest.mark.parametrize(("cell", "expected"), [
    ("[USAGOV 19940223-20010119]", ("USAGOV", "1994-02-23", "2001-01-19")),
    ("[IGOUNO >20070101]", ("IGOUNO", "2007-01-01", "")),
    ("[USAELI <640101]", ("USAELI", "", "1964-01-01")),
    ("[AFGELI]", ("AFGELI", "", "")),
])
def test_restrictions_read_both_date_widths_and_open_ends(cell: str, expected: tuple[str, str, str]) -> None:
    r = parse_restriction(cell)
    assert r is not None and (r.code, r.start, r.end) == expected


def test_malformed_dates_are_refused() -> None:
    assert parse_restriction("[KORGOV 2004017-20061201]") is None
    with pytest.raises(ValueError):
        expand_date("20041317")


def test_display_names_case_words_initials_and_particles() -> None:
    assert display_name("MADELEINE_K._ALBRIGHT_") == "Madeleine K. Albright"
    assert display_name("OSAMA_BIN_LADEN") == "Osama bin Laden"
    assert display_name("BAN_KI-MOON") == "Ban Ki-Moon"
    assert display_name("JOHN_MCCAIN") == "John McCain" and display_name("TIP_O'NEILL") == "Tip O'Neill"
    assert display_name("AL_QAEDA_(AQ)") == "Al Qaeda"
    assert display_name("NAME_WITH_%_SIGN") is None
    assert display_name("THE_EUROPEAN_UNION_") == "European Union"
