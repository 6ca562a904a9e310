"""Nouns of trades and kinds of company ("crushers", "insurer", "lenders", "automakers") name businesses
(roles.tsv, BUS), and so do exchanges ("the Hong Kong Stock Exchange", "the Paris bourse"): a deal
between them is business news; a state acting on them is still an event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, sided

BUSINESS = (
    "Japanese crushers bought 8,000 tonnes of rapeseed from Canadian exporters overnight.",
    "A Texas insurer was acquired by Swiss bankers for 40 mln dlrs.",
    "Taiwan's soybean importers awarded a contract to a Minneapolis supplier, a spokesman said.",
    "The loan, which West German lenders signed with Brazilian steelmakers, runs for ten years.",
    "Korean chipmakers and Japanese automakers agreed to set up a joint venture in Ohio.",
    "The Hong Kong Stock Exchange is considering new rules for B shares, its chairman said.",
    "Brokers criticised a decision by the New York Stock Exchange to bar trading in London.",
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
