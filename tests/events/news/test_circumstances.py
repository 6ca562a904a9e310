"""Nominal acts that are the circumstance of a clause ("arrived for talks with X", "in a clash with
X"), of-phrase agents of motion nouns, and relation nouns whose modifier is another party."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the governing verb's subject holds the talks; the partner of a reciprocal act acts too
        ("The Indian foreign minister flew to Tokyo on Sunday for talks with Japanese Prime Minister Fumio Kishida.",
         {("IND", "JPN", "04"), ("JPN", "IND", "04")}),
        # a reciprocal act counts its subject as a party even when the subject undergoes something
        ("Indian troops came under fire in a clash with Pakistani soldiers along the border.",
         {("IND", "PAK", "19"), ("PAK", "IND", "19")}),
        # ... and the patient of a passive clause ("were killed in a clash with")
        ("Two Chadian soldiers were killed in a clash with Sudanese troops.", {("TCD", "SDN", "19")}),
        ("The Polish president said during a visit to Kyiv that Ukraine would get more tanks.",
         {("POL", "UKR", "04")}),
        ("The Greek prime minister spoke to reporters after talks with his Turkish counterpart.",
         {("GRC", "TUR", "04"), ("TUR", "GRC", "04")}),
        # an of-phrase names the agent of a motion noun
        ("Japan protested the incursion of a Chinese submarine into Japanese waters.", {("CHN", "JPN", "19")}),
        ("The withdrawal of Ethiopian troops from Somalia began on Monday.", {("ETH", "SOM", "08")}),
        # a part or stage noun frames the act: "at the start of a visit", "after months of talks"
        ("Chirac arrived in Beijing at the start of a visit to China.", {("FRA", "CHN", "04")}),
        ("The Sudanese government signed the accord after months of talks with Chadian envoys.",
         {("SDN", "TCD", "04"), ("TCD", "SDN", "04")}),
        # a with-phrase of a response or means verb is the subject's own act
        ("Israel retaliated with air strikes on Gaza.", {("ISR", "PSE", "19")}),
        ("Washington hit Damascus with new sanctions.", {("USA", "SYR", "16")}),
        # a stance participle's subject does the act ("were engaged in fighting")
        ("Colombian troops were engaged in fierce fighting with Venezuelan soldiers.",
         {("COL", "VEN", "19"), ("VEN", "COL", "19")}),
        # "in" takes a verbal act of the subject too
        ("Japan recalled its ambassador from Beijing in a stinging rebuke to China.", {("JPN", "CHN", "11")}),
        # after a clash with a named partner: the subject was a party
        ("Indian soldiers retreated after a clash with Chinese troops.", {("IND", "CHN", "19")}),
        # a measure of time ("a day after") carries the phrase: the clause's subject still held the talks
        ("Ghana rejected the proposals on Friday, a day after talks with Togo and Benin.",
         {("GHA", "TGO", "04"), ("BEN", "GHA", "04")}),
        ("Peru recalled its envoy two weeks after a meeting with Bolivian ministers.", {("PER", "BOL", "04")}),
        # the parser hangs the purpose phrase on the place: the visitor still holds the talks
        ("The Turkish foreign minister was in the Iraqi capital for talks with Iraqi leaders.",
         {("TUR", "IRQ", "04")}),
    ],
)
def test_circumstance_agents(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = roots(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the subject undergoes a one-sided act
        ("Three Egyptian soldiers died in an attack near the Libyan border.", ("EGY", None, "19")),
        # "after" an attack: someone else's act, the clause's subject reacts
        ("Israeli police arrested twelve men after an attack on a settlement.", ("ISR", None, "19")),
        # the noun names its own agent ("in" admits raids: the by-phrase wins)
        ("Sudanese villagers fled in a raid by Chadian rebels.", ("SDN", None, "17")),
        # a temporal clause with "after" needs a named partner of a reciprocal act
        ("Brazil froze the accounts after a meeting in Geneva.", ("BRA", None, "04")),
        ("Uruguay froze the accounts a day after a meeting in Lisbon.", ("URY", None, "04")),
        # a threatened act is not done, a charge names someone else's act
        ("Britain threatened Zimbabwe with sanctions.", ("GBR", "ZWE", "16")),
        ("Kenyan police charged the activist with an attack on a Somali envoy.", ("KEN", "SOM", "19")),
    ],
)
def test_no_circumstance_agent(nlp: Language, text: str, absent: tuple[str, str | None, str]) -> None:
    found = roots(nlp, text)
    assert not any(s == absent[0] and r == absent[2] for s, _t, r in found), found


def test_future_talks_share_the_verbs_intent(nlp: Language) -> None:
    # "will meet for talks": the talks are mapped as the meeting is (an intent), not coded as held
    found = roots(nlp, "Sudan's government and the rebels will meet on Monday for peace talks.")
    assert ("SDN", "SDN", "04") not in found, found


def test_relation_noun_is_another_party(nlp: Language) -> None:
    # "a key U.S. ally" is not the United States; "Pakistani allies" are Pakistani
    found = roots(nlp, "Gunmen opened fire on a convoy from a key U.S. ally in Kabul.")
    assert not any(t == "USA" for _, t, _ in found), found
    found = roots(nlp, "Pakistani allies of the militants kidnapped two Chinese engineers.")
    assert ("PAK", "CHN", "18") in found, found


def test_talks_before_a_past_agreement_were_held(nlp: Language) -> None:
    found = roots(nlp, "Peru agreed to free the fishermen after talks with Ecuador.")
    assert ("PER", "ECU", "04") in found and ("ECU", "PER", "04") in found, found
    planned = roots(nlp, "Peru will agree to free the fishermen after talks with Ecuador next week.")
    assert ("PER", "ECU", "04") not in planned, planned
