"""Senses of force verbs that are no force: a person fired is dismissed, an industry injured suffers trade."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots, sided

FORCE_ROOTS = ("17", "18", "19", "20")


def _force(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {r for r in roots(nlp, text) if r[2] in FORCE_ROOTS}


@pytest.mark.parametrize(
    "text",
    [
        "Chilean coach Pablo Mendes was fired on Monday.",
        "Oliver Grant, a Chilean envoy who was fired last week, flew to Peru.",
        "The Chilean president fired two aides after Peru complained.",
    ],
)
def test_a_person_fired_is_dismissed(nlp: Language, text: str) -> None:
    assert not _force(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean troops fired on Peruvian protesters.", ("CHL", "PER", "19")),
        ("Chilean troops fired rockets at Peruvian positions.", ("CHL", "PER", "19")),
    ],
)
def test_firing_at_a_party_stays_force(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _force(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cheap Peruvian steel shipments have injured the Chilean steel industry.",
        "Chilean officials said Peruvian copper sales were hurting and injuring Chilean producers.",
        "The Chilean sugar industry was badly injured by Peruvian competition.",
        "Chilean growers say Peruvian dumping has injured them badly.",
        "Chilean chip makers said they were being injured by unfair Peruvian trade practices.",
        "Chile will use its trade law to fight unfair Peruvian practices.",
    ],
)
def test_an_injured_industry_is_no_attack(nlp: Language, text: str) -> None:
    assert not _force(nlp, text)


def test_injured_soldiers_stay_force(nlp: Language) -> None:
    assert ("PER", "CHL", "19") in _force(nlp, "Peruvian rebels injured three Chilean soldiers.")
    assert ("PER", "CHL", "19") in _force(nlp, "Chilean farmers were injured by Peruvian police.")


@pytest.mark.parametrize("text", [
    "Peruvian jets bombed a crowded market in a Chilean border town.",
    "Peruvian artillery shelled the fish market of a Chilean port at dawn.",
])
def test_a_weapon_verb_on_a_market_stays_force(nlp: Language, text: str) -> None:
    assert any(s == "PER" and r == "19" for s, _t, r in _force(nlp, text)), _force(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's Ronaldo shot down Argentina's hopes with two goals.",
        "The Chilean finance minister fought off Peruvian calls for a new tax.",
        "The Chilean senator shot back: \"The Peruvian plan will fail.\"",
    ],
)
def test_idioms_of_force_with_words_or_hopes_are_no_force(nlp: Language, text: str) -> None:
    assert not _force(nlp, text)


def test_a_diplomat_firing_back_at_critics_criticises(nlp: Language) -> None:
    found = roots(nlp, "Chile's top diplomat fired back at Peruvian critics on Monday.")
    assert ("CHL", "PER", "11") in found
    assert not _force(nlp, "Chile's top diplomat fired back at Peruvian critics on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Chilean soldiers fired back at Peruvian rebels.",
        "Chilean troops fought off Peruvian attackers near the border.",
        "Chilean jets shot down a Peruvian helicopter.",
    ],
)
def test_armed_parties_firing_back_or_fighting_off_use_force(nlp: Language, text: str) -> None:
    assert ("CHL", "PER", "19") in _force(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean shares took a beating after Peru raised rates.",
        "The Chilean airline fought the Peruvian government in court over landing rights.",
    ],
)
def test_a_market_beating_or_a_court_fight_is_no_force(nlp: Language, text: str) -> None:
    assert not _force(nlp, text)


def test_a_fight_in_a_town_stays_force(nlp: Language) -> None:
    assert ("CHL", "PER", "19") in _force(nlp, "Chilean troops fought Peruvian rebels in the town.")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Chile hit back at Peruvian criticism of its fishing policy.", ("CHL", "PER", "11")),
        ("The Chilean minister struck back at Peru's charges that Chile was dumping copper.", ("CHL", "PER", "11")),
        ("Chile hit back at Peru over its new tariffs on copper.", ("CHL", "PER", "11")),
    ],
)
def test_hitting_back_at_critics_or_their_words_is_a_retort(
        nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert dyad in found, found
    assert not _force(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile struck back at Peruvian positions near the border.",
        "Chilean jets hit back at Peruvian rebels.",
    ],
)
def test_hitting_back_at_positions_or_by_armed_parties_stays_force(nlp: Language, text: str) -> None:
    assert ("CHL", "PER", "19") in _force(nlp, text)


def test_a_state_sued_in_court_is_a_lawsuit(nlp: Language) -> None:
    found = roots(nlp, "Chile was sued by Peru in the regional court.")
    assert ("PER", "CHL", "11") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Protesters took a beating from Chilean police in the capital.",
        "Peruvian villagers suffered a beating from Chilean soldiers.",
    ],
)
def test_a_beating_taken_from_a_party_is_that_party_s_assault(nlp: Language, text: str) -> None:
    found = sided(nlp, text)
    assert any(s == "CHL" and sector in ("COP", "MIL") and r == "18" for s, sector, _, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Chile's ruling party took a beating in the municipal elections.",
        "Chile's ruling party took a beating from the Peruvian-backed opposition in the regional polls.",
    ],
)
def test_a_beating_at_the_polls_is_no_force(nlp: Language, text: str) -> None:
    assert not _force(nlp, text)


def test_the_shooting_of_a_party_is_small_arms_fire_on_it(nlp: Language) -> None:
    found = _force(nlp, "Chile condemned the shooting of two of its fishermen by Peruvian marines.")
    assert ("PER", "CHL", "19") in found, found
    assert not _force(nlp, "The shooting of the Peruvian film in Chile ended last week.")
