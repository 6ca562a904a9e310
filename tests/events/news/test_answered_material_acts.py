"""A material act that a clause answers "in response to" was aimed at the one who answers, when it
names no target of its own ("fired missiles in response to UN sanctions": the UN sanctioned North
Korea), as verbal acts answered already are (events/defence.py, answerer)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea fired missiles in response to UN sanctions.", ("UN", "PRK", "163")),
        ("Syria closed the border in response to the Turkish troop buildup.", ("TUR", "SYR", "154")),
    ],
)
def test_an_answered_material_act_was_aimed_at_the_answerer(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_an_answered_act_keeps_its_own_target(nlp: Language) -> None:
    found = dyads(nlp, "Iran closed its airspace in response to Israeli air strikes on Syria.")
    assert any(s == "ISR" and t == "SYR" for s, t, c in found if c[:2] in ("18", "19")), found
    assert not any(s == "ISR" and t == "IRN" for s, t, _ in found), found
