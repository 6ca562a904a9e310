"""Suggested talks (data/lexicon/03.tsv): "suggested talks with X" proposes a meeting (036), as
"proposed talks" does; it reports no talks held."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The Chilean minister said he had suggested bilateral talks with Peru.",
         ("CHL", "PER", "036"), ("PER", "CHL", "040")),
        ("Peru suggested a meeting with Chile next month.", ("PER", "CHL", "036"), ("PER", "CHL", "040")),
    ],
)
def test_suggested_talks_are_a_proposal_to_meet(nlp: Language, text: str, expected: tuple[str, str, str],
                                               absent: tuple[str, str, str]) -> None:
    coded = dyads(nlp, text)
    assert expected in coded and absent not in coded
