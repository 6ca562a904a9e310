"""Events whose type is coded right but whose source or target was another party ("root coded,
other dyad"): the object of a verbless small clause, a predicative adjective parsed as the object's
modifier."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "found X guilty" is parsed as a clause "X guilty": its subject is the verb's object
        ("A Russian court found the journalist guilty of spying.", ("RUS", "RUS", "11")),
        ("An Indonesian court found two militants guilty of the bombing.", ("IDN", "IDN", "11")),
    ],
)
def test_small_clause_subject_is_the_object(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the predicative "guilty" parsed as a modifier of the object, after it or right after the verb
        "A Kenyan court found three officers guilty of the killing and jailed them for life.",
        "A Kenyan court found guilty two policemen who shot a student.",
    ],
)
def test_predicative_adjective_parsed_as_modifier(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert ("KEN", "KEN", "11") in found, found
