"""A capital or a place before an act of violence says where it happened: the act noun's site, never the
doer of the act or of the casualty verb the act noun is the subject of; a seat of power or a state stays
the doer."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Nairobi market bombing killed fourteen shoppers.", "KEN"),
        ("The Kandahar bombing killed eleven villagers on Tuesday.", "AFG"),
        ("Nine bus passengers died in the Ankara bombing.", "TUR"),
    ],
)
def test_a_capital_or_place_before_an_attack_is_no_attacker(nlp: Language, text: str, place: str) -> None:
    attacks = [e for e in code(nlp, text) if e.root in ("18", "19")]
    assert attacks and all(e.source is None for e in attacks)
    assert any(e.target == place for e in attacks)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Kremlin offensive killed forty rebels in the mountains.", "RUS"),
        ("A Kenyan air strike killed six militants near the border.", "KEN"),
    ],
)
def test_a_seat_of_power_or_state_before_an_attack_made_it(nlp: Language, text: str, source: str) -> None:
    assert any(e.source == source and e.root in ("18", "19") for e in code(nlp, text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kandahar elders condemned the killing of nine villagers in Kandahar in a Canadian air raid.", "CAN", "AFG"),
        ("The killing of four Kenyan guards during an attack by Somali gunmen angered Nairobi.", "SOM", "KEN"),
    ],
)
def test_a_killing_in_an_attack_is_the_attackers(nlp: Language, text: str, source: str, target: str) -> None:
    # the attack the killing happened in names its doer; the attack is no place of the victims
    killings = [e for e in code(nlp, text) if e.trigger == "killing"]
    assert any(e.source == source and e.target == target for e in killings), killings
    assert not any(e.target == source for e in killings), killings


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Malawi protested at the scale of the raids by Zambian troops on its territory.", "ZMB", "MWI"),
        ("Chad complained about the size of the attacks by Libyan soldiers on Chadian towns.", "LBY", "TCD"),
    ],
)
def test_a_by_phrase_hung_on_the_verb_names_the_attacker(nlp: Language, text: str, source: str,
                                                        target: str) -> None:
    # the parser hangs "by X on Y" after an act of force on the active verb above it: they are the act's
    attacks = [e for e in code(nlp, text) if e.root in ("17", "18", "19")]
    assert any(e.source == source and e.target == target for e in attacks), attacks


@pytest.mark.parametrize(
    ("text", "source", "sector"),
    [
        ("An insurgent attack in Mosul killed four traffic policemen.", "IRQ", "REB"),
        ("Two Indian soldiers died in a militant attack in Kashmir on Sunday.", "IND", "REB"),
        ("A police raid in Mombasa netted three smugglers.", "KEN", "COP"),
    ],
)
def test_an_armed_modifier_names_the_attacker(nlp: Language, text: str, source: str, sector: str) -> None:
    # "a militant attack in X": an unnamed party of that sector and of the act's place, no unidentified attacker
    acts = [e for e in code(nlp, text) if e.trigger in ("attack", "raid")]
    assert any(e.source == source and e.source_sector == sector for e in acts), acts


def test_a_weapon_or_an_unplaced_modifier_names_no_attacker(nlp: Language) -> None:
    # weapons name no party; a rebel act with no place of its own takes no country from the story
    assert not any(e.trigger == "fire" for e in code(nlp, "Kenyan troops backed by heavy artillery fire advanced."))
    events = code(nlp, "A Dutch paper said the dam was struck by guerrilla raids which severed its cables.")
    assert not any(e.source == "NLD" for e in events), events
