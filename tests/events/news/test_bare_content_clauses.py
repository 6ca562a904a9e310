"""A noun's content clause with no "that" ("Speculation the U.S. will offer wheat ...", "Fears Russia
will cut gas ..."), which the parser splits into a relative clause or a second subject, is hoped,
feared or rumoured, not done (events/modality.py); a true relative clause with a gap stays an act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "text",
    [
        "Speculation Japan will offer cheap rice to Peru has grown since Monday.",
        "Speculation Germany will send tanks to Poland appears to have faded this week.",
        "Fears Russia will cut gas supplies to Ukraine pushed prices higher.",
    ],
)
def test_bare_content_clause_of_a_noun_is_not_an_act(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert not any(s is not None and t is not None and s != t for s, t, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sanctions Washington imposed on Cuba were criticised by Mexico.", ("USA", "CUB", "163")),
        ("The minister Russia sent to Kiev met Ukrainian officials.", ("RUS", "UKR", "040")),
    ],
)
def test_relative_clause_with_a_gap_stays_an_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_plan_noun_for_a_pact_keeps_the_pact_sense(nlp: Language) -> None:
    """A modifier entry ("a draft treaty": 046) is no sense of a pact without that modifier."""
    found = dyads(nlp, "Kiev praised the Polish leader's new proposal for a gas agreement with Minsk.")
    assert not any(c.startswith("036") for _, _, c in found), found
