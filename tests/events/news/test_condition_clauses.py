"""An act inside a condition is no reported act (round 31): "if X does not permit Y" is no refusal, and
what the verb of an "if" clause governs is part of the condition ("if Peru shows it will open its
market")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Canada may raise duties on Korean steel if Seoul does not allow Canadian banks to open branches.",
         ("KOR", "CAN", "124")),
        ("Canada is willing to lift quotas on Korean steel if Seoul shows it will open its market to Canadian "
         "beef, a Canadian official said.", ("KOR", "CAN", "0351")),
    ],
)
def test_condition_is_no_act(nlp: Language, text: str, absent: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present refusal outside a condition stays one
        ("Seoul does not allow Canadian banks to open branches, the Canadian minister complained.",
         ("KOR", "CAN", "12")),
    ],
)
def test_plain_refusal_stays(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, t, c[:2]) for s, t, c in dyads(nlp, text)}
    assert expected in found, found
