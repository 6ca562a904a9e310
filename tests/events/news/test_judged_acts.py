"""The object of a verb judging it for an act does that act: "criticised X for detaining Y" (X
detained Y), never the judge."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_object_of_criticism_does_the_gerunds_act(nlp: Language) -> None:
    found = roots(nlp, "Canada criticised Iran for jailing a Canadian blogger.")
    assert ("CAN", "IRN", "11") in found and ("IRN", "CAN", "17") in found, found
    assert ("CAN", "CAN", "17") not in found, found


def test_object_of_blame_does_the_gerunds_act(nlp: Language) -> None:
    found = roots(nlp, "Kenya blamed Somalia for attacking its border posts.")
    assert not any(s == "KEN" and r in ("18", "19") for s, t, r in found), found


def test_a_purpose_gerund_keeps_the_subject(nlp: Language) -> None:
    found = roots(nlp, "Germany thanked France for hosting the talks and pledged to support Ukraine.")
    assert not any(s == "FRA" and t == "UKR" for s, t, r in found), found
