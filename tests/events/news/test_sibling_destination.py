"""Cooperation that names no party takes the "to" phrase of the verb it is coordinated with."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_aid_beside_a_deployment(nlp: Language) -> None:
    found = roots(nlp, "Norway said it does not plan to send troops to Somalia but will provide medical assistance.")
    assert ("NOR", "SOM", "03") in found


def test_no_destination_no_target(nlp: Language) -> None:
    found = roots(nlp, "Norway said it would cut its budget and provide medical assistance.")
    assert not any(t is not None and t != "NOR" for _, t, _ in found)


def test_urged_partys_destination_is_not_shared(nlp: Language) -> None:
    text = "The committee approved proposals to extend the program and urged the government to offer wheat to Egypt."
    found = roots(nlp, text)
    assert ("USA", "EGY", "03") not in found and not any(r == "03" and t == "EGY" for _, t, r in found)
