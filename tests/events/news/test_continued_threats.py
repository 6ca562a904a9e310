"""A threatened act with no target goes on against the party the same source's other act in the
sentence is aimed at ("bombed two Iranian towns and vowed to keep up such raids")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq said its warplanes had bombed two Iranian towns and vowed to keep up such raids.", ("IRQ", "IRN", "13")),
        ("Canada's trade minister denounced the U.S. duties on lumber and threatened to file a complaint.",
         ("CAN", "USA", "13")),
    ],
)
def test_threat_continues_the_sources_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_direct_threat_keeps_its_own_target(nlp: Language) -> None:
    """A deadline given to unnamed firms is no threat at the country the sanctions hit."""
    text = "Sweden announced sanctions against Chile and gave firms a deadline to cut links."
    assert ("SWE", "CHL", "13") not in roots(nlp, text)
