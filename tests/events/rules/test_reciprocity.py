"""Reciprocal events: participants of meetings and agreements act on each other; attacks do not."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_reciprocal_events(nlp: Language) -> None:
    assert roots(nlp, "Iran and Iraq held talks on Monday.") == {("IRN", "IRQ", "04"), ("IRQ", "IRN", "04")}
    assert roots(nlp, "Vietnam and the Philippines signed a maritime agreement.") == {
        ("VNM", "PHL", "05"), ("PHL", "VNM", "05")}
    # meetings are mutual also with an explicit partner
    assert roots(nlp, "France held talks with Germany.") == {("FRA", "DEU", "04"), ("DEU", "FRA", "04")}
    # attacks are not
    assert roots(nlp, "Russia attacked Ukraine.") == {("RUS", "UKR", "19")}
