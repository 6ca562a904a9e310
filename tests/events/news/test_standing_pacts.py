"""Standing pacts (events/pacts.py): a pact a possessive pronoun owns, or one a verb keeps, breaks,
reviews or ends, is no new signing (057); a pact named as news, or the one a light verb signs, is;
a draft pact is still negotiated (046, lexicon 04.tsv)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    "text",
    [
        "Cuba will end its fishing agreement with Canada next year.",
        "Peru said it would abide by the border treaty with Ecuador.",
        "Seoul said Tokyo broke the fishing pact with Taipei.",
        "Nigeria will review its oil accord with Benin.",
        "Chad said Libya had flouted the border treaty with Niger.",
        "Their trade deal with Mexico has cost jobs, the Canadian minister said.",
    ],
)
def test_standing_pact_is_no_signing(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not any(e.cameo == "057" for e in events), events


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel signed its first water agreement with Jordan.", ("ISR", "JOR")),
        ("The agreement between Peru and Ecuador was signed on Monday.", ("PER", "ECU")),
        ("Turkey's new accord with Syria covers water rights.", ("TUR", "SYR")),
        ("An agreement with Russia on gas prices was reached by Ukraine.", ("UKR", "RUS")),
    ],
)
def test_pact_told_as_news_is_a_signing(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    events = code(nlp, text)
    assert any((e.source, e.target) == pair and e.cameo == "057" for e in events), events


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The draft agreement between Kenya and Ethiopia covers water rights.", ("KEN", "ETH")),
        ("Colombia sent Venezuela a draft pact on border security.", ("COL", "VEN")),
        ("Diplomats from Chile and Bolivia completed a draft treaty on gas exports.", ("CHL", "BOL")),
    ],
)
def test_draft_pact_is_negotiated_not_signed(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    events = code(nlp, text)
    assert not any(e.cameo == "057" for e in events), events
    assert any((e.source, e.target) == pair and e.cameo == "046" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # what a pact does or how it fares tells of the pact, not of its signing
        "The Lima accord between Peru, Chile and Bolivia has proved itself workable, the minister said.",
        "The fishing treaty between Peru and Chile expires next year.",
        "Chile's trade pact with Peru opened the door to talks with Bolivia.",
        # "part of the accords with X", "the terms of the treaty": the pact exists, no new signing
        "The grants, part of the EU aid agreements with Chad and Mali, total 90 mln euros, an official said.",
        "Under the terms of the EU fishing accord with Morocco, Spanish boats may fish off its coast.",
        "A clause in the EU treaty with Norway covers salmon quotas.",
    ],
)
def test_a_pact_that_acts_or_that_parts_hang_from_is_standing(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not any(e.cameo == "057" for e in events), events


def test_a_new_pact_that_opens_the_door_is_news(nlp: Language) -> None:
    events = code(nlp, "The new accord between Peru and Chile opened the door to lower tariffs.")
    assert any(e.cameo == "057" and {e.source, e.target} == {"PER", "CHL"} for e in events), events


def test_the_signing_of_a_pact_is_no_part_of_it(nlp: Language) -> None:
    events = code(nlp, "The signing of the trade accord between Peru and Chile took place on Monday.")
    assert any((e.source, e.target) == ("PER", "CHL") and e.cameo == "057" for e in events), events
