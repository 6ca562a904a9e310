"""Trade and aid nouns that name a standing flow (a clause's subject, another noun's topic) are no
transfer; the same nouns as the object of an act still code (events/trade_habits.py ``flow_topic``)."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_a_flow_as_the_subject_of_a_clause_is_no_event(nlp: Language) -> None:
    found = roots(nlp, "Brazilian officials said German arms sales to Argentina are growing.")
    assert not any(r == "06" for _, _, r in found)


def test_a_flow_as_the_topic_of_a_noun_is_no_event(nlp: Language) -> None:
    for text in ("The quarrel over trade between Canada and Mexico deepened.",
                 "A new dispute about French aid to Chad has embarrassed Paris."):
        found = roots(nlp, text)
        assert not any(r in ("06", "07") for _, _, r in found), text


def test_the_talks_are_the_event_and_their_topic_is_not(nlp: Language) -> None:
    found = roots(nlp, "Canada and Mexico held talks on trade.")
    assert ("CAN", "MEX", "04") in found and ("MEX", "CAN", "04") in found
    assert not any(r == "06" for _, _, r in found)


def test_a_flow_an_actor_sends_or_seeks_still_codes(nlp: Language) -> None:
    assert any(r == "07" for _, _, r in roots(nlp, "France sent aid to Chad."))
    assert ("KEN", "USA", "02") in roots(nlp, "Kenya called for more U.S. investment.")


def test_a_flow_as_the_subject_of_an_act_verb_still_codes(nlp: Language) -> None:
    assert ("FRA", "TCD", "07") in roots(nlp, "French aid to Chad resumed in May.")
