"""Verbs of using a weapon whose object names it ("set off a bomb", "planted a device", "lobbed mortar
rounds into", "threw a grenade at"), and the place of the site a material act happened at ("outside a
bank in Bilbao") as its target."""

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
