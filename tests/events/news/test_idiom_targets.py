"""Idioms whose parties sit in unusual slots: "came under fire from X" (X acts on the subject),
"took aim at X" (criticism of X)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, roots


def test_under_fire_from_critics_is_criticism_of_the_subject(nlp: Language) -> None:
    events = code(nlp, "The Kenyan president came under fire from opposition leaders on Sunday.")
    assert any(e.source == "KEN" and e.source_sector == "OPP" and e.target == "KEN" and e.target_sector == "GOV"
               and e.root == "11" for e in events), events


def test_under_heavy_fire_from_fighters_is_shooting(nlp: Language) -> None:
    events = code(nlp, "A Dutch patrol came under heavy fire from insurgents near Kandahar.")
    assert any(e.target == "NLD" and e.root == "19" and e.source_sector == "REB" for e in events), events


def test_under_fire_without_a_party_codes_no_criticism(nlp: Language) -> None:
    events = code(nlp, "A Dutch patrol came under fire near the border.")
    assert not any(e.root == "11" for e in events), events


def test_took_aim_at_is_criticism(nlp: Language) -> None:
    events = code(nlp, "The Venezuelan president took aim at Colombia in a televised address.")
    assert any(e.source == "VEN" and e.target == "COL" and e.root == "11" for e in events), events


def test_standing_trial_keeps_an_implied_agent(nlp: Language) -> None:
    events = code(nlp, "The former Peruvian president stood trial in Lima on Monday.")
    assert not any(e.source is not None and e.source == e.target and e.source_sector == "ELI" for e in events)


def test_under_fire_from_an_armed_party_is_shooting(nlp: Language) -> None:
    events = code(nlp, "A Canadian convoy came under fire from rebels outside Kandahar on Friday.")
    assert any(e.target == "CAN" and e.root == "19" and e.source_sector == "REB" for e in events), events
    assert not any(e.root == "11" for e in events), events


def test_under_fire_from_troops_is_shooting(nlp: Language) -> None:
    events = code(nlp, "The Chadian village came under fire from Sudanese troops.")
    assert any(e.source == "SDN" and e.source_sector == "MIL" and e.root == "19" for e in events), events


def test_under_fire_from_lawmakers_stays_criticism(nlp: Language) -> None:
    events = code(nlp, "The Israeli defence minister came under fire from lawmakers over the budget.")
    assert any(e.root == "11" for e in events) and not any(e.root == "19" for e in events), events


@pytest.mark.parametrize(("text", "source", "targets"), [
    ("Japan has been under fire from the United States for its trade surplus.", "USA", {"JPN"}),
    ("Brazil, which is under attack from Argentina over the dam, defended the project.", "ARG", {"BRA"}),
    ("Officials said Israel remained under heavy criticism from Egypt.", "EGY", {"ISR"}),
    ("Canada and Norway are under fire from Britain over seal hunting.", "GBR", {"CAN", "NOR"}),
])
def test_being_under_fire_from_a_party_is_its_criticism(nlp: Language, text: str, source: str,
                                                        targets: set[str]) -> None:
    events = code(nlp, text)
    assert {e.target for e in events if e.source == source and e.root == "11"} == targets, events


def test_being_under_fire_from_fighters_is_shooting(nlp: Language) -> None:
    events = code(nlp, "Kenyan police posts were under attack from Somali gunmen.")
    assert any(e.target == "KEN" and e.root in ("18", "19") for e in events), events
    assert not any(e.root == "11" for e in events), events


@pytest.mark.parametrize("text", [
    "Japan is now under attack for its cheap exports of steel.",  # a grievance, no attacker named
    "The finance minister, whose budget is under attack at home, flew to Paris.",  # a lasting state
])
def test_under_attack_for_a_grievance_is_no_shooting(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not any(e.root in ("18", "19") for e in events), events


@pytest.mark.parametrize(("text", "dyad"), [
    ("Chadian convoys came under Libyan attack near the oasis.", ("LBY", "TCD", "19")),
    ("Ugandan patrols came under heavy Sudanese fire on Tuesday.", ("SDN", "UGA", "19")),
])
def test_the_attackers_nationality_on_the_idioms_noun_is_the_source(nlp: Language, text: str,
                                                                    dyad: tuple[str, str, str]) -> None:
    assert dyad in roots(nlp, text)
