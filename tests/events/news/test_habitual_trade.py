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


@pytest.mark.parametrize("text", [
    "Chile's copper exports to Korea fell by a tenth in the second quarter.",
    "Vietnam remains the biggest buyer of Thai rice.",
    "Officials in Oslo blamed the slump in trade between Norway and Chile on the strong krone.",
    "The new duties will cover a small share of Korea's steel exports to Canada.",
])
def test_trade_nouns_naming_a_flow_or_a_role_are_no_act(nlp: Language, text: str) -> None:
    assert not any(r == "06" for _, _, r in roots(nlp, text)), roots(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnam has emerged as Thailand's largest rice customer.", ("VNM", "THA", "06")),
    ("Hungary relies on Russian supplies of gas and oil.", ("RUS", "HUN", "06")),
    ("Peru resumed trade with Chile on Monday.", ("PER", "CHL", "06")),
    ("The premier of Kenya appealed for more Japanese investment in Kenya.", ("KEN", "JPN", "02")),
])
def test_a_verb_makes_a_trade_noun_an_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text), roots(nlp, text)
