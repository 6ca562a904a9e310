"""Trigger senses: idioms, names and negated readiness are not the acts their words suggest."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


def test_shooting_down_a_proposal_is_a_rejection(nlp: Language) -> None:
    found = roots(nlp, "The Russian parliament shot down a proposal from Ukraine.")
    assert not any(r == "19" for _, _, r in found)
    assert any(r == "12" for _, _, r in found)


def test_words_of_an_organisation_name_are_no_triggers(nlp: Language) -> None:
    events = code(nlp, "The North Atlantic Treaty Organization held a summit in Brussels.")
    assert not any(e.cameo.startswith("057") for e in events)


def test_not_about_to_is_negated(nlp: Language) -> None:
    assert code(nlp, "Colombian rebels were not about to free the hostages.") == []


def test_verbal_attack_is_criticism(nlp: Language) -> None:
    found = roots(nlp, "The French president launched a scathing attack on the American government.")
    assert ("FRA", "USA", "11") in found
    assert not any(r == "19" for _, _, r in found)


def test_bomb_that_kills_is_a_bombing(nlp: Language) -> None:
    found = dyads(nlp, "A roadside bomb wounded three Pakistani soldiers in Waziristan.")
    assert any(t == "PAK" and c == "183" for _s, t, c in found), found
    assert not any(c.startswith("19") for _s, _t, c in found), found


def test_suicide_bombing_that_kills_keeps_its_code(nlp: Language) -> None:
    found = dyads(nlp, "A suicide bombing killed six Iraqi policemen in Baghdad.")
    assert any(t == "IRQ" and c == "1831" for _s, t, c in found), found


def test_troops_that_kill_still_fight(nlp: Language) -> None:
    found = roots(nlp, "Russian troops killed five Chechen rebels in Grozny.")
    assert any(r == "19" for _s, _t, r in found), found
    assert not any(r == "18" for _s, _t, r in found), found


def test_killed_by_a_bomb_is_a_bombing(nlp: Language) -> None:
    found = roots(nlp, "Four Afghan policemen were killed by a roadside bomb in Kandahar.")
    assert any(t == "AFG" and r == "18" for _s, t, r in found), found
    assert not any(r == "19" for _s, _t, r in found), found


def test_killed_in_an_ambush_is_still_an_assault(nlp: Language) -> None:
    found = roots(nlp, "Two Iraqi soldiers were killed in an ambush near Mosul.")
    assert any(r in ("18", "19") for _s, _t, r in found), found


def test_a_measure_as_the_subject_of_a_force_verb_is_no_attack(nlp: Language) -> None:
    """Tariffs, complaints and laws "hit" and "target" trade, not people."""
    for text in ("New Canadian tariffs hit Mexican steelmakers.",
                 "Brazil said it would fight any Argentine complaint targeting its sugar exporters.",
                 "The new Indian law targets Pakistani traders."):
        assert not any(r[:2] in ("18", "19", "20") for _, _, r in roots(nlp, text)), text


def test_a_force_verb_keeps_an_armed_or_bomb_subject(nlp: Language) -> None:
    assert ("ISR", "PSE", "19") in roots(nlp, "Israeli jets targeted Hamas leaders in Gaza.")
    assert any(r[:2] in ("18", "19") for _, _, r in roots(nlp, "A Turkish rocket hit a Syrian village."))


def test_a_named_person_attacking_a_named_person_is_criticism(nlp: Language) -> None:
    found = roots(nlp, "Prime Minister Tony Blair attacked President Jacques Chirac.")
    assert ("GBR", "FRA", "11") in found and not any(r[:2] == "19" for _, _, r in found)
    # a party that is no person keeps the act of force
    convoy = roots(nlp, "Taliban rebels attacked President Hamid Karzai's convoy.")
    assert any(r[:2] in ("18", "19") for _, _, r in convoy)


def test_seizing_on_a_remark_is_no_seizure(nlp: Language) -> None:
    found = roots(nlp, "Seizing on the remarks, the Greek government criticised Turkey.")
    assert not any(r[:2] == "17" for _, _, r in found)
    assert ("GRC", "TUR", "11") in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran called the American raids an escalation.",
        "Moscow called the decision by Washington an escalation of tensions.",
        # a prepositional phrase between the object and its predicative noun
        "Beijing called the flights over the strait a dangerous provocation.",
    ],
)
def test_calling_an_act_a_judgment_is_criticism(nlp: Language, text: str) -> None:
    """'call X a Y' with a judging noun is criticism (111): no phone call, no appeal."""
    found = roots(nlp, text)
    assert any(r == "11" for _, _, r in found), found
    assert not any(r in ("04", "02") for _, _, r in found), found


def test_an_act_judged_by_call_is_not_asked_for(nlp: Language) -> None:
    """The object of 'call X a Y' is no act the speaker appeals for ('called for talks' is)."""
    found = {e.cameo for e in code(nlp, "The minister called the raids on the camps a grave provocation.")}
    assert found and not any(c.startswith("02") for c in found), found
    asked = code(nlp, "The minister called for talks with the rebels.")
    assert any(e.cameo.startswith("02") for e in asked), asked


@pytest.mark.parametrize(
    "text",
    [
        "Norway demonstrated its resolve by ending the fishing dispute with Iceland.",
        "The Kenyan delegates demonstrated a clear unwillingness to compromise.",
        "Argentina rallied its neighbours behind the proposal.",
    ],
)
def test_showing_and_gathering_backing_are_no_protest(nlp: Language, text: str) -> None:
    """'demonstrate' and 'rally' with a direct object show or gather something: no protest (14)."""
    assert not any(r == "14" for _, _, r in roots(nlp, text))


def test_intransitive_demonstrating_is_a_protest(nlp: Language) -> None:
    found = roots(nlp, "Thousands of Chileans demonstrated against the Chilean government in Santiago.")
    assert ("CHL", "CHL", "14") in found, found
