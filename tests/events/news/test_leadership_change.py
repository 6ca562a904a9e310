"""Round 34, leadership change at home: a resignation the clause reports as done (the noun as subject, its
holder named), and appeals or demands that an office holder go (resignation, ouster, removal,
dismissal, impeachment), aimed at the holder."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code

Coded = tuple[str | None, str | None, str]


def _codes(nlp: Language, text: str) -> set[Coded]:
    """(source, target, CAMEO code) of every event coded in ``text``."""
    return {(e.source, e.target, e.cameo) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Bolivian defence minister's resignation came two days after the riots.", ("BOL", "BOL", "0831")),
        ("LIMA, May 3 - The resignation of Interior Minister Carlos Rueda is likely to calm the unions.",
         ("PER", "PER", "0831")),
    ],
)
def test_resignation_told_as_subject_is_a_resignation(nlp: Language, text: str, expected: Coded) -> None:
    assert expected in _codes(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan bankers fear the resignation of the finance minister.",
        "Kenya's finance minister's resignation would be a blow to bankers.",
    ],
)
def test_resignation_feared_or_supposed_is_none(nlp: Language, text: str) -> None:
    assert not any(c == "0831" for _, _, c in _codes(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of students called for the resignation of Serbia's prime minister.", ("SRB", "SRB", "0241")),
        ("Opposition lawmakers called for the impeachment of the Philippine president.", ("PHL", "PHL", "0241")),
        ("Unions demanded the dismissal of Chile's labour minister.", ("CHL", "CHL", "1041")),
    ],
)
def test_calls_for_an_office_holder_to_go_aim_at_the_holder(nlp: Language, text: str, expected: Coded) -> None:
    assert expected in _codes(nlp, text)
