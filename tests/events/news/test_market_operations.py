"""A central bank's or a dealer's market operation is no act toward another party: a verb whose object,
recipient or prepositional object is a financial instrument or a money market ("helped the money market with
fresh funds", "bought government bonds"); aid or an appeal to a state stays an event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, roots

OPERATIONS = (
    "The Bundesbank provided the money market with two billion marks in fresh liquidity.",
    "The Bank of England gave the money market assistance of 450 mln stg on Tuesday.",
    "The central bank, which bought 20 billion yen of government bonds on Monday, kept its rates.",
    "The Reserve Bank of Australia said it would sell 250 mln dlrs of treasury bills by tender on Thursday.",
    "The Bank of France drained funds from the money market and sold treasury bonds to the banks.",
    "The Federal Reserve offered to buy Treasury bonds of every maturity for its portfolio.",
    "The Bank of England bought bills worth 200 mln stg from the discount houses at unchanged rates.",
    "Demand for the Treasury's offer of six-month treasury bills was strong, dealers said.",
)


@pytest.mark.parametrize("text", OPERATIONS)
def test_a_market_operation_is_no_event(nlp: Language, text: str) -> None:
    found = [(e.source, e.target, e.cameo, e.trigger) for e in code(nlp, text)]
    assert not found, (text, found)


def test_aid_to_a_state_is_still_an_event(nlp: Language) -> None:
    found = roots(nlp, "The IMF provided Kenya with 50 mln dlrs in new credits.")
    assert any(t == "KEN" and r == "07" for _, t, r in found), found


def test_an_appeal_to_a_state_about_bonds_is_still_an_appeal(nlp: Language) -> None:
    found = roots(nlp, "Japan urged the United States to sell its treasury bonds abroad.")
    assert ("JPN", "USA", "02") in found, found
