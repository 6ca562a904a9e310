"""Verbal cooperation that failed or stopped, and envoys sent: parties that failed to reach a deal
reject each other (120), a halted mediation is 165 toward the conflict's country, officials sent to a
state visit it (042), and a country's rival sides agreeing act with each other at home."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads


@pytest.mark.parametrize(("text", "expected"), [
    ("A Swedish envoy ended mediation efforts in the Malian political conflict on Tuesday.", ("SWE", "MLI", "165")),
    ("The African Union abandoned its mediation between Sudan and Chad.", ("AU", "SDN", "165")),
])
def test_a_halted_mediation_is_coded_toward_the_conflict(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_officials_sent_to_a_state_visit_it(nlp: Language) -> None:
    assert ("CAN", "PER", "042") in dyads(nlp, "Canada has sent senior officials to Peru to look into the bank affair.")
    assert ("BRA", "AGO", "042") in dyads(nlp, "Brazil dispatched two diplomats to Angola on Friday.")
    assert not code(nlp, "The company sent its representatives to the annual fair.")
