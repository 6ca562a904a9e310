"""Statements and other verbal events: what a comment is about and who is addressed, and words in a
reported clause that only look like acts (a predicate adjective, goods held, an act judged)."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_a_predicate_adjective_is_no_verb_trigger(nlp: Language) -> None:
    found = roots(nlp, "The EU said the Belarus vote was neither free nor fair.")
    assert not any(r == "08" for _, _, r in found)  # not "free the hostages"
    assert ("EU", "BLR", "01") in found


def test_the_verb_still_codes_with_its_object(nlp: Language) -> None:
    assert any(r == "08" for _, _, r in roots(nlp, "Colombian rebels freed two Ecuadorian hostages."))


def test_weapons_a_party_has_are_no_arms_delivery(nlp: Language) -> None:
    found = roots(nlp, "Officials in Seoul said North Korea has chemical weapons.")
    assert not any(r == "07" for _, _, r in found)
    assert ("KOR", "PRK", "01") in found


def test_an_act_the_speaker_judges_is_the_topic_of_the_comment(nlp: Language) -> None:
    found = roots(nlp, "Pakistan's army chief said India's troop deployment was provocative.")
    assert not any(r == "15" for _, _, r in found)
    assert ("PAK", "IND", "11") in found  # a predicate of blame: the comment criticises (judgments.py)


def test_an_act_reported_as_news_is_still_coded(nlp: Language) -> None:
    found = roots(nlp, "Pakistan's army chief said India had deployed troops along the border.")
    assert any(r == "15" for _, _, r in found)


def test_the_party_warned_against_an_act_is_the_target(nlp: Language) -> None:
    found = roots(nlp, "Beijing warned Washington against selling fighter jets to Taipei.")
    assert ("CHN", "USA", "13") in found
    assert ("CHN", "TWN", "13") not in found


def test_a_threat_to_act_on_a_party_keeps_that_party(nlp: Language) -> None:
    assert ("RUS", "GEO", "13") in roots(nlp, "Moscow threatened to impose sanctions on Georgia.")


def test_reporters_spoken_to_are_no_target_of_the_comment(nlp: Language) -> None:
    found = roots(nlp, "The Israeli defence minister told American journalists that Syria was a threat.")
    assert ("ISR", "SYR", "01") in found
    assert ("ISR", "USA", "01") not in found


def test_european_stands_for_the_union(nlp: Language) -> None:
    assert ("IRN", "EU", "12") in roots(nlp, "Tehran rejected the European demand to halt enrichment.")


def test_a_european_nation_is_a_member_state_not_the_union(nlp: Language) -> None:
    found = roots(nlp, "Chile opened an embassy in Malta, strengthening its ties with the European nation.")
    assert not any(t == "EU" for _, t, _ in found)


def test_meeting_standards_is_no_meeting(nlp: Language) -> None:
    found = roots(nlp, "Ankara said Turkey met European standards on human rights.")
    assert not any(r == "04" for _, _, r in found)


def test_a_speaker_known_only_by_a_nationality_makes_no_statement(nlp: Language) -> None:
    found = roots(nlp, "The Indian weather office said the monsoon would reach Bangladesh next week.")
    assert not any(r == "01" for _, _, r in found)
