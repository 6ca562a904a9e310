"""Stances a party is reported to take towards another's act: displeasure ("was disappointed by X's
decision", "the ruling angered Y") is disapproval (110) of the act's owner; a present-tense meeting
with a coming time ("officials meet tomorrow") is an announced plan to meet (036), not a meeting; a
threat conditioned on another party's act ("will retaliate if X adopts the tax") targets that party;
"visiting" before a speaker's title is the speaker's attribute, no visit; a government's protest is an
official complaint (114), not a demonstration. Voiced reservations, and being disturbed, troubled or
alarmed by another party's act, are worries about it (012); regretting another's act is disapproval (110)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


def test_disappointed_by_an_act_disapproves_of_its_owner(nlp: Language) -> None:
    found = roots(nlp, "The Egyptian foreign ministry said it was deeply disappointed by Israel's decision.")
    assert ("EGY", "ISR", "11") in found, found


def test_passive_anger_verb_puts_the_experiencer_first(nlp: Language) -> None:
    found = roots(nlp, "Seoul was angered by the Japanese textbook revision.")
    assert ("KOR", "JPN", "11") in found, found
    assert not any(s == "JPN" and r == "11" for s, _, r in found), found


def test_active_anger_verb_takes_its_object_as_the_one_who_disapproves(nlp: Language) -> None:
    found = roots(nlp, "The Turkish decision to close the airspace dismayed Greece.")
    assert ("GRC", "TUR", "11") in found, found


def test_unhappy_with_a_stance_is_disapproval(nlp: Language) -> None:
    found = roots(nlp, "Brazil is unhappy with the Argentine position on farm subsidies.")
    assert ("BRA", "ARG", "11") in found, found


def test_displeasure_without_a_target_is_no_event(nlp: Language) -> None:
    found = roots(nlp, "The Kenyan minister was disappointed by the weather.")
    assert not any(r == "11" for _, _, r in found), found


def test_displeasure_participle_as_a_motive_is_no_event(nlp: Language) -> None:
    found = roots(nlp, "Farmers angered by the Chilean quota blocked the border road.")
    assert not any(r == "11" for _, _, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Danish premier toured the disputed island on Friday, angering Canada.", ("CAN", "DNK", "110")),
        ("Iceland expanded its fishing zone last year, infuriating Britain.", ("GBR", "ISL", "110")),
    ],
)
def test_displeasure_participle_with_an_object_is_what_the_act_caused(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_present_tense_meeting_tomorrow_is_intent_to_meet(nlp: Language) -> None:
    found = {(e.source, e.target, e.cameo) for e in code(nlp, "Indian and Chinese officials meet tomorrow to "
                                                               "discuss the border dispute.")}
    assert ("IND", "CHN", "036") in found, found
    assert not any(c[:2] == "04" for _, _, c in found), found


def test_state_visit_beginning_on_a_weekday_is_announced(nlp: Language) -> None:
    found = {(e.source, e.target, e.cameo) for e in code(nlp, "The Thai prime minister begins a state visit "
                                                               "to Malaysia on Thursday.")}
    assert ("THA", "MYS", "036") in found, found


def test_present_tense_visit_next_week_is_announced(nlp: Language) -> None:
    found = {(e.source, e.target, e.cameo) for e in code(nlp, "The Polish president visits Lithuania next week.")}
    assert ("POL", "LTU", "036") in found, found


def test_past_meeting_stays_a_meeting(nlp: Language) -> None:
    found = roots(nlp, "Indian and Chinese officials met on Tuesday to discuss the border dispute.")
    assert ("IND", "CHN", "04") in found, found


def test_threat_conditioned_on_another_party_targets_it(nlp: Language) -> None:
    found = roots(nlp, "The Brazilian trade minister said Brazil would retaliate if Mexico raised its steel tariffs.")
    assert ("BRA", "MEX", "13") in found, found


def test_threat_with_unless_targets_the_conditioned_party(nlp: Language) -> None:
    found = roots(nlp, "Syria threatened to retaliate unless Turkey released the water from its dams.")
    assert ("SYR", "TUR", "13") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile said it would lift the tariffs once Peru opens its market.", ("CHL", "PER", "03")),
        ("Norway stands ready to drop its new tariffs if Iceland shows a clear sign of change.", ("NOR", "ISL", "03")),
        ("Ghana will ease the sanctions unless Togo moves troops to the border.", ("GHA", "TGO", "03")),
    ],
)
def test_concession_conditioned_on_another_party_targets_it(nlp: Language, text: str,
                                                            expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found


def test_concession_on_a_condition_of_no_party_keeps_no_target(nlp: Language) -> None:
    found = roots(nlp, "Chile said it would lift the tariffs once prices fall.")
    assert ("CHL", None, "03") in found, found


def test_threat_conditioned_on_an_unnamed_act_keeps_no_target(nlp: Language) -> None:
    found = roots(nlp, "Venezuela said it would retaliate if attacked by Colombia.")
    assert not any(t == "VEN" for _, t, _ in found), found


def test_visiting_before_a_title_is_no_visit_by_the_clause_subject(nlp: Language) -> None:
    found = roots(nlp, "Peru's mining law is unfair, visiting Chilean Trade Minister Ana Soto told reporters.")
    assert not any(r == "04" for _, _, r in found), found


def test_visiting_with_an_object_is_still_a_visit(nlp: Language) -> None:
    found = roots(nlp, "The Chilean president is visiting Peru this week.")
    assert ("CHL", "PER", "04") in found, found


def test_visitor_met_by_the_subject_is_no_visit_by_the_subject(nlp: Language) -> None:
    found = {(e.source, e.target, e.cameo) for e in code(nlp, "Putin met visiting Chinese President Hu Jintao.",
                                                         date="2004-10-14")}
    assert ("RUS", "CHN", "040") in found and ("CHN", "RUS", "040") in found, found
    assert ("RUS", "CHN", "042") not in found, found


def test_visitor_hosted_by_the_subject_is_the_guest(nlp: Language) -> None:
    found = {(e.source, e.target, e.cameo) for e in code(
        nlp, "The Egyptian president hosted visiting Jordanian King Abdullah in Cairo.")}
    assert ("EGY", "JOR", "043") in found, found
    assert ("EGY", "JOR", "042") not in found, found


def test_visitor_addressed_by_the_subject_is_no_visit(nlp: Language) -> None:
    found = roots(nlp, "The Brazilian president told visiting Spanish Prime Minister Jose Zapatero "
                       "that trade would grow.")
    assert not any(r == "04" for _, _, r in found), found


def test_a_participle_with_its_own_object_after_a_non_meeting_verb_stays_a_visit(nlp: Language) -> None:
    found = roots(nlp, "The Chilean president began visiting Peru on Monday.")
    assert ("CHL", "PER", "04") in found, found


def test_government_protest_is_an_official_complaint(nlp: Language) -> None:
    found = roots(nlp, "Spain protested over Morocco's decision to close its fishing waters.")
    assert ("ESP", "MAR", "11") in found, found
    assert not any(r == "14" for _, _, r in found), found


def test_civilian_protest_stays_a_demonstration(nlp: Language) -> None:
    found = roots(nlp, "Thousands of Moroccan fishermen protested against Spain.")
    assert ("MAR", "ESP", "14") in found, found


def test_from_phrase_names_who_voices_a_protest(nlp: Language) -> None:
    found = roots(nlp, "The council admitted Kosovo as an observer despite protests from Serbia.")
    assert any(s == "SRB" and r == "11" for s, _, r in found), found


def test_from_phrase_of_aid_is_no_voiced_act(nlp: Language) -> None:
    found = roots(nlp, "Aid from Norway reached the Sudanese capital.")
    assert not any(r in ("02", "10", "11", "12", "13", "14") for _, _, r in found), found


def test_despite_protests_aims_the_protest_at_the_doer(nlp: Language) -> None:
    found = roots(nlp, "Norway resumed whaling despite protests from Britain.")
    assert ("GBR", "NOR", "11") in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Sweden expressed strong reservations about the Norwegian plan.", ("SWE", "NOR", "012")),
    ("The Italian minister voiced misgivings about the Austrian proposal.", ("ITA", "AUT", "012")),
])
def test_voiced_reservations_are_a_pessimistic_comment(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Canada is disturbed by Washington's decision to raise lumber duties.", ("CAN", "USA", "012")),
    ("The Greek cabinet was deeply troubled by Turkish naval manoeuvres.", ("GRC", "TUR", "012")),
    ("Egyptian officials are perturbed by Libya's troop movements.", ("EGY", "LBY", "012")),
    ("The Irish premier said he was disturbed that Britain had not consulted Dublin.", ("IRL", "GBR", "012")),
    ("Kenya was alarmed by Somalia's decision to close the border.", ("KEN", "SOM", "012")),
])
def test_a_party_disturbed_by_another_is_worried_about_it(nlp: Language, text: str,
                                                          dyad: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert dyad in found, found
    assert not any(s == dyad[1] and c == "012" for s, _, c in found), found


def test_an_attributive_troubled_is_no_comment(nlp: Language) -> None:
    found = dyads(nlp, "The troubled Philippine economy needs more credit from Japanese banks.")
    assert not any(c == "012" for _, _, c in found), found


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Canadian finance minister regretted Peru's move to halt its debt service.", ("CAN", "PER", "110")),
    ("Japan deeply regrets the Australian decision to raise beef tariffs.", ("JPN", "AUS", "110")),
    ("The Turkish minister regretted the offence caused to Greece.", ("TUR", "GRC", "055")),
])
def test_regretting_another_party_s_act_is_disapproval(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert dyad in found, found


@pytest.mark.parametrize("text", [
    "The Bolivian president said he regretted not being able to attend the summit in Peru.",
    "The Belgian foreign minister regretted that the situation in the Gulf had deteriorated.",
])
def test_a_regret_of_no_party_s_act_is_no_disapproval(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert not any(c == "110" for _, _, c in found), found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Norway expressed regret over Iceland's decision to resume whaling.", ("NOR", "ISL", "110")),
    ("The Danish minister voiced regret at the Swedish refusal to share the bridge costs.", ("DNK", "SWE", "110")),
])
def test_regret_voiced_over_another_party_s_act_is_disapproval(
        nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert dyad in found, found
    assert not any(c == "018" for _, _, c in found), found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Norway regretted the deaths of seven Icelandic fishermen.", ("NOR", "ISL", "018")),
    ("Norway expressed regret over the deaths of seven Icelandic fishermen.", ("NOR", "ISL", "018")),
])
def test_regret_over_a_loss_is_sympathy(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert dyad in found, found
    assert not any(c == "110" for _, _, c in found), found
