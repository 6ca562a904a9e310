"""Targets outside the trigger's own slots: the addressee of a channel adjunct ("in a letter to X"),
the subject of a "saying ..." participle's clause, and "the two sides" acting on each other."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import code, roots


def test_letter_to_names_whom_a_demand_is_aimed_at(nlp: Language) -> None:
    found = roots(nlp, "In a letter to the Pakistani government, India demanded the extradition of the suspects.")
    assert ("IND", "PAK", "10") in found, found


def test_phone_call_with_names_whom_an_appeal_is_aimed_at(nlp: Language) -> None:
    found = roots(nlp, "In a telephone conversation with the Turkish president, the Greek prime minister "
                       "called for calm in the Aegean.")
    assert ("GRC", "TUR", "02") in found, found


def test_meeting_with_names_whom_criticism_is_aimed_at(nlp: Language) -> None:
    found = roots(nlp, "During talks with Japanese officials, the Chinese envoy criticised the new defence plan.")
    assert ("CHN", "JPN", "11") in found, found


def test_speech_to_an_audience_is_no_channel(nlp: Language) -> None:
    found = roots(nlp, "In a speech to Kenyan students, the Ugandan president criticised corruption.")
    assert not any(s == "UGA" and t == "KEN" and r == "11" for s, t, r in found), found


def test_saying_clause_names_whom_a_protest_is_aimed_at(nlp: Language) -> None:
    found = roots(nlp, "Malaysia lodged a formal complaint, saying Indonesian boats had fished in its waters.")
    assert ("MYS", "IDN", "11") in found, found


def test_arguing_clause_names_whom_an_accusation_is_aimed_at(nlp: Language) -> None:
    found = roots(nlp, "Bolivia filed a complaint at the court, arguing that Chile had broken the treaty.")
    assert ("BOL", "CHL", "11") in found, found


def test_both_sides_pledging_act_on_each_other(nlp: Language) -> None:
    found = roots(nlp, "The presidents of Colombia and Venezuela met on the border, and both sides "
                       "pledged to restore trade links.")
    assert {("COL", "VEN", "03"), ("VEN", "COL", "03")} <= found, found


def test_the_two_sides_leave_out_the_venue(nlp: Language) -> None:
    events = code(nlp, "Serbian and Kosovar negotiators met in Brussels, and the two sides agreed to share "
                       "customs revenue.")
    pairs = {(e.source, e.target) for e in events if e.root == "03"}
    assert ("SRB", "XKX") in pairs and not any("BEL" in p for p in pairs), events


def test_both_sides_condemning_a_third_party_do_not_act_on_each_other(nlp: Language) -> None:
    found = roots(nlp, "Egypt and Jordan held talks in Cairo, and both sides condemned the bombing.")
    assert ("EGY", "JOR", "11") not in found and ("JOR", "EGY", "11") not in found, found


def test_channel_of_the_governing_offer(nlp: Language) -> None:
    found = roots(nlp, "In a letter to the Lebanese government, Syria offered to help rebuild the port.")
    assert ("SYR", "LBN", "03") in found, found


def test_drew_criticism_from_is_criticism_of_the_subjects_owner(nlp: Language) -> None:
    found = roots(nlp, "The Serbian election law drew criticism from the European Union.")
    assert ("EU", "SRB", "11") in found, found


def test_attracted_criticism_from_is_criticism_of_the_subject(nlp: Language) -> None:
    found = roots(nlp, "The Brazilian president attracted criticism from Argentina over the tariffs.")
    assert ("ARG", "BRA", "11") in found, found


def test_co_agent_of_an_appeal_governing_the_act_appeals_too(nlp: Language) -> None:
    found = roots(nlp, "Norway, together with Denmark, urged Belarus to release the jailed journalists.")
    assert {("NOR", "BLR", "02"), ("DNK", "BLR", "02")} <= found, found


def test_assured_x_of_support_is_support_for_x(nlp: Language) -> None:
    found = roots(nlp, "The Kenyan president assured Somalia of his government's backing.")
    assert ("KEN", "SOM", "05") in found, found


def test_won_support_from_is_support_for_the_subject(nlp: Language) -> None:
    found = roots(nlp, "Chile won strong support from Brazil for its bid to host the summit.")
    assert ("BRA", "CHL", "05") in found, found


def test_secured_a_loan_from_is_aid_to_the_subject(nlp: Language) -> None:
    found = roots(nlp, "Pakistan secured a $2 billion loan from China on Friday.")
    assert ("CHN", "PAK", "07") in found, found


def test_sparked_condemnation_from_is_criticism_of_the_subjects_owner(nlp: Language) -> None:
    found = roots(nlp, "The Russian missile strike sparked condemnation from Poland.")
    assert ("POL", "RUS", "11") in found, found


def test_sparked_protests_without_a_from_phrase_name_no_reacting_state(nlp: Language) -> None:
    found = roots(nlp, "The Russian missile strike sparked condemnation.")
    assert not any(t == "RUS" and r == "11" and s not in (None, "RUS") for s, t, r in found), found


def test_protest_after_an_act_is_aimed_at_its_agent(nlp: Language) -> None:
    found = roots(nlp, "Greece protested after Turkish jets entered its airspace.")
    assert ("GRC", "TUR", "11") in found, found  # a government's protest is an official complaint (114)


def test_protest_after_a_passive_act_is_aimed_at_its_by_agent(nlp: Language) -> None:
    found = roots(nlp, "Poland lodged a protest after its embassy was attacked by Belarusian protesters.")
    assert ("POL", "BLR", "11") in found, found
    found = roots(nlp, "Greece put its forces on alert after Turkish warships were sent into disputed waters.")
    assert ("GRC", "TUR", "15") in found, found  # no by-agent: the passive subject, as before


def test_protest_with_a_saying_clause_is_aimed_at_its_subject(nlp: Language) -> None:
    found = roots(nlp, "Peru protested, saying Chilean troops had moved a border marker.")
    assert ("PER", "CHL", "11") in found, found  # a government's protest is an official complaint (114)


def test_met_with_criticism_from_is_criticism_and_no_meeting(nlp: Language) -> None:
    found = roots(nlp, "The Greek budget plan met with harsh criticism from Germany.")
    assert ("DEU", "GRC", "11") in found and not any(r == "04" for s, t, r in found), found


def test_met_with_officials_is_still_a_meeting(nlp: Language) -> None:
    found = roots(nlp, "The Greek finance minister met with German officials in Athens.")
    assert any(r == "04" and {s, t} == {"GRC", "DEU"} for s, t, r in found), found


def test_appeal_after_a_relative_clause_on_the_subject(nlp: Language) -> None:
    found = roots(nlp, "Jordan, which shelters many Syrian refugees, called on Syria to reopen the crossing.")
    assert ("JOR", "SYR", "02") in found, found


def test_help_a_thanked_party_gave_went_to_the_thanker(nlp: Language) -> None:
    found = roots(nlp, "Portugal thanked Spain for its assistance in fighting the forest fires.")
    assert ("ESP", "PRT", "07") in found, found


def test_support_for_a_named_party_keeps_its_own_target(nlp: Language) -> None:
    found = roots(nlp, "Kenya praised Ethiopia for its support for the peace process in Sudan.")
    assert ("ETH", "KEN", "05") not in found, found


def test_recalling_the_ambassador_to_a_state_is_aimed_at_it(nlp: Language) -> None:
    found = roots(nlp, "Norway recalled its ambassadors to Chile and Peru over the fishing dispute.")
    assert ("NOR", "CHL", "16") in found and ("NOR", "PER", "16") in found, found


def test_mediating_in_a_dispute_between_two_sides_is_aimed_at_both(nlp: Language) -> None:
    found = roots(nlp, "Ghana offered to mediate in the border dispute between Togo and Benin.")
    assert ("GHA", "TGO", "03") in found and ("GHA", "BEN", "03") in found, found
    assert ("GHA", "TGO", "04") in roots(nlp, "Ghana mediated in the quarrel between Togo and Benin.")


def test_sending_police_abroad_is_a_deployment(nlp: Language) -> None:
    assert ("RWA", "CAF", "15") in roots(nlp, "Rwanda sent police to the Central African Republic.")


def test_transferring_technology_is_cooperation_military_for_weapons_know_how(nlp: Language) -> None:
    assert ("ISR", "IND", "06") in roots(nlp, "Israel transferred missile technology to India.")
    assert ("KOR", "VNM", "06") in roots(nlp, "South Korea transferred chip technology to Vietnam.")
