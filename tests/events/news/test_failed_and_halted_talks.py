"""Verbal cooperation that failed or stopped, and envoys sent: parties that failed to reach a deal
reject each other (120), a halted mediation is 165 toward the conflict's country, officials sent to a
state visit it (042), and a country's rival sides agreeing act with each other at home."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(("text", "expected"), [
    ("A Swedish envoy ended mediation efforts in the Malian political conflict on Tuesday.", ("SWE", "MLI", "165")),
    ("The African Union abandoned its mediation between Sudan and Chad.", ("AU", "SDN", "165")),
])
def test_a_halted_mediation_is_coded_toward_the_conflict(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)
