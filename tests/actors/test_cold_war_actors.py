"""Organisations, groups and seats of government of 1980s news: the GATT and the Soviet bloc's bodies
are international organisations, the Contras and the Khmer Rouge their state's rebels, Bonn the West
German government, Tass Soviet state media."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors


def _actors(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.text, m.code, m.sector) for m in resolve_actors(text, date="1986-09-01")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile asked the GATT to rule on the copper duties.", ("GATT", "IGO", "GOV")),
        ("The General Agreement on Tariffs and Trade opened a panel.", (
            "General Agreement on Tariffs and Trade", "IGO", "GOV")),
        ("Comecon rejected the proposal.", ("Comecon", "IGO", "GOV")),
        ("The EC threatened Norway with duties on its salmon.", ("EC", "EU", "GOV")),
        ("The Warsaw Pact held manoeuvres.", ("Warsaw Pact", "IGO", "MIL")),
        ("The Inter-American Development Bank lent Peru 90 mln dlrs.", (
            "Inter-American Development Bank", "IGO", "GOV")),
        ("UNCTAD published its report.", ("UNCTAD", "UN", "GOV")),
        ("The contras ambushed a truck near Esteli.", ("contras", "NIC", "REB")),
        ("The Khmer Rouge shelled a camp.", ("Khmer Rouge", "KHM", "REB")),
        ("Bonn rejected the demand.", ("Bonn", "DEU", "GOV")),
        ("Tass said the talks had failed.", ("Tass", "RUS", "JRN")),
        ("Czechoslovakia sent a trade team to Vienna.", ("Czechoslovakia", "CSK", "GOV")),
        ("The Czechoslovak envoy left Bern.", ("Czechoslovak envoy", "CSK", "GOV")),
        ("South Yemen bought two Soviet tankers.", ("South Yemen", "YMD", "GOV")),
        ("North Yemen closed the road to Aden.", ("North Yemen", "YEM", "GOV")),
        ("The Organisation for Economic Cooperation and Development cut its forecast.", (
            "Organisation for Economic Cooperation and Development", "IGO", "GOV")),
    ],
)
def test_cold_war_actors(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _actors(text)


def test_the_two_yemens_are_two_states() -> None:
    codes = {code for _, code, _ in _actors("North Yemen and South Yemen agreed to reopen the border.")}
    assert codes == {"YEM", "YMD"}


@pytest.mark.parametrize("text", ["Rebels downed a Soviet-made helicopter.", "The navy bought French-built frigates.",
                                  "The army paraded Chinese-designed missiles."])
def test_where_a_thing_was_made_names_no_actor(text: str) -> None:
    assert not {code for _, code, _ in _actors(text)} & {"RUS", "FRA", "CHN"}


def test_a_state_that_backs_a_thing_is_still_named() -> None:
    assert any(code == "RUS" for _, code, _ in _actors("Soviet-backed rebels downed a helicopter."))


def test_the_warsaw_pact_is_not_poland() -> None:
    assert not any(code == "POL" for _, code, _ in _actors("The Warsaw Pact held manoeuvres."))
