"""Actors of verbal conflict (demands, criticism, rejections, threats): an unowned state title is the
story's country's, a pronoun takes up a titled person of an earlier sentence, and a "that"-clause
names whom the statement is aimed at."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the president" with no owner or name: the head of state of the dateline's country
        ("NAIROBI (Reuters) - Opposition lawmakers criticised the president on Sunday.", ("KEN", "KEN", "11")),
        ("LIMA - Peruvian unions sharply criticised the prime minister over the budget.", ("PER", "PER", "11")),
    ],
)
def test_an_unowned_state_title_is_the_story_country(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_titled_role_has_no_country_of_its_own_where_an_owner_is_named(nlp: Language) -> None:
    text = "NAIROBI - Opposition lawmakers criticised the president of the bank."
    assert ("KEN", "KEN", "11") not in roots(nlp, text)


def test_pronouns_take_up_a_titled_person_of_the_previous_sentence(nlp: Language) -> None:
    text = "The Dutch foreign minister met his Belgian counterpart on Monday. He later accused him of stalling."
    assert ("NLD", "BEL", "11") in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia complained that Azerbaijan had broken the truce.", ("ARM", "AZE", "11")),
        ("Japan warned that North Korea would face sanctions.", ("JPN", "PRK", "13")),
    ],
)
def test_a_that_clause_names_the_target_of_verbal_conflict(nlp: Language, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_statement_about_a_place_names_no_target(nlp: Language) -> None:
    # the clause's subject is an unnamed party, not a state aimed at
    assert all(t is None for _, t, r in roots(nlp, "Armenia complained that rebels had broken the truce.")
               if r == "11")
