"""A pronoun the text cannot place takes up the one person its headline names (the headline is not coded)."""

from __future__ import annotations

from multipolar.api import code_parsed, get_pipeline
from multipolar.nlp.pipeline import PipelineConfig
from multipolar.records import Document


def coded(text: str, title: str | None) -> list[tuple[str | None, str | None, str]]:
    nlp = get_pipeline(PipelineConfig())
    ((_, events),) = code_parsed(nlp, [Document(id="h", text=text, title=title, date="2024-06-01")])
    return [(e.source, e.target, e.cameo) for e in events]


def test_an_opening_he_takes_up_the_headline_person() -> None:
    found = coded("He accused Chile of stalling the border talks.", "BOLIVIAN MINISTER FAULTS CHILE OVER TALKS")
    assert ("BOL", "CHL", "112") in found, found


def test_the_headline_itself_is_not_coded() -> None:
    assert coded("Markets were calm on Tuesday.", "Bolivian minister accuses Chile of stalling talks") == []


def test_a_headline_without_a_person_places_no_pronoun() -> None:
    found = coded("He accused Chile of stalling the border talks.", "Bolivia faults Chile over talks")
    assert not any(source == "BOL" for source, _, _ in found), found


def test_a_person_named_in_the_text_comes_before_the_headline() -> None:
    text = "Peruvian Foreign Minister Ana Quispe met reporters. She accused Chile of stalling the talks."
    found = coded(text, "BOLIVIAN MINISTER FAULTS CHILE")
    assert ("PER", "CHL", "112") in found and not any(s == "BOL" for s, _, _ in found), found
