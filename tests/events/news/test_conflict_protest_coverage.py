"""Conflict and protest coverage: verbs of using a weapon whose object names it ("set off a
bomb", "planted a device", "lobbed mortar rounds into", "threw a grenade at"); the place or owner of the
site a material act happened at as its target ("outside a bank in Bilbao"); workers and farmers as
parties to strikes and protests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Separatists set off a bomb outside a bank in Bilbao.", ("ESP", "ESP", "183")),
        ("Tamil rebels set off a device near the town hall in Jaffna.", ("LKA", "LKA", "183")),
        ("Rebels planted explosives under a bridge in Mindanao.", ("PHL", "PHL", "183")),
        ("Militants lobbed mortar rounds into a market in Mogadishu.", ("SOM", "SOM", "190")),
        ("Insurgents threw a grenade at a police post in Srinagar.", ("IND", "IND", "193")),
        ("Guerrillas detonated a car bomb near an army barracks in Medellin.", ("COL", "COL", "183")),
    ],
)
def test_weapon_verbs_code_the_attack_at_its_site(nlp: Language, text: str,
                                                  expected: tuple[str | None, str | None, str]) -> None:
    found = {(e.source, e.target, e.cameo) for e in code(nlp, text)}
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Farmers planted maize in the valley near Harare.",  # no weapon: no entry
        "Protesters threw stones at the embassy in Lima.",  # stones: no armed attack
        "The children threw a ball at the wall of a school in Quito.",
    ],
)
def test_the_same_verbs_with_other_objects_code_no_armed_attack(nlp: Language, text: str) -> None:
    assert not any(e.root in ("18", "19") for e in code(nlp, text)), [(e.cameo, e.trigger) for e in code(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers went on strike in Bolivia over unpaid wages.", ("BOL", "BOL", "14")),
        ("Farmers blocked roads across Paraguay to protest low crop prices.", ("PRY", "PRY", "14")),
        ("Dock workers in Chile walked off the job to demand higher pay.", ("CHL", "CHL", "14")),
    ],
)
def test_workers_and_farmers_are_parties_to_protest(nlp: Language, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    """Labour and farmers (role sectors LAB, AGR) act as unnamed parties placed by the context."""
    found = {(e.source, e.target, e.root) for e in code(nlp, text)}
    assert expected in found, found


def test_a_firm_dealing_with_its_workers_is_business_news(nlp: Language) -> None:
    assert code(nlp, "LIMA - A Peruvian mining company offered workers a bonus to leave the firm.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel sealed the crossings into Gaza.", ("ISR", "PSE", "19")),
        ("Moroccan troops closed the roads into Mauritania.", ("MAR", "MRT", "17")),
    ],
)
def test_a_material_act_aimed_into_a_place_targets_it(nlp: Language, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    found = {(e.source, e.target, e.root) for e in code(nlp, text)}
    assert expected in found, found
