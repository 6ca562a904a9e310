"""Event-type coverage: lexicon entries for common phrasings of each PLOVER type."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def _types(nlp: Language, text: str) -> set[tuple[str | None, str]]:
    return {(e.source, e.cameo) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labour strikes and street protests by domestic actors named with their country
        ("Chilean dockers went on strike on Monday.", ("CHL", "143")),
        ("Peruvian miners have begun a wildcat strike.", ("PER", "143")),
        ("Bolivian farmers took to the streets of La Paz.", ("BOL", "141")),
        # military posture: patrols, call-ups, alerts
        ("Estonian soldiers began patrols along the border with Latvia.", ("EST", "150")),
        ("Georgia called up reservists after the clashes.", ("GEO", "154")),
        ("Egypt put its navy on alert.", ("EGY", "152")),
        # yielding: relaxing curfews, meeting demands
        ("Tunisian authorities relaxed the curfew in Sfax.", ("TUN", "0813")),
        ("The Malian government accepted the demands of Senegal.", ("MLI", "083")),
    ],
)
def test_type_coverage(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _types(nlp, text)

