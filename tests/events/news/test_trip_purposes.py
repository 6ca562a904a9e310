"""Trips with a purpose (round 34): the purpose infinitive of a verb of travel that names where the trip
goes is the traveller's act, held in the country the trip goes to and planned when the trip is ("will
fly to X to meet": an intent), as a for-phrase of such a trip is ("came to X for talks")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Danish trade mission arrived in Hanoi to negotiate a fishing accord.", {("DNK", "VNM", "046")}),
        ("The Kenyan foreign minister flew to Kampala to meet Ugandan leaders.",
         {("KEN", "UGA", "040"), ("UGA", "KEN", "040")}),
        ("Chilean envoys travelled to Lima to hold talks on fishing rights.", {("CHL", "PER", "040")}),
        ("Norwegian officials went to Reykjavik to discuss whaling quotas.", {("NOR", "ISL", "040")}),
        # a planned trip plans its purpose too
        ("The Kenyan foreign minister will fly to Kampala next week to discuss the border.", {("KEN", "UGA", "036")}),
    ],
)
def test_trip_purpose_is_the_travellers_act(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = dyads(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a sender's purpose clause stays the sending's: the troops attack, not a trip of the sender
        ("Kenya sent troops to attack rebel camps in Somalia.", ("KEN", "SOM", "190")),
        # a planned trip's purpose is no meeting held yet
        ("The Kenyan foreign minister will fly to Kampala next week to discuss the border.", ("KEN", "UGA", "040")),
    ],
)
def test_no_trip_purpose(nlp: Language, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in dyads(nlp, text)
