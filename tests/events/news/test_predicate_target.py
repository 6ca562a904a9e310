"""The last-resort target of a verbal act: the first named actor of another country in its predicate."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Swiss president sent his condolences after the earthquake in Peru.", ("CHE", "PER", "018")),
        ("The Mexican foreign minister offered sympathy over the floods in Guatemala.", ("MEX", "GTM", "018")),
        ("Australia pledged to work with Indonesia on border security.", ("AUS", "IDN", "031")),
        ("The Dutch minister demanded justice for the victims of the Serbian militia.", ("NLD", "SRB", "100")),
    ],
)
def test_a_verbal_act_is_aimed_at_the_actor_in_its_predicate(nlp: Language, text: str,
                                                             expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_an_actor_of_the_agents_own_country_is_no_last_resort_target(nlp: Language) -> None:
    # "praised the work of French doctors": the doctors are the minister's own people, no foreign party
    assert all(t in ("FRA", None) for _, t, _ in dyads(nlp, "The French minister praised the work of French doctors."))


def test_an_actor_in_a_later_clause_is_not_the_target(nlp: Language) -> None:
    # the actor sits in an adverbial clause, outside the predicate of "offered"
    found = dyads(nlp, "The Mexican minister offered his condolences, while Guatemala counted its dead.")
    assert ("MEX", "GTM", "018") not in found

