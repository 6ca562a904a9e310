"""Events lost or mis-aimed because of how the sentence is built: coordinated partners of a
consultation whose object phrase names a third party (the topic, not a partner), and the enemy named
only in a fighting verb's purpose clause ("battled to dislodge the rebels")."""

from __future__ import annotations

from spacy.language import Language

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
