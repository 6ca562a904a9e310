"""Institutions named with another state's nationality, central banks, scandal names (round 11b)."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors


def _actors(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.text, m.code, m.sector) for m in resolve_actors(text, date="1990-05-01")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality before an institution the table gives to another state names the state
        ("The Canadian House of Commons passed the bill.", ("Canadian House of Commons", "CAN", "LEG")),
        ("An Australian House of Representatives panel met.", ("Australian House of Representatives", "AUS", "LEG")),
        ("The Japanese Justice Department opened a case.", ("Japanese Justice Department", "JPN", "JUD")),
        # central banks: the Federal Reserve, "Bank of" + a state
        ("The Federal Reserve Board raised its discount rate.", ("Federal Reserve Board", "USA", "GOV")),
        ("The Bank of Kenya cut its lending rate.", ("Bank of Kenya", "KEN", "GOV")),
        ("The Bank of Japan intervened in the market.", ("Bank of Japan", "JPN", "GOV")),
        ("Ghana's central bank tightened credit.", ("Ghana's central bank", "GHA", "GOV")),
        ("The Bundesbank held its rates.", ("Bundesbank", "DEU", "GOV")),
        # a ministry known by its own name: Japan's trade ministry
        ("MITI asked chipmakers to trim output.", ("MITI", "JPN", "GOV")),
        ("The Ministry of International Trade and Industry issued a guideline.",
         ("Ministry of International Trade and Industry", "JPN", "GOV")),
        # commercial banks named after a state stay businesses
        ("Bank of America posted a loss.", ("Bank of America", "USA", "BUS")),
        ("The Bank of Scotland opened a branch.", ("Bank of Scotland", "GBR", "BUS")),
    ],
)
def test_institution_actor(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _actors(text)


def test_same_state_metonym_unchanged() -> None:
    # a nationality of the metonym's own state leaves the metonym as it was
    assert ("Kremlin", "RUS", "GOV") in _actors("The Russian Kremlin denied it.")


def test_capital_after_other_nationality_unchanged() -> None:
    # capitals and seats of government are places a foreign nationality can qualify
    actors = _actors("The Mexican Washington envoy left.")
    assert not any("Washington" in text and code == "MEX" for text, code, _ in actors)


@pytest.mark.parametrize("text", ["Iran-contra hearings resumed on Tuesday.", "The Iran-Contra panel met."])
def test_scandal_name_is_no_actor(text: str) -> None:
    assert not any(code == "IRN" for _, code, _ in _actors(text))
