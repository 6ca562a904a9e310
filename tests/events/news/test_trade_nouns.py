"""Nouns of trades and kinds of company ("crushers", "insurer", "lenders", "automakers") name businesses
(roles.tsv, BUS), and so do exchanges ("the Hong Kong Stock Exchange", "the Paris bourse"): a deal
between them is business news; a state acting on them is still an event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, sided

BUSINESS = (
    "Japanese crushers bought 6,000 tonnes of soybeans from Argentine exporters last week.",
    "A Texas insurer was acquired by Swiss bankers for 40 mln dlrs.",
    "Thai rice importers awarded the contract to a Texas exporter on Monday.",
    "The loan, which West German lenders signed with Brazilian steelmakers, runs for ten years.",
    "Taiwanese chipmakers and German automakers agreed to form a joint venture in Texas.",
    "The Hong Kong Stock Exchange is considering stricter listing rules, an official said.",
    "Dealers criticised the New York Stock Exchange for barring trading in Paris.",
    "New listing rules were approved by the Paris bourse after talks with French banks.",
    "The Philadelphia Stock Exchange will open an office in Tokyo, exchange president John Doe told reporters.",
)


@pytest.mark.parametrize("text", BUSINESS)
def test_a_deal_between_trades_is_business_news(nlp: Language, text: str) -> None:
    found = [(e.source, e.source_sector, e.target, e.target_sector, e.cameo) for e in code(nlp, text)]
    assert not found, (text, found)


def test_a_state_acting_on_a_trade_is_still_an_event(nlp: Language) -> None:
    found = sided(nlp, "The Chinese government accused Japanese automakers of dumping steel.")
    assert any(s == "CHN" and sec == "GOV" and t == "JPN" for s, sec, t, _ in found), found
