"""The casualty clause of an attack ("..., killing four people") reports that attack's victims: where
the attack is coded against another target (an embassy, a consulate), its unnamed victims are no second
event on the people of the place; named victims ("killing two Israeli soldiers") stay events.
Casualties of a bombing told in a when-clause ("were killed when rebels blew up a bridge") are that
bombing (18x)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


@pytest.mark.parametrize(
    ("text", "attack", "place"),
    [
        ("Militants detonated a truck bomb outside the British embassy in Ankara, killing four people.",
         ("TUR", "GBR", "18"), "TUR"),
        # a bomb that went off names no attacker: the guide's null source
        ("A bomb exploded near the French consulate in Jeddah, wounding two guards.", (None, "FRA", "18"), "SAU"),
        ("Gunmen attacked the Indian embassy in Kabul, killing three policemen.", ("AFG", "IND", "18"), "AFG"),
        ("A car bomb exploded outside the Jordanian embassy in Baghdad, killing eleven people.",
         (None, "JOR", "18"), "IRQ"),
    ],
)
def test_unnamed_casualties_belong_to_the_attack(nlp: Language, text: str, attack: tuple[str | None, str, str],
                                                 place: str) -> None:
    coded = roots(nlp, text)
    assert attack in coded
    assert all(target != place for _, target, _ in coded)


def test_named_casualties_stay_events(nlp: Language) -> None:
    coded = roots(nlp, "Militants attacked the Egyptian embassy in Gaza, killing two Israeli soldiers.")
    assert any(target == "ISR" for _, target, _ in coded)


def test_a_casualty_clause_of_an_untargeted_blast_stays(nlp: Language) -> None:
    events = code(nlp, "Three bombs exploded at a wedding party in western Baghdad, killing twenty guests.")
    # the blast takes its target from its site ("a wedding party in western Baghdad"), or the casualty clause stays
    assert any(e.target == "IRQ" and e.root == "18" for e in events), [(e.trigger, e.target) for e in events]


def test_casualties_of_a_bombing_in_a_when_clause_are_that_bombing(nlp: Language) -> None:
    found = dyads(nlp, "Two Pakistani policemen were killed when Baluch rebels blew up a bridge "
                       "near their post.")
    assert any(t == "PAK" and c.startswith("18") for _s, t, c in found), found
    assert not any(c.startswith("19") for _s, _t, c in found), found


def test_casualties_of_an_ambush_in_a_when_clause_stay_an_assault(nlp: Language) -> None:
    found = dyads(nlp, "Two Pakistani policemen were killed when Baluch rebels ambushed their patrol.")
    assert any(t == "PAK" and c.startswith("19") for _s, t, c in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Four Georgian border guards were killed during fierce fighting with Russian forces.", ("RUS", "GEO", "19")),
    ("Two Chadian policemen were wounded in a gun battle with Sudanese raiders.", ("SDN", "TCD", "19")),
])
def test_casualties_of_a_fight_with_a_side_were_hit_by_it(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in roots(nlp, text), roots(nlp, text)
