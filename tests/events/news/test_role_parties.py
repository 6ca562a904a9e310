"""Parties named by a role whose country the context gives (the annotation guide): those running for
office ("vice presidential candidate John Edwards", "opposition candidates") are the opposition's
side at home and take the country of the government they act on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def _events(nlp: Language, text: str) -> set[tuple[str | None, str | None, str | None, str]]:
    return {(e.source, e.source_sector, e.target, e.root) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vice presidential candidate Mary Olsen criticized President Bush.", ("USA", "OPP", "USA", "11")),
        ("Opposition candidates in Belarus accused President Lukashenko of fraud.", ("BLR", "OPP", "BLR", "11")),
        ("The challenger accused the Kenyan president of rigging the vote.", ("KEN", "OPP", "KEN", "11")),
    ],
)
def test_candidate_takes_the_country_of_the_government(nlp: Language, text: str,
                                                        expected: tuple[str, str, str, str]) -> None:
    assert expected in _events(nlp, text)

