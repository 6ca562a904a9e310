"""A nominal trigger's slot phrase the parse hangs on the verb whose preposition takes the trigger
("the court will rule on complaints by Peru to a duty imposed by Chile", events/noun_targets.py
governing_verb_prep): read after the trigger, it names the target, here the owner of what is objected to."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_objections_to_a_levy_imposed_by_another_party_target_it(nlp: Language) -> None:
    found = roots(nlp, "The tribunal will rule on objections by Peru to a levy imposed by the Chilean government.")
    assert ("PER", "CHL", "11") in found


def test_a_phrase_before_the_trigger_is_not_its_slot(nlp: Language) -> None:
    found = roots(nlp, "At talks with Chile the Peruvian envoy spoke about objections.")
    assert not any(r == "11" and t == "CHL" for _, t, r in found)
