"""Cooperation forms of wire news: scheduled meetings in the present tense ("officials meet
tomorrow": intent, 036), finished visits and talks ("winding up a visit to X"), agreed deals (057)
and visits "here" (the dateline's country is the host)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present tense with a future time is a plan, coded as intent to meet (036)
        ("Greek and Turkish officials meet tomorrow to discuss the Aegean dispute.",
         {("GRC", "TUR", "036"), ("TUR", "GRC", "036")}),
        ("Japanese and American negotiators begin talks next week on rice imports.",
         {("JPN", "USA", "036"), ("USA", "JPN", "036")}),
        ("King Hussein begins a three-day state visit to Britain on Tuesday.", {("JOR", "GBR", "036")}),
        # a capitalised present is tagged as a bare verb form or a name
        ("Egypt and the U.S. Kick off trade talks tomorrow amid signs of strain.",
         {("EGY", "USA", "036"), ("USA", "EGY", "036")}),
        ("Kenya and the U.S. Hold talks tomorrow on aid.", {("KEN", "USA", "036"), ("USA", "KEN", "036")}),
    ],
)
def test_scheduled_meetings_are_intent(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = dyads(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a past meeting stays a meeting; the time word belongs to another clause
        ("Greek and Turkish officials met on Monday to discuss the Aegean dispute.", ("GRC", "TUR", "036")),
        ("Kenyan and Ugandan ministers met yesterday and said talks would go on.", ("KEN", "UGA", "036")),
    ],
)
def test_reported_meetings_stay_meetings(nlp: Language, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # finishing a visit or talks: they took place
        ("The Indian prime minister ended a five-day visit to Moscow on Friday.", {("IND", "RUS", "04")}),
        ("Brazil's foreign minister, winding up a tour of Argentina, said trade would double.",
         {("BRA", "ARG", "04")}),
        ("The Italian foreign minister concluded a visit to Algeria with a call for new talks.",
         {("ITA", "DZA", "04")}),
        ("Chile and Peru wrapped up two rounds of talks with a joint statement.", {("CHL", "PER", "04")}),
        ("Japan and South Korea kicked off fishery talks in Seoul.", {("JPN", "KOR", "04"), ("KOR", "JPN", "04")}),
    ],
)
def test_finished_visits_and_talks(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = roots(nlp, text)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agreeing a deal or an accord is a concluded agreement (057), both ways
        ("France and Chad agreed on a new defence accord.", {("FRA", "TCD", "057"), ("TCD", "FRA", "057")}),
        ("Norway and Iceland agreed a fisheries agreement on Friday.", {("NOR", "ISL", "057"), ("ISL", "NOR", "057")}),
    ],
)
def test_agreed_deals_are_signed_agreements(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = dyads(nlp, text)
    assert expected <= found, found


def test_agreeing_to_an_act_stays_intent(nlp: Language) -> None:
    found = roots(nlp, "Kenya and Tanzania agreed to reopen their common border.")
    assert ("KEN", "TZA", "03") in found and not any(r == "05" for _, _, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "here" is the dateline's place: the host of the visit
        ("BANGKOK, May 3 - Chinese premier Zhao Ziyang, here on a four-day official visit, told reporters "
         "that Beijing wanted closer ties.", {("CHN", "THA", "04")}),
        ("TOKYO, May 3 - The Chinese premier arrived here today for a four-day official visit.",
         {("CHN", "JPN", "04")}),
    ],
)
def test_visits_here_go_to_the_dateline_country(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = roots(nlp, text)
    assert expected <= found, found


def test_visitor_here_is_the_name_before_the_comma(nlp: Language) -> None:
    # the parser may hang "here" on the reporting verb: the visitor is still the name it follows
    found = roots(nlp, "MANILA, May 3 - Japanese trade minister hajime tamura, here on a three-day visit, "
                       "briefed philippine officials on the talks, diplomatic sources said.")
    assert ("JPN", "PHL", "04") in found and ("PHL", "PHL", "04") not in found, found


def test_here_without_a_dateline_names_no_host(nlp: Language) -> None:
    found = roots(nlp, "The Chinese premier arrived here today for a four-day official visit.")
    assert not any(t is not None for s, t, r in found if r == "04"), found


def test_statement_here_is_no_visit(nlp: Language) -> None:
    found = roots(nlp, "LONDON, May 3 - Nigeria's oil minister said here that prices would recover.")
    assert not any(r == "04" for _, _, r in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran and the EU ended three hours of talks in Brussels.", ("IRN", "EU")),
        ("Seoul and Tokyo concluded two days of talks on fishing rights.", ("KOR", "JPN")),
    ],
)
def test_span_of_time_before_talks_is_transparent(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    """"ended three hours of talks": the talks took place between the subject's parties."""
    found = roots(nlp, text)
    assert (pair[0], pair[1], "04") in found and (pair[1], pair[0], "04") in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel and Syria began talks in Washington.", ("ISR", "SYR")),
        ("Armenia and Azerbaijan opened a new round of talks in Paris.", ("ARM", "AZE")),
    ],
)
def test_joint_talks_abroad_are_between_the_parties(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    """Two named parties who begin talks somewhere talk with each other; the venue is no partner."""
    found = roots(nlp, text)
    assert (pair[0], pair[1], "04") in found and (pair[1], pair[0], "04") in found, found
