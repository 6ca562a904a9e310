"""Events lost or mis-aimed because of how the sentence is built: coordinated partners of a
consultation whose object phrase names a third party (the topic, not a partner), and the enemy named
only in a fighting verb's purpose clause ("battled to dislodge the rebels")."""

from __future__ import annotations

from spacy.language import Language

from multipolar.ingest.dateline import dashed_dateline_end
from tests.events.conftest import roots


def test_coordinated_partners_discuss_a_third_country(nlp: Language) -> None:
    found = roots(nlp, "Canada and Mexico discussed their trade relations with China on Monday.")
    assert ("CAN", "MEX", "04") in found and ("MEX", "CAN", "04") in found, found
    assert ("CAN", "CHN", "04") not in found, found


def test_coordinated_partners_still_meet_a_party_on_the_verb(nlp: Language) -> None:
    found = roots(nlp, "Canada and Mexico held talks with China on Monday.")
    assert ("CAN", "CHN", "04") in found and ("MEX", "CHN", "04") in found, found


def test_single_source_keeps_the_party_in_the_object_phrase(nlp: Language) -> None:
    found = roots(nlp, "The Canadian prime minister discussed the border dispute with Mexico.")
    assert ("CAN", "MEX", "04") in found, found


def test_enemy_of_a_fighting_purpose_clause(nlp: Language) -> None:
    found = roots(nlp, "Ethiopia said its soldiers were battling to drive Eritrean troops out of the border town.")
    assert ("ETH", "ERI", "19") in found, found


def test_protective_purpose_clause_names_no_enemy(nlp: Language) -> None:
    found = roots(nlp, "Ethiopian soldiers fought to protect Eritrean refugees near the border.")
    assert ("ETH", "ERI", "19") not in found, found


def test_act_under_a_plain_verb_of_a_denied_report_is_not_coded(nlp: Language) -> None:
    text = "The Brazilian government denied a report that Brazil was continuing to sell weapons to Venezuela."
    found = roots(nlp, text)
    assert not any(r[2] == "06" for r in found), found


def test_plain_verb_keeps_a_factual_act(nlp: Language) -> None:
    found = roots(nlp, "Brazil began to sell weapons to Venezuela last year.")
    assert ("BRA", "VEN", "06") in found, found


def test_sanctions_named_in_a_warning_are_not_imposed(nlp: Language) -> None:
    text = "The Dutch minister gave the Belgian government a stern warning of sanctions against Belgian banks."
    found = roots(nlp, text)
    assert ("NLD", "BEL", "13") in found, found
    assert not any(r[2] == "16" for r in found), found


def test_repelling_an_attack_is_a_fight_with_its_owner(nlp: Language) -> None:
    found = roots(nlp, "Sudan said its army repelled a Chadian attack on a border garrison.")
    assert ("SDN", "TCD", "19") in found, found


def test_repelled_attack_by_units_of_a_force(nlp: Language) -> None:
    found = roots(nlp, "Armenian troops repelled an attack by two battalions of the Azerbaijani army.")
    assert ("ARM", "AZE", "19") in found and ("AZE", "ARM", "19") in found, found


def test_repelled_offensive_was_aimed_at_the_defender(nlp: Language) -> None:
    found = roots(nlp, "Ugandan soldiers killed dozens of rebels in repulsing a Sudanese offensive.")
    assert ("SDN", "UGA", "19") in found, found


def test_warning_answered_by_a_participle_clause_was_aimed_at_its_subject(nlp: Language) -> None:
    found = roots(nlp, "Cyprus, responding to a warning by Turkey against gas exploration, said it would go ahead.")
    assert ("TUR", "CYP", "13") in found, found


def test_threats_answered_in_response_were_aimed_at_the_answerer(nlp: Language) -> None:
    found = roots(nlp, "In response to Russian threats, Estonia recalled its ambassador.")
    assert ("RUS", "EST", "13") in found, found


def test_halted_offensive_was_aimed_at_the_defender(nlp: Language) -> None:
    found = roots(nlp, "Kenya said its army had crushed a Somali offensive on a border town.")
    assert ("SOM", "KEN", "19") in found, found


def test_act_in_a_charge_clause_is_alleged(nlp: Language) -> None:
    found = roots(nlp, "Venezuela charged that Colombian troops had attacked a border post.")
    assert ("COL", "VEN", "19") not in found and not any(r[2] == "19" for r in found), found


def test_alleging_is_an_accusation_against_the_clause_party(nlp: Language) -> None:
    found = roots(nlp, "Venezuela alleged that Colombian troops had fired on a border post.")
    assert ("VEN", "COL", "11") in found, found
    assert not any(r[2] == "19" for r in found), found


def test_dateline_end_offsets() -> None:
    assert dashed_dateline_end("OSLO, May 2 - Norway's premier left for Rome.") == len("OSLO, May 2 - ")
    assert dashed_dateline_end("LIMA (Reuters) - Peru said ...") == len("LIMA (Reuters) - ")
    assert dashed_dateline_end("US troops - the bulk of them - left.") == 0
    assert dashed_dateline_end("Peru - a country of ...") == 0


def test_dateline_is_a_sentence_of_its_own(nlp: Language) -> None:
    doc = nlp("ROME, June 3 - Italy and Austria signed an agreement on border controls, officials said.")
    starts = [s.start for s in doc.sents]
    assert starts[:2] == [0, 5], [s.text for s in doc.sents]
    found = roots(nlp, doc.text)
    assert ("ITA", "AUT", "05") in found and ("AUT", "ITA", "05") in found, found


def test_dateline_place_is_not_the_subject_of_the_lead(nlp: Language) -> None:
    text = "PARIS, June 3 - Germany's foreign minister left for Warsaw saying he would raise the border issue."
    found = roots(nlp, text)
    assert ("DEU", "POL", "04") in found, found


def test_telling_a_party_to_act_is_a_demand(nlp: Language) -> None:
    found = roots(nlp, "The Kenyan minister told Uganda to settle the border dispute.")
    assert ("KEN", "UGA", "10") in found, found
    assert ("UGA", None, "05") not in found, found


def test_telling_reporters_a_fact_is_no_demand(nlp: Language) -> None:
    found = roots(nlp, "The Kenyan minister told reporters that Uganda had attacked a border post.")
    assert not any(r[2] == "10" for r in found), found


def test_demand_with_a_penalty_is_a_threat(nlp: Language) -> None:
    found = roots(nlp, "The Kenyan minister urged Uganda to withdraw its troops or face sanctions.")
    assert ("KEN", "UGA", "13") in found, found
    assert not any(r[2] in ("02", "16") for r in found), found


def test_they_of_an_adverbial_clause_is_the_owned_forces(nlp: Language) -> None:
    text = "Sudan said its soldiers killed dozens of Chadian rebels as they repulsed a new Chadian offensive."
    found = roots(nlp, text)
    assert ("TCD", "SDN", "19") in found, found
    assert ("TCD", "TCD", "19") not in found, found


def test_they_of_a_relative_clause_keeps_the_nearer_party(nlp: Language) -> None:
    text = "Sudan said its soldiers were battling to dislodge Chadian troops from land they seized in an offensive."
    found = roots(nlp, text)
    assert ("SDN", "SDN", "19") not in found, found
