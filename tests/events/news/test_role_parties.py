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



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Investigators accused the Kenyan police of torture.", ("KEN", "COP", "KEN", "11")),
        ("Deputies accused the Russian government of corruption.", ("RUS", "LEG", "RUS", "11")),
        ("Campaigners accused the British government of neglect.", ("GBR", "CVL", "GBR", "11")),
        ("Tribal elders accused the Afghan government of neglect.", ("AFG", "CVL", "AFG", "11")),
        ("Exiles accused the Cuban government of repression.", ("CUB", "OPP", "CUB", "11")),
        ("Commandos attacked a rebel camp in Colombia.", ("COL", "MIL", "COL", "19")),
    ],
)
def test_work_and_standing_roles_are_parties(nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _events(nlp, text)
