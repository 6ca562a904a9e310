"""Places inside organisation names, and fixed names that contain a capital."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors


def found(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.text, m.code, m.sector) for m in resolve_actors(text, "1990-05-01") if m.kind != "coref"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan Air Lines Co raised fares.", ("Japan Air Lines Co", "JPN", "BUS")),
        ("Texas Air Corp bought two jets.", ("Texas Air Corp", "USA", "BUS")),
        ("Students at Tokyo University marched.", ("Tokyo University", "JPN", "EDU")),
        ("The Saudi Press Agency reported the talks.", ("Saudi Press Agency", "SAU", "JRN")),
    ],
)
def test_named_organisations_take_their_place_and_sector(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ohio Farm Bureau Federation backed the bill.", ("Ohio", "USA", None)),
        ("The Oslo City Court jailed him.", ("Oslo City Court", "NOR", "JUD")),
    ],
)
def test_other_organisations_named_after_a_place_keep_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize("text", ["Bethlehem Steel Corp cut prices.", "Pacific Western Airlines Corp was sold.",
                                  "Jordan Industries Inc was sold."])
def test_ambiguous_places_in_company_names_are_no_actor(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    "text",
    ["Creditors met in the Paris accord talks.", "Both sides broke the Minsk agreements.",
     "The London Club of banks met.", "Delegates resumed the Uruguay Round.", "They signed the Oslo Accords."],
)
def test_fixed_names_with_a_capital_block_it(text: str) -> None:
    assert found(text) == set()


def test_paris_club_is_an_organisation() -> None:
    assert ("Paris Club", "IGO", "GOV") in found("Peru asked the Paris Club for relief.")
