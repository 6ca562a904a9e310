"""Reporting frames are not events: the reported clause is coded, and "X said" is coded as a
statement only about a named actor, by a political speaker, when the clause reports no act."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import code, roots


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
    assert ("DEU", "RUS", "01") in roots(nlp, "Germany said Russia was responsible for the crisis.")


def test_media_speaker_only_reports(nlp: Language) -> None:
    assert code(nlp, "A Chinese newspaper reported that Japan was in a recession.") == []


def test_more_specific_code_wins_over_the_statement(nlp: Language) -> None:
    found = roots(nlp, "France said Iran must stop enriching uranium.")
    assert ("FRA", "IRN", "10") in found
    assert ("FRA", "IRN", "01") not in found
