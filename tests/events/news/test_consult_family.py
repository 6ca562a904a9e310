"""Consultations (CAMEO 04x) written in ways the coder missed or misread: talking by phone (041, not
040), going or coming to a party's country (a visit, 042), and the partner of a meeting that is only
the setting of a clause ("at a cabinet meeting, A told his minister to calm B's anger": no meeting
with B)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Malian president spoke by phone with his Nigerien counterpart on Friday.", ("MLI", "NER", "041")),
        ("The Malian president spoke by phone with his Nigerien counterpart on Friday.", ("NER", "MLI", "041")),
        ("The Chilean minister talked by telephone with Bolivian officials.", ("CHL", "BOL", "041")),
        ("The Malian and Nigerien presidents discussed the dam by phone.", ("NER", "MLI", "041")),
    ],
)
def test_talking_by_phone_is_a_phone_call(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    coded = dyads(nlp, text)
    assert expected in coded
    assert (expected[0], expected[1], "040") not in coded


def test_speaking_by_phone_needs_a_partner(nlp: Language) -> None:
    assert not dyads(nlp, "The Malian president spoke by phone from Bamako.")
