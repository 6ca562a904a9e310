"""An act that names no party shares the party of the verb it is coordinated with under one subject
("sent supplies to X and pledged further help"), never that of a clause with its own subject."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_coordinated_verb_lends_its_recipient_to_a_pledge(nlp: Language) -> None:
    found = roots(nlp, "Norway flew tents and blankets to Nepal and pledged further assistance.")
    assert ("NOR", "NPL", "03") in found, found


def test_coordinated_verb_lends_its_object_to_a_vow(nlp: Language) -> None:
    found = roots(nlp, "Armenia accused Azerbaijan of shelling its villages and vowed to retaliate.")
    assert any(s == "ARM" and t == "AZE" and r == "13" for s, t, r in found), found


def test_coordinated_verb_with_its_own_subject_lends_nothing(nlp: Language) -> None:
    found = roots(nlp, "Norway flew tents to Nepal, and Sweden pledged further assistance.")
    assert ("SWE", "NPL", "03") not in found, found


def test_phrase_inside_the_coordinated_object_lends_its_party(nlp: Language) -> None:
    found = roots(nlp, "Mexico recalled its envoy to Peru and demanded an apology.")
    assert ("MEX", "PER", "10") in found, found
