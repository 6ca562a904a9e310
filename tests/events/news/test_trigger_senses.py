"""Trigger senses: idioms, names and negated readiness are not the acts their words suggest."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import code, roots


def test_shooting_down_a_proposal_is_a_rejection(nlp: Language) -> None:
    found = roots(nlp, "The Russian parliament shot down a proposal from Ukraine.")
    assert not any(r == "19" for _, _, r in found)
    assert any(r == "12" for _, _, r in found)


def test_words_of_an_organisation_name_are_no_triggers(nlp: Language) -> None:
    events = code(nlp, "The North Atlantic Treaty Organization held a summit in Brussels.")
    assert not any(e.cameo.startswith("057") for e in events)


def test_not_about_to_is_negated(nlp: Language) -> None:
    assert code(nlp, "Colombian rebels were not about to free the hostages.") == []


def test_verbal_attack_is_criticism(nlp: Language) -> None:
    found = roots(nlp, "The French president launched a scathing attack on the American government.")
    assert ("FRA", "USA", "11") in found
    assert not any(r == "19" for _, _, r in found)
