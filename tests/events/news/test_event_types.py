"""Event types: a peacekeeping force's movements are peacekeeping, and a plan to harm is a threat only
when it is announced."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


def test_peacekeepers_arriving_keep_the_peace(nlp: Language) -> None:
    found = dyads(nlp, "Two hundred Ghanaian peacekeepers arrived in Liberia on Friday.")
    assert ("GHA", "LBR", "074") in found, found
    assert not any(c == "042" for _, _, c in found), found


def test_peacekeepers_deploying_keep_the_peace(nlp: Language) -> None:
    found = dyads(nlp, "Several hundred Indian peacekeepers began deploying in Congo on Tuesday.")
    assert ("IND", "COD", "074") in found, found
    assert not any(c == "154" for _, _, c in found), found


def test_troops_sent_to_a_peacekeeping_force_keep_the_peace(nlp: Language) -> None:
    found = roots(nlp, "Uruguay sent 500 soldiers to the United Nations peacekeeping force in Haiti.")
    assert any(s == "URY" and r == "07" for s, _, r in found), found
    assert not any(r == "15" for _, _, r in found), found


def test_troops_deployed_to_a_border_still_mobilise(nlp: Language) -> None:
    found = roots(nlp, "Turkey deployed tanks along the Syrian border on Sunday.")
    assert ("TUR", "SYR", "15") in found, found


def test_visit_by_a_leader_stays_a_visit(nlp: Language) -> None:
    found = dyads(nlp, "The Brazilian president arrived in Lisbon on Monday.")
    assert ("BRA", "PRT", "042") in found, found


def test_plan_to_attack_is_no_threat(nlp: Language) -> None:
    found = roots(nlp, "The Pakistani army plans to attack militant bases near the Afghan border.")
    assert not any(r in ("13", "19") for _, _, r in found), found


def test_scheduled_exercises_are_no_threat(nlp: Language) -> None:
    found = roots(nlp, "The Egyptian navy was to hold military exercises near the Libyan coast.")
    assert not any(r == "13" for _, _, r in found), found


def test_said_it_would_retaliate_is_a_threat(nlp: Language) -> None:
    found = roots(nlp, "Iran said it would retaliate against Israel.")
    assert ("IRN", "ISR", "13") in found, found


def test_vowed_to_attack_is_a_threat(nlp: Language) -> None:
    found = roots(nlp, "Hamas vowed to attack Israeli cities.")
    assert ("PSE", "ISR", "13") in found, found


def test_decision_to_expel_is_the_expulsion(nlp: Language) -> None:
    # a decision to sanction or expel reports the measure itself (governed.DECIDED_ROOTS), not a threat
    found = roots(nlp, "Russia's decision to expel two Georgian diplomats angered Tbilisi.")
    assert ("RUS", "GEO", "16") in found, found


def test_offer_to_send_troops_stays_an_intent_to_help(nlp: Language) -> None:
    found = dyads(nlp, "Australia offered to send troops to East Timor.")
    assert ("AUS", "TLS", "0332") in found, found


def test_said_it_would_reject_is_a_rejection(nlp: Language) -> None:
    found = roots(nlp, "Iran said it would reject any European proposal on its nuclear programme.")
    assert any(s == "IRN" and r == "12" for s, _, r in found), found
    assert not any(r == "13" for _, _, r in found), found


def test_said_they_will_criticise_is_a_criticism(nlp: Language) -> None:
    found = roots(nlp, "American officials said they will criticize Sudan at the United Nations.")
    assert ("USA", "SDN", "11") in found, found
    assert not any(r == "13" for _, _, r in found), found


def test_attending_a_ceremony_is_a_symbolic_act(nlp: Language) -> None:
    found = roots(nlp, "The Bulgarian president attended a ceremony marking the opening of a bridge in Romania.")
    assert any(s == "BGR" and r == "01" for s, _, r in found), found
    assert not any(r == "04" for _, _, r in found), found


def test_attending_a_conference_is_a_meeting(nlp: Language) -> None:
    found = roots(nlp, "The Kenyan foreign minister attended a conference with Ugandan officials.")
    assert ("KEN", "UGA", "04") in found, found


def test_launching_a_bid_is_no_event(nlp: Language) -> None:
    assert roots(nlp, "Spain launched a bid to host the World Cup.") == set()


def test_launching_an_effort_is_what_its_modifier_names(nlp: Language) -> None:
    found = dyads(nlp, "Qatar launched a mediation effort between Yemen and Oman.")
    assert ("QAT", "YEM", "045") in found, found
    assert not any(c.startswith("02") for _, _, c in found), found


def test_launching_a_humanitarian_mission_is_aid(nlp: Language) -> None:
    found = roots(nlp, "South Korea launched a humanitarian mission to Somalia.")
    assert any(t == "SOM" and r == "07" for _, t, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A destroyer escorted three Kuwaiti tankers flying the Liberian flag through the strait.",
        "Swiss jets forced a Libyan cargo plane flying from Tripoli to Oslo to land in Geneva.",
        "Syrian jets flew over Lebanon on Tuesday.",
    ],
)
def test_a_craft_or_a_flag_makes_no_visit(nlp: Language, text: str) -> None:
    # a ship flying a flag is registered there; a plane or jets flying somewhere are no visitors
    assert not any(e.cameo == "042" for e in code(nlp, text))


def test_a_leader_flying_somewhere_still_visits(nlp: Language) -> None:
    assert ("EGY", "SDN", "042") in dyads(nlp, "The Egyptian president flew to Khartoum on Monday.")
