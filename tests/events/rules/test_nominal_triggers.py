"""Nominal triggers: possessive and modifier sources, predicate nominals, partners of exchanges."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a predicate nominal: the copula's (or "emerge as") subject acts on the possessor
        ("Kenya has emerged as Uganda's biggest customer.", ("KEN", "UGA", "06")),
        ("Spain became the main buyer of Algerian gas.", ("ESP", "DZA", "06")),
        ("France is Egypt's largest arms supplier.", ("FRA", "EGY", "06")),
    ],
)
def test_predicate_nominals(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # an economic exchange needs a partner: a trade figure or a firm's sales is no event
        "China's exports rose sharply last year.",
        "Brazil will be an aggressive seller, but there is no sign of heavy Brazilian sales.",
        "The Soviet Union agreed to buy the plant's entire output of alumina.",
        # funding with no recipient actor
        "Germany agreed to fund the new aircraft project.",
    ],
)
def test_economic_trigger_needs_partner(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.root in ("06", "07")]


def test_economic_trigger_with_partner_is_kept(nlp: Language) -> None:
    assert ("TWN", "CHN", "061") in dyads(nlp, "Taiwan resumed exports to China.")


def test_a_trade_figure_with_a_partner_is_a_standing_flow(nlp: Language) -> None:
    assert not [e for e in code(nlp, "Taiwan's exports to China fell last year.") if e.root == "06"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nominal events inside noun phrases
        ("Russia's invasion of Ukraine shocked the world.", {("RUS", "UKR", "19")}),
        ("The Japanese prime minister's visit to India was a success.", {("JPN", "IND", "04")}),
    ],
)
def test_nominal_events_inside_noun_phrases(
    nlp: Language, text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert roots(nlp, text) == expected
