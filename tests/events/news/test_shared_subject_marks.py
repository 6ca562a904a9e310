"""A participial clause opened by "while", "after", "before" ... shares the subject of its main clause:
"farmers are bracing for a poor harvest while urging their government to ..." (the farmers urge)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MANILA, May 4 - Filipino farmers are bracing for a poor harvest while urging their government to "
         "buy rice.", ("PHL", "PHL", "02")),
        ("TOKYO, May 4 - After meeting the American envoy, Japan criticised the tariffs.", ("JPN", "USA", "04")),
        ("LONDON, May 4 - Britain protested before expelling three Libyan diplomats.", ("GBR", "LBY", "16")),
    ],
)
def test_a_marked_participle_shares_the_main_subject(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found
