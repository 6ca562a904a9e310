"""Precision rules: sense constraints, partner requirements, forecasts and reciprocal pairing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


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
    assert ("TWN", "CHN", "061") in dyads(nlp, "Taiwan's exports to China fell last year.")


def test_attacking_a_policy_is_criticism(nlp: Language) -> None:
    found = dyads(nlp, "Japan attacked OECD forecasts of its growth.")
    assert ("JPN", "IGO", "111") in found
    assert not any(c.startswith("19") for _, _, c in found)
    # military objects keep the material sense
    assert any(c == "190" for _, _, c in dyads(nlp, "Israel attacked 15 positions in the Gaza Strip."))


@pytest.mark.parametrize(
    "text",
    [
        "Dealers said they expect France and Japan to meet next week.",  # someone else's forecast
        "Russia is expected to visit China next week.",  # passive forecast
        "Kenya is likely to meet Uganda on Friday.",
        "Russia is due to send troops to Syria next week.",
    ],
)
def test_forecasts_are_not_events(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


def test_own_expectation_is_intent(nlp: Language) -> None:
    found = dyads(nlp, "Japan expects to sign an agreement with China.")
    assert ("JPN", "CHN", "032") in found


def test_talks_with_a_list_do_not_pair_the_list(nlp: Language) -> None:
    found = dyads(nlp, "The ministers will start talks with officials of the U.S., Japan and Canada.")
    assert not {(s, t) for s, t, _ in found} & {("USA", "JPN"), ("JPN", "CAN"), ("CAN", "USA")}
    assert {("IRN", "IRQ", "040"), ("IRQ", "IRN", "040")} <= dyads(nlp, "Talks between Iran and Iraq resumed.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombia has declared a state of emergency.", ("COL", None, "1724")),
        ("Bolivian authorities declared a state of siege in the east.", ("BOL", None, "191")),
        ("Sudan expelled 20 humanitarian workers employed by the United Nations.", ("SDN", "UN", "1663")),
        ("Ghana closed its borders with Togo.", ("GHA", "TGO", "191")),
        ("Venezuela closed its embassy in Colombia.", ("VEN", "COL", "160")),
    ],
)
def test_cameo_codes_per_manual(nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in dyads(nlp, text)


def test_a_statement_without_a_target_is_no_event(nlp: Language) -> None:
    assert roots(nlp, "Brazil said on Monday that the harvest had been good.") == set()


def test_a_statement_to_someone_is_an_event(nlp: Language) -> None:
    assert ("FRA", "DEU", "01") in roots(nlp, "France told Germany that the harvest had been good.")
