"""Verbal events that went uncoded or miscoded: a verbal attack over a grievance, a gerund subject
("Fighting between A and B"), talks a copula places ("is in Berlin for talks"), talking to the press,
an act under a negated noun ("no right to"), consultations hung on the party's name, a frame noun or a
visit phrase, calling someone a pejorative name, "should" appeals, clashes that killed one side, and
"is a threat to" as a characterisation."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_attack_over_a_grievance_is_criticism(nlp: Language) -> None:
    found = roots(nlp, "The Venezuelan president attacked the Colombian government over its border policy.")
    assert ("VEN", "COL", "11") in found and ("VEN", "COL", "19") not in found, found


def test_attack_for_failing_is_criticism(nlp: Language) -> None:
    found = roots(nlp, "The Bolivian foreign minister attacked the Chilean government for failing to honour the deal.")
    assert ("BOL", "CHL", "11") in found, found


def test_attack_in_a_speech_is_criticism(nlp: Language) -> None:
    found = roots(nlp, "The Iranian president attacked the British government in a speech on Monday.")
    assert ("IRN", "GBR", "11") in found, found


def test_grievance_phrase_hung_on_the_object_is_still_criticism(nlp: Language) -> None:
    """The parser may attach "over X" to the verb's object ("the prime minister over ..."): the
    grievance still makes the attack verbal."""
    found = roots(nlp, "OSLO - Critics of the plan attacked the prime minister over the troop deployment.")
    assert ("NOR", "NOR", "11") in found and not any(r == "19" for _, _, r in found), found


def test_armed_attack_on_a_post_over_the_border_stays_force(nlp: Language) -> None:
    found = roots(nlp, "Syrian troops attacked an Israeli border post over the ridge.")
    assert not any(r == "11" for _, _, r in found), found


def test_armed_attack_over_the_weekend_stays_force(nlp: Language) -> None:
    found = roots(nlp, "Turkish troops attacked Kurdish rebels in northern Iraq over the weekend.")
    assert not any(r == "11" for _, _, r in found), found


def test_fighting_between_two_armies_as_a_gerund_subject(nlp: Language) -> None:
    found = roots(nlp, "Fighting between Ethiopian and Eritrean troops broke out on the border.")
    assert {("ETH", "ERI", "19"), ("ERI", "ETH", "19")} <= found, found


def test_in_a_capital_for_talks_is_no_plan(nlp: Language) -> None:
    found = roots(nlp, "The Chinese premier was in Berlin for talks with German leaders.")
    assert any(s == "CHN" and t == "DEU" and r == "04" for s, t, r in found), found
    assert not any(r == "03" for _, _, r in found), found


def test_speaking_to_reporters_is_no_meeting(nlp: Language) -> None:
    found = roots(nlp, "Speaking to reporters in Ankara, the Turkish foreign minister said Greece must stop "
                       "the flights.")
    assert not any(r == "04" for _, _, r in found), found
    assert ("TUR", "GRC", "10") in found, found


def test_no_right_to_impose_is_no_imposition(nlp: Language) -> None:
    found = roots(nlp, "Syria said the United States had no right to impose sanctions on Damascus.")
    assert ("USA", "SYR", "16") not in found, found


def test_talks_hung_on_the_party_name(nlp: Language) -> None:
    found = roots(nlp, "The Indian prime minister, in Moscow for talks with the Russian president, said "
                       "trade would grow.")
    assert ("IND", "RUS", "04") in found, found


def test_calling_a_leader_a_puppet_is_criticism(nlp: Language) -> None:
    found = roots(nlp, "North Korea called the Japanese prime minister a puppet.")
    assert ("PRK", "JPN", "11") in found, found


def test_calling_a_proposal_unacceptable_is_criticism(nlp: Language) -> None:
    found = roots(nlp, "Iran called the British proposal unacceptable.")
    assert ("IRN", "GBR", "11") in found, found


def test_calling_talks_constructive_is_no_criticism(nlp: Language) -> None:
    found = roots(nlp, "The Iranian president called the talks with Britain constructive.")
    assert not any(r == "11" for _, _, r in found), found


def test_round_of_talks_owned_by_its_frame(nlp: Language) -> None:
    found = roots(nlp, "Turkey's latest round of talks with the European Union ended without a deal.")
    assert {("TUR", "EU", "04"), ("EU", "TUR", "04")} <= found, found


def test_on_a_visit_after_the_copula(nlp: Language) -> None:
    found = roots(nlp, "The Greek prime minister was on a visit to Cyprus on Monday.")
    assert ("GRC", "CYP", "04") in found, found


def test_clashes_with_a_partner_that_killed_soldiers(nlp: Language) -> None:
    found = roots(nlp, "Clashes with Chechen rebels killed three Russian soldiers on Sunday.")
    assert any(s == "RUS" and t == "RUS" and r == "19" for s, t, r in found), found


def test_reported_should_is_an_appeal(nlp: Language) -> None:
    found = roots(nlp, "The African Union said the Chadian government should do its part to end the crisis.")
    assert ("AU", "TCD", "02") in found and ("AU", "TCD", "10") not in found, found


def test_reported_must_stays_a_demand(nlp: Language) -> None:
    found = roots(nlp, "The African Union said the Chadian government must end the crisis.")
    assert ("AU", "TCD", "10") in found, found


def test_before_talks_with_a_named_partner(nlp: Language) -> None:
    found = roots(nlp, "The Japanese foreign minister shook off jet lag before talks with South Korean officials.")
    assert ("JPN", "KOR", "04") in found, found


def test_talks_inside_a_visit_phrase(nlp: Language) -> None:
    found = roots(nlp, "The Turkish foreign minister arrived on a visit for talks with Iraqi leaders.")
    assert ("TUR", "IRQ", "04") in found, found


def test_being_a_threat_is_a_characterisation(nlp: Language) -> None:
    found = roots(nlp, "The Indian defence minister said Pakistan's missile programme was a threat to the region.")
    assert not any(r == "13" for _, _, r in found), found
    assert ("IND", "PAK", "01") in found, found


def test_issuing_a_threat_stays_a_threat(nlp: Language) -> None:
    found = roots(nlp, "Pakistan issued a threat to India on Monday.")
    assert ("PAK", "IND", "13") in found, found


def test_remaining_or_seen_as_a_threat_is_a_characterisation(nlp: Language) -> None:
    """A linking verb ("remains a threat") or a verb of characterising with "as" ("serves as a warning",
    "regards X as a threat") describes a party: no threat (13x) made."""
    for text in ("Sudan remains a threat to Chad, the minister said.",
                 "The Eritrean tariffs serve as a warning to Djibouti.",
                 "Ethiopia regards Somalia as a threat.",
                 "Somalia is seen as a threat by Ethiopia."):
        found = roots(nlp, text)
        assert not any(r == "13" for _, _, r in found), (text, found)


def test_a_warning_sent_stays_a_threat(nlp: Language) -> None:
    assert ("ETH", "SOM", "13") in roots(nlp, "Ethiopia sent a stern warning to Somalia.")
