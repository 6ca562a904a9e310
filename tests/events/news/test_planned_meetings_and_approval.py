"""Cooperation forms of economic diplomacy (round 13): a meeting its own modifiers date in the
future is an intent to meet (036), a visit that names no place is to the dateline's country, felt
approval ("was pleased with X's decision") and approving judgments ("said X's offer was a positive
step") are praise (051)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun's own modifiers date it: next week's, upcoming, planned, later this month
        ("The Thai premier said his visit to Tokyo next week would focus on rice.", ("THA", "JPN", "036")),
        ("The Chilean minister said the planned talks with Peru would cover fishing.", ("CHL", "PER", "036")),
        ("The Chinese premier will discuss trade during his forthcoming visit to Japan.", ("CHN", "JPN", "036")),
        ("The Nigerian minister said his upcoming visit to Brazil would deepen ties.", ("NGA", "BRA", "036")),
        # a meeting subject of a future verb: planned, not held yet
        ("Canada's prime minister said his talks with Mexico later this month would cover oil.",
         ("CAN", "MEX", "036")),
    ],
)
def test_coming_meetings_are_intent(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a meeting its modifiers date in the past stays a meeting
        ("Yesterday's talks between Kenya and Tanzania will help trade, officials said.", ("KEN", "TZA", "036")),
        ("Last week's visit to Chile by the Peruvian minister will ease tension, diplomats said.",
         ("PER", "CHL", "036")),
        # a possible visit is no plan yet; a finished one with no time word stays a visit
        ("Officials said a possible visit to Cuba by the Spanish king was discussed.", ("ESP", "CUB", "036")),
        ("The Chinese premier's visit to Pakistan ended on Monday.", ("CHN", "PAK", "036")),
    ],
)
def test_past_meetings_stay_meetings(nlp: Language, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ROME, May 4 - The Egyptian president begins a four-day state visit on Tuesday.", ("EGY", "ITA")),
        ("OTTAWA, May 4 - The visit this week by a senior Japanese envoy did little to ease the dispute.",
         ("JPN", "CAN")),
    ],
)
def test_placeless_visit_goes_to_dateline(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = {(e.source, e.target) for e in code(nlp, text) if e.root in ("03", "04")}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the dateline is the visitor's own capital: no host named
        ("MADRID, May 4 - The Spanish king ended his visit on Friday.", ("ESP", "ESP")),
        # news relayed from another country's radio: the dateline is no host
        ("NICOSIA, May 4 - Syria's foreign minister began a visit on Sunday, Damascus radio said.", ("SYR", "CYP")),
    ],
)
def test_placeless_visit_without_dateline_host(nlp: Language, text: str, absent: tuple[str, str]) -> None:
    assert absent not in {(e.source, e.target) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch minister said he was pleased with Belgium's decision to cut tariffs.", ("NLD", "BEL", "051")),
        ("Sweden is satisfied with Norway's response, the foreign ministry said.", ("SWE", "NOR", "051")),
        ("The Thai premier said he was delighted by the Japanese offer of credits.", ("THA", "JPN", "051")),
        ("The Canadian trade minister said he was pleased that Mexico had agreed to talks.", ("CAN", "MEX", "051")),
    ],
)
def test_felt_approval_is_praise(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Finnish government said the Swedish proposal was a positive step.", ("FIN", "SWE", "051")),
        ("Chile said the Argentine plan would be a good basis for talks.", ("CHL", "ARG", "051")),
        ("Austria said Hungary's decision was reasonable.", ("AUT", "HUN", "051")),
    ],
)
def test_approving_judgment_is_praise(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a problem is no act to approve; an optimistic word alone stays an optimistic comment
        ("Iran said the situation in Iraq was a major problem.", ("IRN", "IRQ", "051")),
        ("The Danish minister said the Norwegian offer was encouraging.", ("DNK", "NOR", "051")),
    ],
)
def test_not_approval(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected not in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # announced or proposed economic measures with no party they are against: policy, no threat
        "Taiwan announced measures to open its markets to American goods.",
        "Japan announced a package of measures to boost imports from Europe.",
        "Mexico proposed measures to cut its trade surplus with Canada.",
    ],
)
def test_announced_measures_are_no_threat(nlp: Language, text: str) -> None:
    assert not any(e.root == "13" for e in code(nlp, text))


def test_announced_measures_against_a_party_threaten_it(nlp: Language) -> None:
    assert ("CHN", "JPN", "130") in dyads(nlp, "China announced measures against Japanese exports.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accepting another party's proposal or offer is agreeing with the proposer (030)
        ("Ethiopia accepted the Kenyan proposal for border talks.", ("ETH", "KEN", "030")),
        ("Honduras accepted the Mexican offer.", ("HND", "MEX", "030")),
        ("Chad accepted a French compromise on the border.", ("TCD", "FRA", "030")),
    ],
)
def test_accepted_proposal_is_agreement(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_talks_a_verb_dates_next_year_are_a_plan(nlp: Language) -> None:
    found = roots(nlp, "The European Union decided on Monday to open membership talks with Turkey next year.")
    assert ("EU", "TUR", "03") in found and not any(r == "04" for _, _, r in found), found


def test_talks_held_on_a_weekday_stay_a_meeting(nlp: Language) -> None:
    found = roots(nlp, "Israel and Syria held talks Monday in Washington.")
    assert ("ISR", "SYR", "04") in found and not any(r == "03" for _, _, r in found), found
