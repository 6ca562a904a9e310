"""Consultations (CAMEO 04x) whose host or party the clause around the noun names: a stay in a place
for talks or a visit ("X was in Lima for talks": the place's country hosts them)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chilean trade minister was in Lima on Monday for talks on fishing.", ("CHL", "PER", "042")),
        ("The Chilean trade minister was in Lima on Monday for talks on fishing.", ("PER", "CHL", "043")),
        ("A Bolivian mission is now in Santiago for talks with creditor banks.", ("BOL", "CHL", "042")),
        ("The Uruguayan foreign minister is in Asuncion for a three-day visit.", ("URY", "PRY", "042")),
        ("The Chilean minister, who is in Lima for talks, said the quota would stay.", ("CHL", "PER", "042")),
        ("The Chilean minister, in Lima for talks on fishing, said the quota would stay.", ("CHL", "PER", "040")),
    ],
)
def test_a_stay_for_talks_is_hosted_by_the_place(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's army chief, in Santiago for talks on security, said the border was calm.",
        "The Chilean minister was in hospital for treatment.",
        "Chile is in a strong position for negotiations.",
    ],
)
def test_no_host_at_home_or_without_a_place(nlp: Language, text: str) -> None:
    assert not {d for d in dyads(nlp, text) if d[2][:2] == "04"}
