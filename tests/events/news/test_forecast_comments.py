"""Comments read off what a reported clause says will happen or has come of dealings (round 34): another
party's future act foretold by a speaker is an optimistic comment (013) when the act is cooperative and a
pessimistic one (012) when it is hostile, whatever the forecast word ("likely" sets no sign); headway
made in dealings is hope (013), scant headway gloom (012); a settlement that works well or badly is hope
or gloom as dealings that go well or badly are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan trade minister said Uganda would soon settle its quarrel with Kenyan exporters.",
        "The Kenyan trade minister said Uganda was likely to lift its ban on Kenyan sugar.",
        "The Kenyan trade minister said Uganda was expected to sign the customs pact.",
    ],
)
def test_a_foretold_cooperative_act_of_another_party_is_an_optimistic_comment(nlp: Language, text: str) -> None:
    assert ("KEN", "UGA", "013") in dyads(nlp, text)


def test_a_foretold_hostile_act_is_a_pessimistic_comment_not_hope(nlp: Language) -> None:
    found = dyads(nlp, "The Latvian defence minister said Belarus was likely to attack Lithuania.")
    assert ("LVA", "BLR", "012") in found
    assert not any(c == "013" for _, _, c in found)


def test_the_speaker_s_own_announced_act_stays_an_intent(nlp: Language) -> None:
    found = roots(nlp, "The Kenyan trade minister said Kenya would sign the customs pact with Uganda.")
    assert ("KEN", "UGA", "01") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Estonian envoy said the border talks with Latvia had made real progress.",
        "The Estonian envoy said real headway had been made in the border talks with Latvia.",
    ],
)
def test_headway_made_in_dealings_is_an_optimistic_comment(nlp: Language, text: str) -> None:
    assert ("EST", "LVA", "013") in dyads(nlp, text)


def test_scant_headway_is_a_pessimistic_comment(nlp: Language) -> None:
    text = "The Estonian envoy said the border talks with Latvia had made no headway."
    assert ("EST", "LVA", "012") in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Danish minister said the herring accord with Norway had worked well.", "013"),
        ("The Danish minister said the herring accord with Norway was working badly.", "012"),
    ],
)
def test_a_settlement_that_works_well_or_badly_is_hope_or_gloom(nlp: Language, text: str, code: str) -> None:
    assert ("DNK", "NOR", code) in dyads(nlp, text)


def test_a_plain_fact_about_another_party_gets_no_sign(nlp: Language) -> None:
    found = dyads(nlp, "The Danish minister said Norway had a large herring fleet.")
    assert not any(c in ("012", "013") for _, _, c in found)


def test_headway_in_dealings_named_by_an_in_phrase_is_a_comment_beside_them(nlp: Language) -> None:
    found = dyads(nlp, "The Estonian envoy said real headway had been made in the border talks with Latvia.")
    assert ("EST", "LVA", "013") in found
    assert ("EST", "LVA", "046") in found or ("EST", "LVA", "040") in found


def test_a_hopeful_judgment_of_dealings_is_coded_beside_the_meeting(nlp: Language) -> None:
    text = "The Estonian premier met Latvian leaders in Riga and said the talks with Latvia had been fruitful."
    found = dyads(nlp, text)
    assert ("EST", "LVA", "013") in found
    assert any(s == "EST" and t == "LVA" and c.startswith("04") for s, t, c in found)


def test_a_forecast_word_is_no_comment_beside_another_act(nlp: Language) -> None:
    text = "The Latvian premier met Estonian leaders on Friday and said a border deal with Estonia was likely."
    assert not any(c in ("012", "013") for _, _, c in dyads(nlp, text))


def test_dealings_that_made_headway_stay_coded_beside_the_comment(nlp: Language) -> None:
    text = "Talks between Chile and Bolivia on the water quarrel have made headway, the Chilean envoy said."
    found = roots(nlp, text)
    assert ("CHL", "BOL", "01") in found
    assert ("CHL", "BOL", "04") in found and ("BOL", "CHL", "04") in found


@pytest.mark.parametrize(
    "text",
    [
        "The outcome of the fishing talks with Norway remains difficult to predict, the Danish minister said.",
        "The Danish minister said the result of the Norwegian vote was hard to forecast.",
    ],
)
def test_a_word_judging_what_can_be_known_is_no_gloom(nlp: Language, text: str) -> None:
    assert not any(c == "012" for _, _, c in dyads(nlp, text))
