"""Incidents of material conflict: the act a retaliation answers happened, whatever the mood of the
answer; an exchange of fire between two sides; a wire's capitalised plural after "U.S."; an armed
entry ("forced their way into"); and rebels who free the state's prisoners break them out (no release)."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_answered_act_is_real_under_a_modal_answer(nlp: Language) -> None:
    text = "A Chilean admiral predicted Peru would retaliate for the Chilean raid against its naval base."
    assert ("CHL", "PER", "19") in roots(nlp, text)


def test_retaliation_itself_stays_unreal(nlp: Language) -> None:
    text = "Peru might retaliate for the Chilean strike on its base."
    assert not any(r == ("PER", "CHL", "19") for r in roots(nlp, text))


def test_exchange_of_fire_between_two_sides(nlp: Language) -> None:
    got = roots(nlp, "Shells from an exchange of fire between Eritrea and Ethiopia landed near the town on Monday.")
    assert {("ERI", "ETH", "19"), ("ETH", "ERI", "19")} <= got


def test_exchange_of_prisoners_is_no_fight(nlp: Language) -> None:
    got = roots(nlp, "An exchange of prisoners between Eritrea and Ethiopia took place on Monday.")
    assert not any(r[2] == "19" for r in got)


def test_wire_capitalised_plural_after_abbreviation(nlp: Language) -> None:
    text = "U.S. Attacks on two Libyan radar sites caused heavy damage, Libyan radio said."
    assert ("USA", "LBY", "19") in roots(nlp, text)


def test_forced_their_way_into_by_armed_party(nlp: Language) -> None:
    text = "LA PAZ, May 3 - Rebel soldiers forced their way into Bolivian army headquarters on Sunday."
    assert ("BOL", "BOL", "19") in roots(nlp, text)


def test_crowd_forcing_its_way_is_no_armed_assault(nlp: Language) -> None:
    text = "Fans forced their way into the Bolivian stadium on Sunday."
    assert not any(r[2] == "19" for r in roots(nlp, text))


def test_rebels_freeing_prisoners_is_no_release(nlp: Language) -> None:
    text = "Rebels attacked a prison in northern Mali, freeing dozens of inmates."
    assert not any(r[2] == "08" for r in roots(nlp, text))


def test_rebels_releasing_hostages_is_a_release(nlp: Language) -> None:
    text = "Rebels in northern Mali freed six hostages on Sunday."
    assert any(r[2] == "08" for r in roots(nlp, text))


def test_government_freeing_prisoners_is_a_release(nlp: Language) -> None:
    text = "The Malian government freed dozens of prisoners on Sunday."
    assert any(r[2] == "08" for r in roots(nlp, text))


def test_police_raid_stays_coercion(nlp: Language) -> None:
    got = roots(nlp, "Kenyan police carried out a raid on the offices of the opposition party in Nairobi.")
    assert not any(r[2] == "19" for r in got)


def test_cross_border_raid_is_force(nlp: Language) -> None:
    assert ("ZAF", "BWA", "19") in roots(nlp, "The South African raid on Botswana's capital killed twelve people.")


def test_possessive_forces_are_armed(nlp: Language) -> None:
    text = "Ethiopia said its troops were pushing Eritrean forces out of their positions near Badme."
    assert ("ETH", "ERI", "19") in roots(nlp, text)


def test_push_out_of_office_is_no_fight(nlp: Language) -> None:
    text = "Ethiopia said its troops were pushing the minister out of office."
    assert not any(r[2] == "19" for r in roots(nlp, text))


def test_generic_attack_is_no_event(nlp: Language) -> None:
    text = "Any Libyan attack on Egyptian ships will bring a swift response, an Egyptian official said."
    assert not any(r[2] == "19" for r in roots(nlp, text))


def test_negated_any_attack_stays_negated(nlp: Language) -> None:
    assert not any(r[2] == "19" for r in roots(nlp, "Egypt did not launch any attack on Libya."))


def test_hyphenated_upper_case_dateline_places_unnamed_soldiers(nlp: Language) -> None:
    text = "GUINEA-BISSAU, May 2 - Soldiers killed two farmers near the capital, witnesses said."
    assert any(r[0] == "GNB" and r[2] == "19" for r in roots(nlp, text))


def test_victims_of_an_attack_are_not_of_its_agent(nlp: Language) -> None:
    text = "Several people were wounded in the Ugandan attack on a Congolese border post, officials said."
    assert ("UGA", "UGA", "19") not in roots(nlp, text)


def test_vow_to_go_on_attacking_is_aimed_at_those_hit(nlp: Language) -> None:
    text = "Ethiopia said its jets had bombed three Eritrean army camps and vowed to keep up such raids."
    got = roots(nlp, text)
    assert ("ETH", "ERI", "13") in got


def test_untargeted_vow_with_two_victim_states_stays_untargeted(nlp: Language) -> None:
    text = "Ethiopia said its jets had bombed Eritrean and Somali camps and vowed to keep up such raids."
    assert not any(r[2] == "13" and r[1] in ("ERI", "SOM") for r in roots(nlp, text))


def test_participle_of_a_generic_noun_is_no_act(nlp: Language) -> None:
    text = "Kenya warned it would answer any Ugandan measure targeting Kenyan traders."
    assert not any(r[2] == "19" for r in roots(nlp, text))


def test_split_hyphenated_attack_keeps_its_owner(nlp: Language) -> None:
    text = "Chad said its troops repulsed heavy Libyan counter-attacks near the oasis on Tuesday."
    assert any(r[0] == "LBY" and r[2] == "19" for r in roots(nlp, text))
