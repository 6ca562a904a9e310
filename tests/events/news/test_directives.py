"""Directing speech: "X told Y to ..." is a demand even when the act demanded is no lexicon event;
a penalty after "or" ("or face sanctions", "or risk isolation") makes a directive an ultimatum (139);
so does a time span given to a party ("gave Y 48 hours to ..."). A speaker named by its office ("the
chairman of X") lends X to a pronoun subject of its reported clause."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import dyads, roots


def test_told_to_act_is_a_demand(nlp: Language) -> None:
    found = roots(nlp, "The Brazilian foreign minister told Paraguay to tighten controls on its border.")
    assert ("BRA", "PRY", "10") in found, found


def test_told_that_stays_a_statement(nlp: Language) -> None:
    found = roots(nlp, "The Brazilian foreign minister told Paraguay that the border talks were useful.")
    assert not any(r == "10" for _, _, r in found), found


def test_or_face_makes_a_directive_an_ultimatum(nlp: Language) -> None:
    found = dyads(nlp, "The Dutch government told Suriname to hand over the suspects or face a cut in aid.")
    assert any(s == "NLD" and t == "SUR" and c == "139" for s, t, c in found), found


def test_or_risk_makes_an_appeal_an_ultimatum(nlp: Language) -> None:
    found = dyads(nlp, "Kenya urged Uganda to withdraw its police from the island or risk a diplomatic rupture.")
    assert any(s == "KEN" and t == "UGA" and c == "139" for s, t, c in found), found


def test_appeal_without_a_penalty_stays_an_appeal(nlp: Language) -> None:
    found = roots(nlp, "Kenya urged Uganda to withdraw its police from the island.")
    assert not any(r == "13" for _, _, r in found), found


def test_hours_given_to_act_are_an_ultimatum(nlp: Language) -> None:
    found = dyads(nlp, "Morocco gave Spain 72 hours to recall its fishing fleet.")
    assert any(s == "MAR" and t == "ESP" and c == "139" for s, t, c in found), found


def test_office_holder_lends_its_body_to_a_pronoun_subject(nlp: Language) -> None:
    found = roots(nlp, "The chairman of the Nigerian Senate foreign relations committee said he would ask Ghana "
                       "to reopen the border.")
    assert ("NGA", "GHA", "02") in found, found


def test_own_act_conditioned_on_another_party_is_a_threat(nlp: Language) -> None:
    found = roots(nlp, "The Chinese foreign minister said Beijing would review its ties with Seoul if South Korea "
                       "allowed the visit.")
    assert ("CHN", "KOR", "13") in found, found


def test_pronoun_speaker_conditioned_on_talks_with_a_party_threatens_it(nlp: Language) -> None:
    found = roots(nlp, "Thailand said it would reconsider its rice purchases if the talks with Vietnam fail.")
    assert ("THA", "VNM", "13") in found, found


def test_forecast_conditioned_on_another_party_is_no_threat(nlp: Language) -> None:
    found = roots(nlp, "The Thai finance minister said the economy would grow faster if Japan bought more rice.")
    assert not any(r == "13" for _, _, r in found), found


def test_noun_call_for_a_party_to_act_targets_that_party(nlp: Language) -> None:
    found = roots(nlp, "Ghana renewed its call for Togo to reopen the border crossings.")
    assert ("GHA", "TGO", "02") in found, found


def test_untargeted_threat_of_a_party_attacked_aims_at_the_attacker(nlp: Language) -> None:
    found = roots(nlp, "Sudan said several Sudanese villagers were wounded in a Chadian air raid on Monday "
                       "and vowed revenge.")
    assert ("SDN", "TCD", "13") in found, found


def test_untargeted_threat_without_an_attack_keeps_no_target(nlp: Language) -> None:
    found = roots(nlp, "Sudan vowed revenge after the border talks collapsed.")
    assert not any(t is not None and r == "13" for _, t, r in found), found


def test_announced_opposition_to_a_partys_proposals_is_a_rejection(nlp: Language) -> None:
    found = roots(nlp, "Norway told its Nordic partners it would strongly oppose the Danish proposals.")
    assert ("NOR", "DNK", "12") in found, found


def test_not_opposing_is_acquiescence(nlp: Language) -> None:
    found = roots(nlp, "The Greek premier said he would not oppose Albanian membership talks.")
    assert not any(r == "12" for _, _, r in found), found


def test_warning_that_one_will_reject_is_a_rejection(nlp: Language) -> None:
    found = roots(nlp, "The Irish farm minister warned that Ireland would flatly reject the British proposals.")
    assert ("IRL", "GBR", "12") in found, found


def test_an_ultimatum_given_to_a_party_targets_it(nlp: Language) -> None:
    found = dyads(nlp, "Britain gave Libya an ultimatum to surrender the bombers.")
    assert ("GBR", "LBY", "139") in found, found
