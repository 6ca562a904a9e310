"""Statement vocabulary (CAMEO 01) in every frame: the verbs of considering a policy option (014:
"weighs", "is contemplating", "pondered", "is studying a proposal"), the adjectives of an optimistic
comment (013: "upbeat", "buoyant", "sanguine") and of a pessimistic one (012: "wary of", "nervous about",
"fears that"), and the denials of an accusation (016: "rebuffed the
charges", "brushed aside accusations", "rejected as unfounded the charges"), each coded at the party its
clause or phrase names."""

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


@pytest.mark.parametrize("text", [
    "Vienna considers the Hungarian treaty invalid.",
    "Rome considered the Maltese matter closed.",
    "Hanoi considered the Chinese offer to be a trick.",
    "Ankara considered Athens's offer to be a provocation.",
])
def test_a_verdict_on_something_weighs_no_option(nlp: Language, text: str) -> None:
    assert not any(code == "014" for _, _, code in dyads(nlp, text))


def test_a_weighed_option_with_a_verb_stays_coded(nlp: Language) -> None:
    assert ("GRC", "TUR", "014") in dyads(nlp, "Athens is considering taking Turkey to court.")


@pytest.mark.parametrize(("text", "event"), [
    ("German officials were upbeat about the trade talks with France.", ("DEU", "FRA", "013")),
    ("Chinese officials were buoyant about trade with Japan.", ("CHN", "JPN", "013")),
    ("The Indian government is sanguine about the peace talks with Pakistan.", ("IND", "PAK", "013")),
    ("Russia's foreign minister said he was upbeat about the talks with Georgia.", ("RUS", "GEO", "013")),
])
def test_optimism_adjectives_are_optimistic_comments(nlp: Language, text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(nlp, text)


@pytest.mark.parametrize(("text", "event"), [
    ("Tehran rejected as unfounded the charges by Washington.", ("IRN", "USA", "016")),
    ("Pakistan dismissed as baseless India's claims of cross-border infiltration.", ("PAK", "IND", "016")),
    ("China rebuffed charges by Washington that it manipulates its currency.", ("CHN", "USA", "016")),
    ("Moscow brushed aside accusations by Georgia that its jets had bombed the village.", ("RUS", "GEO", "016")),
    ("The Kremlin brushed off Georgian accusations and called for talks.", ("RUS", "GEO", "016")),
    ("Syria, which dismissed rumours of a rift with Iran, sent its foreign minister to Tehran.", ("SYR", "IRN", "016")),
    ("Iran denied rumours by the Iraqi government that its agents were behind the bombing.", ("IRN", "IRQ", "016")),
    ("Israel disputed the allegations by the Palestinians.", ("ISR", "PSE", "016")),
])
def test_turning_down_an_accusation_is_a_denial(nlp: Language, text: str, event: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert event in found
    assert not any(code.startswith("12") for _, _, code in found)  # no rejection of a proposal


def test_the_act_an_accusation_alleges_is_not_coded(nlp: Language) -> None:
    # the accusation's "that"-clause hung on the verb: the bombing is alleged, not told as done
    found = dyads(nlp, "Moscow brushed aside accusations by Georgia that its jets had bombed the village.")
    assert not any(code.startswith(("18", "19")) for _, _, code in found)


def test_a_shifted_object_leaves_role_phrases_alone(nlp: Language) -> None:
    assert ("ASEAN", "LAO", "050") in dyads(nlp, "ASEAN accepted Laos as a member.")
    assert ("JPN", "PRK", "111") in dyads(nlp, "Japan condemned as unacceptable the North Korean missile launch.")


@pytest.mark.parametrize(("text", "event"), [
    ("Japan fears that North Korea will test another missile.", ("JPN", "PRK", "012")),
    ("Western diplomats fear Iran may resume enrichment.", ("WST", "IRN", "012")),
    ("Russia said it feared the conflict with Georgia would escalate.", ("RUS", "GEO", "012")),
    ("Israel, which fears an attack by Iran, bought new fighter jets.", ("ISR", "IRN", "012")),
    ("South Korea is wary of China's growing military power.", ("KOR", "CHN", "012")),
    ("Chinese officials are nervous about Taiwan's elections.", ("CHN", "TWN", "012")),
    ("The Indian government is uneasy about the American arms sales to Pakistan.", ("IND", "USA", "012")),
    ("Japan is apprehensive about North Korea's intentions.", ("JPN", "PRK", "012")),
])
def test_fear_and_unease_are_pessimistic_comments(nlp: Language, text: str, event: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert event in found
    assert not any(code.startswith(("15", "18", "19")) for _, _, code in found)  # the feared act is not done


@pytest.mark.parametrize("text", [
    "Officials fear the death toll will rise.",
    "Residents fear for their lives.",
])
def test_fear_of_no_party_codes_nothing(nlp: Language, text: str) -> None:
    assert not dyads(nlp, text)


@pytest.mark.parametrize(("text", "event"), [
    ("The Turkish prime minister addressed the European Parliament on Tuesday.", ("TUR", "EU", "010")),
    ("The Afghan president addressed a joint session of the US Congress.", ("AFG", "USA", "010")),
])
def test_addressing_a_body_is_a_statement_to_it(nlp: Language, text: str, event: tuple[str, str, str]) -> None:
    assert event in dyads(nlp, text)


def test_addressing_a_body_stays_weak(nlp: Language) -> None:
    # beside another act of the sentence the speech is the occasion, not the news; an issue is no party
    text = "The Iranian president, who addressed the UN General Assembly, criticised the United States."
    assert {code for _, _, code in dyads(nlp, text)} == {"111"}
    assert not dyads(nlp, "The government must address the crisis in Darfur.")
