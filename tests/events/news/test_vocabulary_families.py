"""Vocabulary families with no trigger of their root before: killings named by a noun, skirmishes and
gunfights, weapons tests, inspections, joining forces, sitting down with, brushing aside, trade bans,
arrest warrants, blocked political moves, ties suspended, alert levels raised, support lent, borders
reopened, beatings, rapes and seizures of people named by a noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # killings named by a noun: the victim after 'of'
        ("Thai police investigated the slaying of an Indonesian diplomat.", (None, "IDN", "18")),
        ("The murder of a Greek journalist angered the public.", (None, "GRC", "18")),
        ("Rwanda condemned the lynching of two Rwandan soldiers.", (None, "RWA", "18")),
        # skirmishes and gunfights (reciprocal, as clashes)
        ("Eritrean and Ethiopian troops skirmished along the disputed border.", ("ERI", "ETH", "19")),
        ("Eritrean and Ethiopian troops skirmished along the disputed border.", ("ETH", "ERI", "19")),
        ("A firefight between Israeli troops and Palestinian gunmen left two dead.", ("ISR", "PSE", "19")),
        ("Israeli troops had a gunbattle with Palestinian gunmen in Nablus.", ("PSE", "ISR", "19")),
        # weapons tests
        ("Iran tested a long-range missile on Sunday.", ("IRN", None, "15")),
        # inspections
        ("UN experts inspected Libyan nuclear sites.", ("UN", "LBY", "09")),
        # joining forces
        ("Brazil teamed up with South Africa to fight hunger.", ("BRA", "ZAF", "06")),
        ("Brazil teamed up with South Africa to fight hunger.", ("ZAF", "BRA", "06")),
        ("Ukraine joined the UN peacekeeping force in Liberia.", ("UKR", "LBR", "07")),
        # sitting down with
        ("The Greek prime minister sat down with the Turkish prime minister in Ankara.",
         ("GRC", "TUR", "04")),
        # trade bans
        ("Russia banned imports of Georgian wine.", ("RUS", "GEO", "16")),
        # arrest warrants under a light verb
        ("A French judge issued an arrest warrant for the former Chadian dictator.", ("FRA", "TCD", "17")),
        # blocking a political move
        ("France blocked the Turkish bid to open membership talks.", ("FRA", "TUR", "12")),
        # ties suspended or frozen
        ("Senegal suspended diplomatic ties with Taiwan.", ("SEN", "TWN", "16")),
        ("Georgia froze relations with Russia.", ("GEO", "RUS", "16")),
        # alert levels raised
        ("The Philippine government raised the terror alert level in Manila.", ("PHL", None, "15")),
        # support lent
        ("Brazil lent support to the Argentine claim.", ("BRA", "ARG", "05")),
        # embracing a person
        ("The Iraqi prime minister embraced the Jordanian king in Amman.", ("IRQ", "JOR", "05")),
        # borders reopened
        ("Egypt reopened the border crossing with Gaza.", ("EGY", "PSE", "08")),
        # beatings and rapes named by a noun
        ("The beating of a Tibetan monk by Chinese police drew protests.", ("CHN", "CHN", "18")),
        # the seizure of people named by a noun is an abduction, as "seized two engineers"
        ("The seizure of three Turkish drivers by Iraqi militants shocked Ankara.", ("IRQ", "TUR", "18")),
    ],
)
def test_family(nlp: Language, text: str, expected: tuple[str | None, str | None, str]) -> None:
    assert expected in roots(nlp, text)


def test_killing_noun_is_an_assault_not_a_statement(nlp: Language) -> None:
    found = dyads(nlp, "The stabbing of a Moroccan diplomat shocked Morocco.")
    assert any(t == "MAR" and c == "1823" for _s, t, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The murder of a shopkeeper in Lyon shocked the French town.",
        "The rape of a Filipino maid caused outrage in Manila.",
        "Police found the killer after the stabbing of two Turkish tourists.",
    ],
)
def test_crime_on_private_victims_by_unnamed_hand_is_no_event(nlp: Language, text: str) -> None:
    # flag namedagent: only a political victim ("a journalist", "a diplomat") implies an unnamed attacker
    assert not [r for r in roots(nlp, text) if r[2] == "18"], roots(nlp, text)


def test_crime_noun_with_named_killer_is_coded(nlp: Language) -> None:
    found = roots(nlp, "The murder of two Congolese villagers by rebels angered Kinshasa.")
    assert ("COD", "COD", "18") in found, found


def test_test_of_a_product_is_no_event(nlp: Language) -> None:
    assert not roots(nlp, "Toyota tested a new engine in Japan.")


def test_partnering_firms_are_no_actors(nlp: Language) -> None:
    assert not roots(nlp, "The hotel chain partnered with a software firm.")


def test_weapons_ban_inside_a_country_is_no_trade_ban(nlp: Language) -> None:
    found = roots(nlp, "Britain banned handguns after the school shooting.")
    assert not any(r == "16" for _s, _t, r in found), found


def test_blocked_road_stays_a_protest_blockade(nlp: Language) -> None:
    found = roots(nlp, "Bolivian farmers blocked the main highway to La Paz.")
    assert not any(r == "12" for _s, _t, r in found), found
