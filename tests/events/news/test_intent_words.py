"""Intent words of complements.tsv: undertaking, swearing or volunteering to act and being keen,
eager or determined to act announce the act as an intent (03x), as pledging and readiness do; so do
the nouns undertaking, assurance, guarantee and determination."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgium undertook to help Congo rebuild its army.", ("BEL", "COD", "03")),
        ("Norway volunteered to mediate between Sri Lanka and the Tamil rebels.", ("NOR", "LKA", "03")),
        ("Vietnam is keen to expand trade with Australia.", ("VNM", "AUS", "03")),
        ("Brazil stressed its determination to cooperate with Bolivia on gas.", ("BRA", "BOL", "03")),
        ("France offered a guarantee to protect Lebanese civilians.", ("FRA", "LBN", "03")),
        ("Rebel leaders in Chad swore to help Sudan guard the border.", ("TCD", "SDN", "03")),
    ],
)
def test_intent_word_codes_the_act_as_intent(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found
    assert not any(r[:2] == expected[:2] and r[2] in ("04", "06", "07") for r in found), found


def test_eager_onlookers_announce_nothing(nlp: Language) -> None:
    assert roots(nlp, "People eager to watch the parade lined the streets of Cairo.") == set()
