"""Announced intents (round 33): a visit or meeting its host or partner announces is the visitor's
intent to meet (036), not the speaker's forecast; a pledge a party holds from another ("had a
commitment from X", "obtained assurances from X") is the maker's promise to the holder (030)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the host announces the visit: arranged by both sides, the visitor's intent
        ("The Turkish foreign minister will visit Athens next week, Greek officials said.", ("TUR", "GRC", "036")),
        ("Peruvian officials said the Chilean president would visit Lima in May.", ("CHL", "PER", "036")),
        ("Indian negotiators will arrive in Manila on Monday for talks, Philippine officials said.",
         ("IND", "PHL", "036")),
    ],
)
def test_hosted_plans_are_the_visitors_intent(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a possible visit stays speculation; a third party's forecast of another's act stays one
        ("Greek officials said the Turkish foreign minister may visit Athens next week.", ("TUR", "GRC", "036")),
        ("Greek officials said the Turkish army would attack the island soon.", ("TUR", "GRC", "138")),
        # the speaker's side is the visitor's own: no host is announcing
        ("Peruvian officials said the Chilean president would visit Lima in May.", ("PER", "PER", "036")),
    ],
)
def test_forecasts_stay_forecasts(nlp: Language, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a held pledge: the from-phrase makes it, the holder receives it
        ("The American trade secretary said he had a clear commitment from the Thai prime minister that"
          " banks could bid.",
         ("THA", "USA", "030")),
        ("Portugal has a promise from Brazil that its ports will stay open.", ("BRA", "PRT", "030")),
        ("Egypt obtained assurances from Israel that its jets would stay out of Sinai.", ("ISR", "EGY", "030")),
        # assurances given to a named party
        ("Norway repeated its assurances to Sweden that the pipeline was safe.", ("NOR", "SWE", "030")),
    ],
)
def test_held_pledges_are_the_makers(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_sought_assurances_stay_appeals(nlp: Language) -> None:
    found = dyads(nlp, "Chile sought assurances from Peru that its troops would stay home.")
    assert ("CHL", "PER", "020") in found and ("PER", "CHL", "030") not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # evacuating a territory is a pullout from it; a coming one an intent to withdraw
        ("Syria's evacuation of the Bekaa valley in Lebanon ended last year.", ("SYR", "LBN", "0874")),
        ("Vietnam's evacuation of Cambodia will start in June, Hanoi radio said.", ("VNM", "KHM", "0356")),
    ],
)
def test_evacuated_territory_is_a_pullout(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_evacuated_people_are_no_pullout(nlp: Language) -> None:
    found = dyads(nlp, "Norway's evacuation of its citizens from Libya began on Sunday.")
    assert not {d for d in found if d[2] == "0874"}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date between the act noun and its own phrases, which the parser hangs on the verb above
        ("Talk of a fishing deal grew before the Spanish premier's trip later this month to Peru.",
         ("ESP", "PER", "036")),
        ("Ministers placed hopes on the trip to Cairo next week by the Kenyan foreign minister.",
         ("KEN", "EGY", "036")),
        ("Bankers welcomed the visit to Jakarta last week by the Dutch finance minister.", ("NLD", "IDN", "042")),
    ],
)
def test_dated_visits_keep_their_parties(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_a_later_date_is_no_plan(nlp: Language) -> None:
    found = dyads(nlp, "Bankers praised the visit to Jakarta two days later by the Dutch finance minister.")
    assert ("NLD", "IDN", "036") not in found, found
