"""Generated people spells (``petrarch/people.tsv``, off by default) would name officials of dated news
only: an undated text cannot tell which spell holds; 1980s office holders come from leaders.tsv."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors


def codes(text: str, date: str | None) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.code, m.sector) for m in resolve_actors(text, date=date)}


def test_undated_text_ignores_generated_people() -> None:
    found = codes("Zbigniew Brzezinski flew to Cairo for talks.", None)
    assert "Zbigniew Brzezinski" not in found, found


@pytest.mark.parametrize(
    ("text", "span", "date", "expected"),
    [
        # 1980s office holders named by surname in wire news (leaders.tsv)
        ("Reagan told Nakasone the tariffs would stay.", "Reagan", "1987-04-20", ("USA", "GOV")),
        ("Reagan told Nakasone the tariffs would stay.", "Nakasone", "1987-04-20", ("JPN", "GOV")),
        ("Bush flew to Riyadh for talks.", "Bush", "1986-04-05", ("USA", "GOV")),
        ("Weinberger toured the Gulf bases.", "Weinberger", "1987-05-20", ("USA", "GOV")),
    ],
)
def test_leaders_of_the_eighties(text: str, span: str, date: str, expected: tuple[str, str]) -> None:
    found = codes(text, date)
    assert found.get(span) == expected, found


@pytest.mark.parametrize(
    ("date", "leader"),
    [("1987-03-27", "Andreas Papandreou"), ("2010-05-01", "George Papandreou")],
)
def test_a_title_and_a_namesake_surname_name_the_holder_on_the_date(date: str, leader: str) -> None:
    # two prime ministers share the surname: the one in office on the date, whatever the set order
    found = {m.text: m for m in resolve_actors("Greek Prime Minister Papandreou spoke in Athens.", date=date)}
    mention = found["Greek Prime Minister Papandreou"]
    assert (mention.code, mention.sector, mention.name) == ("GRC", "GOV", leader)
