"""A place or nationality naming a currency ("New Zealand dlrs", "the U.S. dollar") is no party, and a
market subject like foreign exchange reserves makes no act ("reserves hit a record"); aid in dollars to a
state is still an event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, roots

NO_PARTY = (
    "Chrysler Financial Corp is offering 75 mln New Zealand dlrs of fixed-rate notes.",
    "South Korea's foreign exchange reserves hit 12 billion U.S. Dlrs at the end of June.",
    "General Electric Credit Corp sold 200 mln Australian dollars of notes to investors.",
    "An issue of 75 mln New Zealand dlrs was offered by Chrysler Financial Corp.",
    "The bank, which lent 300 mln Canadian dlrs to a Texas developer, was acquired by Citicorp.",
)


@pytest.mark.parametrize("text", NO_PARTY)
def test_a_currency_names_no_party(nlp: Language, text: str) -> None:
    found = [(e.source, e.source_sector, e.target, e.cameo) for e in code(nlp, text)]
    assert not any(t in ("NZL", "USA", "AUS", "CAN") for _, _, t, _ in found), (text, found)


def test_aid_counted_in_dollars_still_reaches_its_state(nlp: Language) -> None:
    found = roots(nlp, "Japan promised 250 mln U.S. dlrs in aid to Thailand.")
    assert any(s == "JPN" and t == "THA" for s, t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Farm ministers said they expect progress soon in the Uruguay Round.",
        "Delegates hope the Doha round talks will resume next month.",
    ],
)
def test_a_place_naming_a_round_of_talks_is_no_party(nlp: Language, text: str) -> None:
    """'the Uruguay Round': where a round of talks opened, not a party to it or to what is said of it."""
    found = [(e.source, e.target) for e in code(nlp, text)]
    assert not any(code_ in ("URY", "QAT") for pair in found for code_ in pair), (text, found)


def test_a_round_of_strikes_keeps_its_parties(nlp: Language) -> None:
    found = roots(nlp, "Ethiopia launched a new round of air strikes on Eritrea.")
    assert ("ETH", "ERI", "19") in found, found
