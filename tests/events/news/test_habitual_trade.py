"""A trade verb in the simple present names a standing flow, not a news event; past trade and plans to
trade stay acts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize("text", [
    "Korea imports nearly a third of its crude from Kuwait.",
    "France sells most of its fighter jets to Gulf states such as Qatar.",
    "Canada exports more wheat to China than to any other market.",
])
def test_present_trade_is_a_standing_flow(nlp: Language, text: str) -> None:
    assert not any(r == "06" for _, _, r in roots(nlp, text)), roots(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("France sold twelve fighter jets to Qatar in March.", ("FRA", "QAT", "06")),
    ("South Korea will import more crude from Kuwait next year, the ministry said.", ("KOR", "KWT", "03")),
])
def test_past_and_planned_trade_stay_acts(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text), roots(nlp, text)


def test_present_trade_with_a_coming_time_is_a_plan(nlp: Language) -> None:
    found = roots(nlp, "Spain sells four patrol boats to Morocco next month, the defence ministry said.")
    assert ("ESP", "MAR", "03") in found, found
