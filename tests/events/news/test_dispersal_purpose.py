"""Force used to disperse or quell a crowd is aimed at that crowd (a hostile purpose clause)."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_tear_gas_to_disperse_strikers(nlp: Language) -> None:
    text = ("QUITO, May 3 - Police fired tear gas to disperse 500 miners blocking the motorcade"
            " of the visiting Spanish king.")
    found = roots(nlp, text)
    assert ("ECU", "ECU", "17") in found
