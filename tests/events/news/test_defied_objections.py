"""An objection a clause's act goes ahead despite is aimed at that act's subject."""

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

