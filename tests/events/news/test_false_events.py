"""False events of real news and the readings kept beside them: the future act of a thing under a
speech verb, an act under an uncoded infinitive inside a plan or appeal, travel by troops or craft,
a recognition of an abstract object, and help with no one helped."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_future_act_of_a_report_is_no_speakers_intent(nlp: Language) -> None:
    found = roots(nlp, "An internal inquiry will blame senior commanders, Canadian officials said.")
    assert not any(s == "CAN" for s, _, _ in found), found


def test_future_act_of_a_named_party_under_a_speaker_stays_an_intent(nlp: Language) -> None:
    found = roots(nlp, "Ottawa will criticise the Iranian government, Canadian officials said.")
    assert ("CAN", "IRN", "13") in found, found


def test_act_forced_inside_a_bid_has_not_happened(nlp: Language) -> None:
    found = roots(nlp, "Kidnappers seized two aid workers in a bid to make Paris withdraw its troops from Chad.")
    assert not any(s == "FRA" and r == "08" for s, _, r in found), found


def test_act_forced_in_fact_is_coded(nlp: Language) -> None:
    found = roots(nlp, "Kidnappers seized two aid workers and made Paris withdraw its troops from Chad.")
    assert ("FRA", "TCD", "08") in found, found


def test_act_under_an_uncoded_verb_inside_an_appeal_has_not_happened(nlp: Language) -> None:
    found = roots(nlp, "Tehran urged Paris to persuade Washington to lift its sanctions on Iranian banks.")
    assert not any(s == "USA" and r == "08" for s, _, r in found), found


def test_peacekeepers_arriving_deploy_and_pay_no_visit(nlp: Language) -> None:
    found = roots(nlp, "Some 160 Chinese peacekeepers arrived in South Sudan on Thursday.")
    assert ("CHN", "SSD", "15") in found, found
    assert not any(r == "04" for _, _, r in found), found


def test_cargo_plane_flying_somewhere_pays_no_visit(nlp: Language) -> None:
    found = roots(nlp, "A Georgian cargo plane flying from Karachi to New Delhi was forced to land.")
    assert not any(r == "04" for _, _, r in found), found


def test_minister_flying_somewhere_pays_a_visit(nlp: Language) -> None:
    found = roots(nlp, "The Chinese defence minister flew to Washington on a government jet.")
    assert ("CHN", "USA", "04") in found, found


def test_recognising_an_abstract_object_is_no_recognition(nlp: Language) -> None:
    for text in ("While Washington recognises the one-China policy, it sells arms to Taipei.",
                 "Germany recognised the need for talks with Iran."):
        found = roots(nlp, text)
        assert not any(r == "05" for _, _, r in found), (text, found)


def test_recognising_a_state_is_a_recognition(nlp: Language) -> None:
    found = roots(nlp, "Sweden formally recognised the state of Palestine.")
    assert ("SWE", "PSE", "05") in found, found


def test_help_with_no_one_helped_is_no_aid(nlp: Language) -> None:
    found = roots(nlp, "Foreign observers from Norway helped to count the ballots.")
    assert not any(r == "07" for _, _, r in found), found


def test_help_to_a_party_doing_something_is_aid(nlp: Language) -> None:
    found = roots(nlp, "Japan helped Indonesia rebuild its coastal towns.")
    assert ("JPN", "IDN", "07") in found, found
