""""Consider" with a verdict on its object weighs no policy option (014): a noun predicate ("considers
the plan a threat", an object predicate however parsed) or an "as" phrase of an adjective ("considers the
treaty as void"); an option weighed stays 014 (round 31)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Greece considers the 1975 treaty with Turkey as void.", ("GRC", "TUR", "014")),
        ("Chile considers Peru's proposal a grave danger to the whole area.", ("CHL", "PER", "014")),
        ("Analysts said the Dutch minister considered Belgium's budget, published on Monday, to be "
         "a sound plan.", ("NLD", "BEL", "014")),
    ],
)
def test_verdict_is_no_policy_option(nlp: Language, text: str, absent: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Argentina is considering a Brazilian offer of credit.", ("ARG", "BRA", "014")),
        ("Kenya is considering sanctions against Uganda as a last resort.", ("KEN", "UGA", "014")),
        ("Spain is considering Morocco's request as a matter of urgency.", ("ESP", "MAR", "014")),
    ],
)
def test_option_weighed_stays(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found
