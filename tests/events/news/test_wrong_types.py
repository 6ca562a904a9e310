"""Event types: the sense a governing verb gives an embedded act (offers of troops, calls for sanctions)."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import code, dyads


def test_offer_to_send_troops_is_intent_of_military_aid(nlp: Language) -> None:
    found = dyads(nlp, "Canada offered to send soldiers to Mali to help its army.")
    assert any(c == "0332" for _s, _t, c in found), found
    assert not any(c.startswith("13") for _s, _t, c in found), found


def test_agreeing_to_deploy_troops_is_no_threat(nlp: Language) -> None:
    found = dyads(nlp, "Poland agreed to deploy troops to Afghanistan.")
    assert ("POL", "AFG", "0332") in found, found


def test_threat_to_send_troops_stays_a_threat(nlp: Language) -> None:
    found = dyads(nlp, "Turkey threatened to send troops to Syria.")
    assert any(c.startswith("13") for _s, _t, c in found), found


def test_call_for_sanctions_against_a_state_threatens_it(nlp: Language) -> None:
    found = dyads(nlp, "Sweden called for tough sanctions against Belarus.")
    assert ("SWE", "BLR", "1312") in found, found


def test_demand_for_sanctions_threatens_their_target(nlp: Language) -> None:
    found = dyads(nlp, "The Dutch government demanded new sanctions on Venezuela.")
    assert ("NLD", "VEN", "1312") in found, found


def test_urging_another_to_impose_sanctions_is_an_appeal_to_it(nlp: Language) -> None:
    events = code(nlp, "Lithuania urged NATO to impose sanctions on Belarus.")
    assert any(e.source == "LTU" and e.target == "NATO" and e.root == "02" for e in events), events
    assert not any(e.cameo == "1312" for e in events), events


def test_suspension_of_aid_is_a_sanction_not_aid(nlp: Language) -> None:
    found = dyads(nlp, "Sweden announced a suspension of aid to Zambia.")
    assert ("SWE", "ZMB", "162") in found, found
    assert not any(c.startswith("07") for _s, _t, c in found), found


def test_cut_in_assistance_is_a_sanction(nlp: Language) -> None:
    found = dyads(nlp, "The Dutch government announced a sharp cut in assistance to Burundi.")
    assert any(c == "162" for _s, _t, c in found), found
    assert not any(c.startswith("07") for _s, _t, c in found), found


def test_aid_without_a_stopping_noun_stays_aid(nlp: Language) -> None:
    found = dyads(nlp, "Sweden announced new aid to Zambia.")
    assert ("SWE", "ZMB", "070") in found, found


def test_suspension_of_something_else_codes_no_sanction(nlp: Language) -> None:
    found = dyads(nlp, "Sweden announced the suspension of a football league.")
    assert not any(c.startswith("16") for _s, _t, c in found), found
