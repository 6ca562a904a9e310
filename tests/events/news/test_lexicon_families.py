"""Lexicon families with no trigger before (round 10): political pressure as a noun (a demand, 100),
new weapons shown off (150), writing to a party (040), approaching a party for help (020), seizing
people (181), troop cuts (0874), border closures (191), nationalisations (1711), quarrels (110).
Each family is tested with a coded use and with market, commercial or sports uses that code nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun under a recipient light verb: the from-phrase is the source, the subject the target
        ("Syria came under heavy pressure from France to leave Lebanon.", ("FRA", "SYR", "10")),
        ("Pakistan faces mounting pressure from Washington over the border camps.", ("USA", "PAK", "10")),
        # the noun with its owner and an on-phrase
        ("Chinese pressure on Taiwan has grown since the election.", ("CHN", "TWN", "10")),
        # an agent light verb lends the noun its subject
        ("Germany exerted pressure on Poland to accept the quota.", ("DEU", "POL", "10")),
    ],
)
def test_pressure_noun(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Inflationary pressure on Brazil's economy eased in March.",
        "Heavy selling pressure on Japanese shares continued on Friday.",
        "Upward pressure on German wages is expected to persist.",
    ],
)
def test_market_pressure_is_no_demand(nlp: Language, text: str) -> None:
    assert not any(r == "10" for _, _, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan unveiled a nuclear-capable cruise missile on Thursday.", ("PAK", None, "15")),
        ("Pyongyang paraded new rockets through the capital.", ("PRK", None, "15")),
        ("Vietnam added two submarines to its arsenal this year.", ("VNM", None, "15")),
        ("The Kremlin added hypersonic missiles to its nuclear arsenal.", ("RUS", None, "15")),
        ("India commissioned a new destroyer at Mumbai.", ("IND", None, "15")),
    ],
)
def test_weapons_shown_off(nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    found = roots(nlp, text)
    assert any(s == expected[0] and r == expected[2] for s, _, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Toyota unveiled a new hybrid car in Tokyo.",
        "The Swedish museum added a Soviet tank to its collection.",
        "Samsung showcased its new phones in Berlin.",
    ],
)
def test_commercial_unveiling_is_no_show_of_force(nlp: Language, text: str) -> None:
    assert not any(r == "15" for _, _, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chirac sent a letter to President Bush on Monday.", ("FRA", "USA", "04")),
        ("Putin wrote to Chancellor Schroeder about the gas pipeline.", ("RUS", "DEU", "04")),
        ("Kenya held a video conference with Uganda on the drought.", ("KEN", "UGA", "04")),
    ],
)
def test_letters_and_writing(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # approaching a party for help is an appeal to it
        ("Sudan approached China for a loan to build the dam.", ("SDN", "CHN", "02")),
        ("Chad approached France about military aid.", ("TCD", "FRA", "02")),
        # seizing people is an abduction, seizing goods a confiscation
        ("The seizure of two Chinese engineers by Pakistani militants shocked Beijing.", ("PAK", "CHN", "18")),
        ("The seizure of Russian tankers by Ukraine drew protests.", ("UKR", "RUS", "17")),
    ],
)
def test_approach_and_seizure(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops approached Mosul from the south.",
        "Rebel fighters approached the capital for a final assault.",
    ],
)
def test_approaching_a_place_is_no_appeal(nlp: Language, text: str) -> None:
    assert not any(r == "02" for _, _, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troop cuts as a drawdown (0874), border closures with a particle (191), nationalising foreign assets (1711)
        ("Spain scaled back its troops in Bosnia.", ("ESP", "BIH", "08")),
        ("Italy scaled down its contingent in Lebanon last year.", ("ITA", "LBN", "08")),
        ("Turkey shut down the Syrian border on Monday.", ("TUR", "SYR", "19")),
        ("Ecuador nationalised the Canadian mining company's assets.", ("ECU", "CAN", "17")),
        ("Zimbabwe expropriated British-owned farms.", ("ZWE", "GBR", "17")),
    ],
)
def test_drawdowns_closures_and_nationalisations(nlp: Language, text: str,
                                                 expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a domestic nationalisation names no foreign party
        "Bolivia nationalized its gas industry.",
        "The retailer scaled back its staff in Ohio.",
    ],
)
def test_domestic_nationalisation_and_staff_cuts_code_nothing(nlp: Language, text: str) -> None:
    assert not any(r in ("17", "08") for _, _, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quarrelling with a party is mutual disapproval (110)
        ("Peru quarrelled with Chile over the maritime border.", ("PER", "CHL", "11")),
        ("Peru quarrelled with Chile over the maritime border.", ("CHL", "PER", "11")),
        ("Hungary squabbled with Slovakia about the dam.", ("HUN", "SVK", "11")),
    ],
)
def test_quarrel_family(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "France won three matches in a row against Italy.",
        "Russia and Ukraine ended their gas feud.",
    ],
)
def test_ended_feuds_and_winning_rows_are_no_quarrel(nlp: Language, text: str) -> None:
    assert not any(r == "11" for _, _, r in roots(nlp, text))


@pytest.mark.parametrize("text, dyad", [
    ("France nixed the US plan for an Iraq conference.", ("FRA", "USA", "12")),
    ("Japan and China sparred over a disputed gas field.", ("JPN", "CHN", "11")),
    ("Iran wrangled with the EU over the wording of the deal.", ("EU", "IRN", "11")),
])
def test_news_verbs_of_rejection_and_quarrel(nlp: Language, text: str, dyad: tuple) -> None:
    assert dyad in roots(nlp, text)


def test_torpedoing_a_boat_is_no_rejection(nlp: Language) -> None:
    assert not any(r == "12" for _, _, r in roots(nlp, "A Peruvian submarine torpedoed a Chilean boat."))


@pytest.mark.parametrize("text, dyad", [
    ("France coordinated its response with Germany.", ("FRA", "DEU", "06")),
    ("Greek and American officials coordinated security for the summit.", ("GRC", "USA", "06")),
])
def test_coordinating_an_effort_is_material_cooperation(nlp: Language, text: str, dyad: tuple) -> None:
    assert dyad in roots(nlp, text)
