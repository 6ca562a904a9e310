"""Named officials of the news periods the coder meets (1987 wire news, 2003-2005 world news): spokesmen,
ministers, central bankers, heads of international bodies and leaders of armed groups, dated in
``officials.tsv``/``leaders.tsv`` and aliases of their group in ``organisations.tsv``."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors


def codes(text: str, date: str | None) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.code, m.sector) for m in resolve_actors(text, date=date)}


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # undated world news of 2004: the spell's sector, whatever today's date
        ("Richard Boucher told reporters the talks would go on.", "Richard Boucher", ("USA", "GOV")),
        ("Ahmed Qurei met the envoys in Ramallah.", "Ahmed Qurei", ("PSE", "GOV")),
        ("Hoshyar Zebari flew to Amman on Sunday.", "Hoshyar Zebari", ("IRQ", "GOV")),
        ("Peter Mandelson warned Beijing over textiles.", "Peter Mandelson", ("EU", "GOV")),
        ("James Wolfensohn toured the camps.", "James Wolfensohn", ("WB", "GOV")),
        ("George Tenet briefed the senators.", "George Tenet", ("USA", "SPY")),
        ("Kong Quan rejected the charge.", "Kong Quan", ("CHN", "GOV")),
        ("Shamil Basayev claimed the raid.", "Shamil Basayev", ("RUS", "REB")),
    ],
)
def test_officials_of_2004_resolve_in_undated_text(text: str, span: str, expected: tuple[str, str]) -> None:
    found = codes(text, None)
    assert found.get(span) == expected, found


@pytest.mark.parametrize(
    ("text", "span", "date", "expected"),
    [
        ("Volcker told the bankers rates would stay.", "Volcker", "1987-03-02", ("USA", "GOV")),
        ("Hawke flew to Jakarta for talks.", "Hawke", "1987-05-11", ("AUS", "GOV")),
        ("Aquino named a new cabinet.", "Aquino", "1987-02-10", ("PHL", "GOV")),
        ("Yamani left Riyadh for Vienna.", "Yamani", "1986-05-01", ("SAU", "GOV")),
        ("William Crowe flew to Bahrain.", "William Crowe", "1987-10-19", ("USA", "MIL")),
        ("Sumita told the bankers rates would stay.", "Sumita", "1987-04-01", ("JPN", "GOV")),
        # a German name as the wires spell it, with "oe" for the umlaut
        ("Horst Koehler visited Warsaw.", "Horst Koehler", "2006-05-03", ("DEU", "GOV")),
    ],
)
def test_officials_of_the_eighties_and_wire_spellings(text: str, span: str, date: str,
                                                       expected: tuple[str, str]) -> None:
    found = codes(text, date)
    assert found.get(span) == expected, found


def test_a_spell_does_not_reach_before_it_began() -> None:
    found = codes("Greenspan spoke to the committee.", "1985-06-01")
    assert found.get("Greenspan", (None, None))[1] != "GOV", found


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Ayman al-Zawahri called for new attacks.", "Ayman al-Zawahri", ("IMG", "REB")),
        ("Abdullah Ocalan urged his followers to lay down arms.", "Abdullah Ocalan", ("TUR", "REB")),
        ("Velupillai Prabhakaran rejected the offer.", "Velupillai Prabhakaran", ("LKA", "REB")),
    ],
)
def test_leaders_of_armed_groups_stand_for_their_group(text: str, span: str, expected: tuple[str, str]) -> None:
    found = codes(text, None)
    assert found.get(span) == expected, found
