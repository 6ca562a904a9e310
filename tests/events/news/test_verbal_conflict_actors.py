"""Actors of verbal conflict (demands, criticism, rejections, threats): an unowned state title is the
story's country's, a pronoun takes up a titled person of an earlier sentence, and a "that"-clause
names whom the statement is aimed at."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.events.twins import targeted_twins_win
from multipolar.records import Event
from tests.events.conftest import code, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the president" with no owner or name: the head of state of the dateline's country
        ("NAIROBI (Reuters) - Opposition lawmakers criticised the president on Sunday.", ("KEN", "KEN", "11")),
        ("LIMA - Peruvian unions sharply criticised the prime minister over the budget.", ("PER", "PER", "11")),
    ],
)
def test_an_unowned_state_title_is_the_story_country(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_titled_role_has_no_country_of_its_own_where_an_owner_is_named(nlp: Language) -> None:
    text = "NAIROBI - Opposition lawmakers criticised the president of the bank."
    assert ("KEN", "KEN", "11") not in roots(nlp, text)


def test_pronouns_take_up_a_titled_person_of_the_previous_sentence(nlp: Language) -> None:
    text = "The Dutch foreign minister met his Belgian counterpart on Monday. He later accused him of stalling."
    assert ("NLD", "BEL", "11") in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia complained that Azerbaijan had broken the truce.", ("ARM", "AZE", "11")),
        ("Japan warned that North Korea would face sanctions.", ("JPN", "PRK", "13")),
    ],
)
def test_a_that_clause_names_the_target_of_verbal_conflict(nlp: Language, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_statement_about_a_place_names_no_target(nlp: Language) -> None:
    # the clause's subject is an unnamed party, not a state aimed at
    assert all(t is None for _, t, r in roots(nlp, "Armenia complained that rebels had broken the truce.")
               if r == "11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # critics of a leader are his country's opposition, not the leader
        ("Critics of Prime Minister Tony Blair accused him of misleading parliament.", ("GBR", "OPP", "GBR")),
        # bare critics: the opposition of the dateline's country
        ("MANILA (Reuters) - Critics accused the president of corruption.", ("PHL", "OPP", "PHL")),
        # bare critics taking on a named leader: that leader's country's opposition, whatever the dateline
        ("OTTAWA (Reuters) - Critics lambasted Swedish Prime Minister Olof Lund over the fishing quotas.",
         ("SWE", "OPP", "SWE")),
    ],
)
def test_critics_are_the_opposition_of_the_country(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    events = code(nlp, text)
    assert expected in {(e.source, e.source_sector, e.target) for e in events if e.root == "11"}


def test_critics_of_a_state_are_not_that_state(nlp: Language) -> None:
    events = code(nlp, "Critics of Canada condemned the seal hunt.")
    assert all(e.source != "CAN" for e in events)


def test_a_decision_in_an_adjunct_is_not_the_subjects(nlp: Language) -> None:
    text = "Opposition lawmakers in Poland slammed the premier following a decision to allow US troops in."
    assert all(e.root != "03" or e.source_sector != "OPP" for e in code(nlp, text))


def test_an_unnamed_owner_of_the_criticised_object_is_the_target(nlp: Language) -> None:
    text = "DHAKA - Opposition parties criticised the government's decision to raise fuel prices."
    assert ("BGD", "BGD", "11") in roots(nlp, text)


def test_the_leader_of_a_led_operation_is_its_owner(nlp: Language) -> None:
    assert ("ESP", "USA", "11") in roots(nlp, "Spain criticised the US-led occupation of Iraq.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia recalled its ambassador on Monday. Croatia condemned the move.", ("HRV", "SRB", "11")),
        ("Caracas proposed a summit on Friday, but Bogota rejected the idea.", ("COL", "VEN", "12")),
        # the act pointed back to may sit under a part or quantity word
        ("Mexico unveiled a new tax plan on Tuesday, but Canada opposes key parts of the proposal.",
         ("CAN", "MEX", "12")),
        ("Chile announced new fishing rules, and Peru condemned some of the measures.", ("PER", "CHL", "11")),
    ],
)
def test_verbal_conflict_aimed_at_the_move_is_aimed_at_its_agent(nlp: Language, text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_the_act_an_accusation_alleges_is_not_coded(nlp: Language) -> None:
    found = roots(nlp, "Bolivia accused Chile of arming the smugglers.")
    assert ("BOL", "CHL", "11") in found
    assert all(r == "11" for _, _, r in found)


def _event(source: str | None, target: str | None, cameo: str, plover: str) -> Event:
    return Event(doc_id="t", sentence_index=0, sentence="", sentence_start=0, trigger="x", char_start=0, char_end=1,
                 source=source, source_sector="GOV", source_text=None, target=target, target_sector=None,
                 target_text=None, cameo=cameo, root=cameo[:2], plover=plover, plover_mode=None, quad=3, penta=3,
                 goldstein=-2.0, date=None, rule="r")


def test_an_act_told_twice_keeps_the_telling_with_a_target() -> None:
    # "launched a scathing attack on <unresolved>, accusing <Y> of ...": one criticism, aimed at Y
    bare, aimed = _event("GBR", None, "111", "ACCUSE"), _event("GBR", "GBR", "112", "ACCUSE")
    other = _event("FRA", None, "111", "ACCUSE")
    assert targeted_twins_win([bare, aimed, other]) == [aimed, other]


def test_a_possessive_state_title_owns_the_object(nlp: Language) -> None:
    text = "YEREVAN - Thousands of protesters demanded the president's resignation."
    assert ("ARM", "ARM", "10") in roots(nlp, text)


def test_an_unnamed_speaker_does_not_replace_the_named_subject(nlp: Language) -> None:
    text = ("Norway will grant asylum to Sri Lankan activists, the foreign ministry said in a move sure to "
            "anger Sri Lanka.")
    assert all(s == "NOR" for s, _, r in roots(nlp, text) if r == "03")
    assert any(s == "NOR" for s, _, r in roots(nlp, text))


def test_a_denial_of_the_charge_is_aimed_at_the_accuser(nlp: Language) -> None:
    text = "Peru accused Ecuador of moving troops to the border. Ecuadorean officials rejected the charge."
    assert ("ECU", "PER", "01") in roots(nlp, text)


def test_the_act_a_claim_alleges_is_not_coded(nlp: Language) -> None:
    found = roots(nlp, "Egypt rejected claims that Libya had armed the smugglers.")
    assert not any(r == "07" for _, _, r in found)


def test_a_denial_of_claims_that_x_did_is_aimed_at_x(nlp: Language) -> None:
    assert ("EGY", "LBY", "01") in roots(nlp, "Egypt rejected claims that Libya had armed the smugglers.")


def test_verbal_conflict_about_an_owned_act_is_aimed_at_its_owner(nlp: Language) -> None:
    found = roots(nlp, "Cuba protested over the US decision to tighten the embargo.")
    assert any((s, t) == ("CUB", "USA") and r in ("11", "14") for s, t, r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAIROBI - Opposition lawmakers criticised the budget on Tuesday.", ("KEN", "GOV")),
        ("MANILA - Activists condemned the guilty verdict against the radio host.", ("PHL", "JUD")),
    ],
)
def test_an_unowned_state_act_is_the_story_countrys_organ(nlp: Language, text: str,
                                                          expected: tuple[str, str]) -> None:
    assert expected in {(e.target, e.target_sector) for e in code(nlp, text) if e.root == "11"}


def test_an_unowned_state_act_in_a_story_without_a_country_has_no_target(nlp: Language) -> None:
    assert all(e.target is None for e in code(nlp, "The European Union criticised the verdict."))


def test_verbal_conflict_of_a_topic_is_aimed_at_its_party(nlp: Language) -> None:
    # "warned of": the trigger's own "of" phrase
    assert ("VNM", "CHN", "13") in roots(nlp, "Hanoi warned of a possible Chinese blockade.")


def test_the_place_of_an_occasion_is_no_target(nlp: Language) -> None:
    assert {t for _, t, _ in roots(nlp, "Ankara demanded an apology at a meeting in Athens.")} == {None}


@pytest.mark.parametrize("text", [
    # the venue phrase hung by the parse on a word inside the predicate, not on the act
    "NATO defence ministers gave their backing to a new plan to cut costs at a session in Madrid on Friday.",
    "Arab foreign ministers offered support for the new scheme to end the feud at a summit in Tunis.",
])
def test_the_venue_of_a_gathering_is_no_target(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert not any(t in ("ESP", "TUN") for _, t, _ in found), found


def test_condemning_a_killing_in_an_owned_attack_is_aimed_at_the_attacks_owner(nlp: Language) -> None:
    found = roots(nlp, "Kenya condemned the killing of its police officers in a Somali raid.")
    assert ("KEN", "SOM", "11") in found
    assert ("KEN", "KEN", "11") not in found


def test_a_nominal_threat_is_aimed_at_what_it_is_against(nlp: Language) -> None:
    assert ("BLR", "NATO", "13") in roots(nlp, "Minsk renewed its warnings against NATO enlargement.")
