"""A nominal act's target phrase the parser hangs on the act's own place phrase ("protests in several
Indonesian cities against the Australian ruling") is still the act's target, when the act has none of
its own (events/noun_targets.py, noun_slot)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protests in several Indonesian cities against the Australian ruling continued on Monday.",
         ("IDN", "AUS", "141")),
        ("Demonstrations in the Iranian capital against Israel drew thousands.", ("IRN", "ISR", "141")),
    ],
)
def test_a_target_phrase_hung_on_the_place_is_the_acts(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_an_own_target_phrase_wins(nlp: Language) -> None:
    found = dyads(nlp, "Protests against Japan in several Chinese cities near the Russian border continued.")
    assert not any(t == "RUS" for _, t, _ in found), found
