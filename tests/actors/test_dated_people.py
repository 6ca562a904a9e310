"""Generated people spells (``petrarch/people.tsv``) name officials of dated news only: an undated
text cannot tell which spell holds, or whether the name is that person."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors


def codes(text: str, date: str | None) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.code, m.sector) for m in resolve_actors(text, date=date)}


@pytest.mark.parametrize(
    ("text", "span", "date", "expected"),
    [
        # officials of 1980s news known only to the generated table
        ("George Shultz flew to Cairo for talks.", "George Shultz", "1987-10-20", ("USA", "GOV")),
        ("Caspar Weinberger inspected the fleet.", "Caspar Weinberger", "1986-05-02", ("USA", "GOV")),
        # out of office the same person is an elite
        ("Caspar Weinberger wrote a memoir.", "Caspar Weinberger", "1990-03-01", ("USA", "ELI")),
    ],
)
def test_dated_news_names_generated_people(text: str, span: str, date: str, expected: tuple[str, str]) -> None:
    found = codes(text, date)
    assert found.get(span) == expected, found


def test_undated_text_ignores_generated_people() -> None:
    found = codes("George Shultz flew to Cairo for talks.", None)
    assert "George Shultz" not in found, found
