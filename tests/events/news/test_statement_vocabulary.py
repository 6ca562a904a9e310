"""Statement vocabulary (CAMEO 01) in every frame: the verbs of considering a policy option (014:
"weighs", "is contemplating", "pondered", "is studying a proposal") and the adjectives of an optimistic
comment (013: "upbeat", "buoyant", "sanguine"), each coded at the party its clause or phrase names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(("text", "event"), [
    ("Washington weighs sanctions on Sudan.", ("USA", "SDN", "014")),
    ("Japan is weighing whether to send troops to Iraq.", ("JPN", "IRQ", "014")),
    ("Britain is contemplating military action against Iraq.", ("GBR", "IRQ", "014")),
    ("Britain is weighing its options on Iran.", ("GBR", "IRN", "014")),
    ("France pondered its response to the Iranian proposal.", ("FRA", "IRN", "014")),
    ("The European Union is studying a proposal from Turkey on Cyprus.", ("EU", "TUR", "014")),
    ("Canada, which is weighing new measures against Iran, recalled its envoy.", ("CAN", "IRN", "014")),
    ("The German chancellor weighed in on the French election.", ("DEU", "FRA", "010")),
])
def test_considering_an_option_is_a_statement_at_the_party_it_concerns(
        nlp: Language, text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(nlp, text)


def test_a_considered_act_is_not_coded_as_done(nlp: Language) -> None:
    found = dyads(nlp, "Japan is weighing whether to send troops to Iraq.")
    assert not any(code.startswith("15") for _, _, code in found)


@pytest.mark.parametrize("text", [
    "Concerns over the war weighed on the dollar.",
    "The package weighs ten kilograms.",
])
def test_weighing_without_a_party_codes_nothing(nlp: Language, text: str) -> None:
    assert not dyads(nlp, text)


@pytest.mark.parametrize(("text", "event"), [
    ("German officials were upbeat about the trade talks with France.", ("DEU", "FRA", "013")),
    ("Chinese officials were buoyant about trade with Japan.", ("CHN", "JPN", "013")),
    ("The Indian government is sanguine about the peace talks with Pakistan.", ("IND", "PAK", "013")),
    ("Russia's foreign minister said he was upbeat about the talks with Georgia.", ("RUS", "GEO", "013")),
])
def test_optimism_adjectives_are_optimistic_comments(nlp: Language, text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(nlp, text)
