"""Reporting frames are not events: the reported clause is coded, and "X said" is coded as a
statement only about a named actor, by a political speaker, when the clause reports no act (or to
the party it addresses, "X told Y that ...", when the clause codes nothing)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


def test_reported_clause_is_coded_not_the_frame(nlp: Language) -> None:
    found = roots(nlp, "Thai army sources said Vietnamese troops shelled Cambodian border camps.")
    assert ("VNM", "KHM", "19") in found
    assert not any(r == "01" for _, _, r in found)
    assert not any(s == "THA" for s, _, _ in found)


def test_frame_speaker_is_not_the_source_of_a_clause_with_its_own_subject(nlp: Language) -> None:
    events = code(nlp, "A storm killed 250 people in Haiti, the United Nations said.")
    assert not any(e.source == "UN" for e in events)


def test_frame_speaker_stands_for_a_pronoun_subject(nlp: Language) -> None:
    found = roots(nlp, "Indonesian police said they had detained two Malaysian men.")
    assert ("IDN", "MYS", "17") in found


def test_statement_about_another_actor_is_coded(nlp: Language) -> None:
    assert ("DEU", "RUS", "11") in roots(nlp, "Germany said Russia was responsible for the crisis.")  # blame: 112


def test_media_speaker_only_reports(nlp: Language) -> None:
    assert code(nlp, "A Chinese newspaper reported that Japan was in a recession.") == []


def test_more_specific_code_wins_over_the_statement(nlp: Language) -> None:
    found = roots(nlp, "France said Iran must stop enriching uranium.")
    assert ("FRA", "IRN", "10") in found
    assert ("FRA", "IRN", "01") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported clause codes nothing (here: a pronoun pointing back at the speaker, an act with
        # no actor target): the speech verb's addressee makes it a statement to that party
        ("The Japanese minister told Brazil that Tokyo will continue to cooperate with it.", ("JPN", "BRA", "010")),
        ("Japanese negotiators told American officials they were honoring the pact.", ("JPN", "USA", "010")),
    ],
)
def test_addressed_frame_is_a_statement_when_the_clause_codes_nothing(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_unaddressed_frame_stays_a_frame(nlp: Language) -> None:
    # no addressee: the frame lends no statement to the clause's parties
    assert not any(e.cameo == "010" for e in code(nlp, "Iraqi police killed five insurgents, the US military said."))


def test_a_later_speech_verb_in_the_clause_leaves_the_forecast_a_statement(nlp: Language) -> None:
    # the nested "he said" is no reported act: the forecast about Peru is the speaker's comment
    found = roots(nlp, "The Chilean foreign minister predicted Peru will recall its ambassador, though he said "
                       "the Peruvian options were limited.")
    assert ("CHL", "PER", "01") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington accused Tehran of hiding a weapons programme, a charge Iran denies.", ("USA", "IRN", "11")),
        ("Seoul accused Pyongyang of testing a missile, a report North Korea denied.", ("KOR", "PRK", "11")),
    ],
)
def test_denied_charge_after_the_clause_does_not_negate_it(nlp: Language, text: str, expected: tuple) -> None:
    """"X accused Y, a charge Y denies": the denial's object is the charge; the accusation was made."""
    assert expected in roots(nlp, text)
