"""An organisation meeting with no counterpart is its own session (no event); "next" before a time word
dates a meeting ahead whichever modifier label it is parsed with (round 31)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads


@pytest.mark.parametrize(
    "text",
    [
        "OPEC oil ministers ended four days of talks in Vienna on Sunday.",
        "NATO defence ministers held a two-day meeting in Brussels.",
        "European Community farm ministers resume their discussions in Brussels tomorrow.",
    ],
)
def test_organisation_session_alone_is_no_event(nlp: Language, text: str) -> None:
    found = [(e.source, e.target, e.cameo) for e in code(nlp, text) if e.root in ("03", "04")]
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counterpart named: still a meeting
        ("OPEC oil ministers held talks with Mexico in Vienna on Sunday.", ("OPEC", "MEX")),
        # a state alone keeps its targetless act as before; an organisation meeting a state is coded
        ("The European Community held talks with Japan on car exports yesterday.", ("EU", "JPN")),
    ],
)
def test_organisation_meeting_a_party_stays(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = {(e.source, e.target) for e in code(nlp, text) if e.root == "04"}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA, May 3 - The president said he is sending his foreign minister to Quito for talks with "
         "Ecuador's leaders next month.", ("PER", "ECU", "036")),
        ("Thailand's foreign minister will go to Hanoi for talks with Vietnam next week.",
         ("THA", "VNM", "036")),
    ],
)
def test_talks_next_month_are_intent(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found and (*expected[:2], "040") not in found, found
