"""A people living in several states, in a story naming more than one of them, is placed by its clause."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_a_people_in_a_story_naming_several_of_its_states_takes_its_clause_place(nlp: Language) -> None:
    found = roots(nlp, "Turkish artillery shelled Kurdish gunmen over the border in northern Syria.")
    assert ("TUR", "SYR", "19") in found and ("TUR", "TUR", "19") not in found, found
