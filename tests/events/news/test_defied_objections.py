"""An objection a clause's act goes ahead despite, or stalls or goes on amid, is aimed at that act's
subject (or the subject's owner)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The World Bank approved a loan to Chile despite protests from Peru.", ("PER", "WB", "11")),
        ("Despite strong protests from New Zealand, France went ahead with the test.", ("NZL", "FRA", "11")),
    ],
)
def test_defied_protest(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EU ministers failed to agree on the farm budget because of opposition from Poland.",
         ("POL", "EU", "12")),
        ("The French government raised fuel taxes amid protests from Germany.", ("DEU", "FRA", "11")),
        ("The Indian bill stalled due to opposition from Pakistan.", ("PAK", "IND", "12")),
        ("Amid objections from Japan, South Korea went ahead with the fishing ban.", ("JPN", "KOR", "11")),
    ],
)
def test_an_objection_a_clause_stalls_or_goes_on_amid(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_opposition_is_a_rejection_as_the_verb(nlp: Language) -> None:
    assert ("CAN", "DNK", "12") in roots(nlp, "Canada restated its opposition to the Danish fish levy.")
