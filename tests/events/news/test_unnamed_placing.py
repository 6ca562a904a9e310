"""Where unnamed and stateless parties come from: the place of the act a party sets out to do ("tried to
storm the embassy in X"), an armed party the text calls unknown (the guide's null source, sector UAF),
troops acting on the people of a place, and the place a projectile is fired from."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.events.placing import CountryContext
from multipolar.nlp.pipeline import make_doc
from multipolar.records import Document
from tests.events.conftest import code

Coded = tuple[str | None, str | None, str | None, str | None, str]


def _events(nlp: Language, text: str) -> set[Coded]:
    return {(e.source, e.source_sector, e.target, e.target_sector, e.root) for e in code(nlp, text)}


def _sources(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source, e.source_sector) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the place of what the party tries to do places it, not the nationality of what it aims at
        ("Rebels tried to overrun a French army base near Bouake.", "CIV"),
        ("Insurgents attempted to ambush a British patrol outside Basra on Sunday.", "IRQ"),
        ("Gunmen tried to kill a Dutch engineer in Kandahar.", "AFG"),
        ("Militants attempted to seize a Canadian diplomat in Kabul and his driver.", "AFG"),
    ],
)
def test_the_place_of_an_attempted_act_places_the_party(nlp: Language, text: str, source: str) -> None:
    assert any(e.source == source and e.root in ("18", "19") for e in code(nlp, text))


def test_the_victims_of_an_attempted_act_do_not_place_its_agent(nlp: Language) -> None:
    # no place: the victims' nationality is not the kidnappers' (null source, sector kept)
    assert (None, "UAF") in _sources(nlp, "Gunmen tried to kidnap two Turkish drivers on Monday.")
    assert ("TUR", "UAF") not in _sources(nlp, "Gunmen tried to kidnap two Turkish drivers on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified gunmen shot dead a tribal elder in Peshawar.",  # active, place on the clause
        "Unknown assailants set fire to a Shiite mosque near Kandahar.",
        "A police post near Kirkuk was attacked by unidentified gunmen.",  # passive, by-agent
        "BAHRAIN - Unmarked jets bombed two Iranian oil platforms early on Monday.",  # dateline, jets (MIL)
        "MANILA - Unidentified men abducted a Chinese businessman on Tuesday.",  # a two-word party noun
    ],
)
def test_a_party_called_unknown_has_a_null_source(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert events, "the act is still coded"
    assert all(e.source is None and e.source_sector == "UAF" for e in events)


def test_an_unknown_party_with_its_own_place_is_placed(nlp: Language) -> None:
    # "gunmen in Mosul": a place phrase of the party's own, the guide's "militants in Baghdad"
    assert ("IRQ", "UAF") in _sources(nlp, "Unidentified gunmen in Mosul kidnapped a Jordanian truck driver.")


def test_known_parties_keep_the_place_of_their_act(nlp: Language) -> None:
    assert ("PAK", "UAF") in _sources(nlp, "Masked gunmen shot dead a tribal elder in Peshawar.")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Soldiers opened fire on demonstrators in Dhaka, wounding a dozen.", "BGD"),  # active
        ("Students in Rangoon were beaten by troops, witnesses said.", "MMR"),  # passive
        ("Soldiers clashed with stone-throwing villagers near Jaffna.", "LKA"),  # mutual
    ],
)
def test_troops_take_the_country_of_the_people_of_a_place(nlp: Language, text: str, country: str) -> None:
    events = code(nlp, text)
    assert any(e.source == country and e.source_sector == "MIL" and e.target == country for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed two Britons near Basra.",  # people named by nationality: foreigners as often
        "Soldiers shot dead a Palestinian teenager in Rafah.",
    ],
)
def test_troops_do_not_take_the_country_of_a_nationality(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert events and all(e.source is None for e in events if e.source_sector == "MIL")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Militants fired mortar shells at an Israeli settlement from Gaza.", "PSE"),
        ("Guerrillas fired mortar rounds into Israel from southern Lebanon on Sunday.", "LBN"),
    ],
)
def test_the_origin_of_fire_places_the_party(nlp: Language, text: str, source: str) -> None:
    assert any(e.source == source and e.source_sector == "REB" for e in code(nlp, text))


def test_a_convoy_from_a_country_is_no_origin_of_fire(nlp: Language) -> None:
    # no projectile named: "from Kuwait" tells where the convoy came from
    assert ("KWT", "UAF") not in _sources(nlp, "Gunmen fired on a convoy from Kuwait near Nasiriyah.")


@pytest.mark.parametrize(
    "text",
    [
        "A group of gunmen kidnapped two Turkish drivers on Monday.",  # active, the party inside "a group of"
        "Two Pakistani engineers were abducted by a band of armed men.",  # passive, inside the by-agent
        "Three Kenyan truck drivers were attacked by a gang of armed men on Friday.",
    ],
)
def test_a_group_of_attackers_is_not_placed_by_its_victims(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert events and all(e.source is None and e.source_sector == "UAF" for e in events)


def test_a_group_of_attackers_keeps_the_place_of_its_act(nlp: Language) -> None:
    assert ("IRQ", "UAF") in _sources(nlp, "A group of gunmen kidnapped two Turkish drivers near Mosul.")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an organ's name modifying a noun placed somewhere: the organ of that place
        ("Protesters set fire to government offices in the southern town of Nasiriyah.", "IRQ"),
        ("Kurdish fighters raided government positions near Kirkuk, Baghdad said.", "IRQ"),
        ("Iranian-backed rebels attacked government positions in northern Iraq.", "IRQ"),  # not the backer's
    ],
)
def test_an_organ_modifying_a_placed_noun_takes_its_place(nlp: Language, text: str, country: str) -> None:
    assert any(e.target == country and e.target_sector == "GOV" for e in code(nlp, text))


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # a hyphen inside a word ends no dateline: no country of the words before it places unnamed parties
        ("The Lisbon-based charity said gunmen seized two of its drivers.", None),
        ("Chilean-made rockets were fired at a village, the agency said.", None),
        ("QUITO (Reuters) - Gunmen seized two drivers on Monday.", "ECU"),
    ],
)
def test_only_a_real_dateline_places(nlp: Language, text: str, dateline: str | None) -> None:
    doc = nlp(make_doc(nlp, Document(id="t", text=text, date="2023-06-01")))
    assert CountryContext(doc).dateline == dateline


@pytest.mark.parametrize(
    "text",
    [
        "Three engineers, who work for a Cairo-based firm, were abducted last week by an armed group.",
        "Militants kidnapped four men who drive for a Nairobi haulage company on Tuesday.",
    ],
)
def test_what_the_victims_do_does_not_place_their_attackers(nlp: Language, text: str) -> None:
    # the victims' relative clause says whom they work for, not where the armed group comes from
    events = [e for e in code(nlp, text) if e.root == "18"]
    assert events and all(e.source is None for e in events), events


def test_rebels_keep_the_country_of_the_people_they_kill(nlp: Language) -> None:
    # rebels fighting at home: the nationality of the villagers they kill still places them
    assert any(e.source == "PER" and e.source_sector == "REB"
               for e in code(nlp, "Rebels killed six Peruvian villagers on Sunday."))


def test_allied_fighters_take_the_state_they_fight_beside(nlp: Language) -> None:
    # "the Chadian army and allied militiamen": Chad's allies, not parties of the place they attacked
    text = "The Chadian army and allied militiamen attacked rebel bases in Sudan's Darfur region."
    assert {e.source for e in code(nlp, text) if e.root == "19"} == {"TCD"}
