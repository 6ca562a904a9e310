"""A plea for asylum that names no state is aimed at the owner of the premises its seeker entered,
and an appeal in a purpose clause has the subject of the verb it serves."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six Cubans climbed into the Peruvian embassy in Havana to seek asylum.", ("CUB", "PER", "02")),
        ("A group of Chinese citizens entered a Canadian school in Shanghai, seeking asylum.", ("CHN", "CAN", "02")),
        # a state the plea names wins over the premises
        ("Six Cubans entered the Peruvian embassy in Havana to seek asylum in Spain.", ("CUB", "ESP", "02")),
    ],
)
def test_asylum_at_premises(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_premises_not_their_city(nlp: Language) -> None:
    found = roots(nlp, "A group of Chinese citizens entered a Canadian school in Shanghai, seeking asylum.")
    assert ("CHN", "CHN", "02") not in found


def test_purpose_appeal_has_the_served_subject(nlp: Language) -> None:
    assert ("NPL", "IND", "02") in roots(nlp, "Nepal's king flew to New Delhi to ask India for emergency aid.")
