"""Unnamed and half-named officials take the story's country: a title before a name the entity tagger
cut short ("Deputy Trade Minister Pablo Ruiz Arevalo"), a minister named by a portfolio that is also a
business word ("Industry Minister"), a spokesman owned by a state organ ("a government spokesman"),
and a title owned by a state ("Chile's deputy mining minister")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def _events(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("QUITO, May 4 - Deputy Trade Minister Pablo Ruiz Arevalo criticised Colombia's new tariffs.",
         ("ECU", "COL", "11")),
        ("QUITO, May 4 - Industry Minister Pablo Herrera criticised Colombia's new tariffs.", ("ECU", "COL", "11")),
        ("QUITO, May 4 - A government spokesman criticised Colombia's new tariffs.", ("ECU", "COL", "11")),
        ("QUITO, May 4 - An army spokesman accused Colombia of shelling border villages.", ("ECU", "COL", "11")),
        ("QUITO, May 4 - A foreign ministry spokesman criticised Colombia's new tariffs.", ("ECU", "COL", "11")),
        ("LIMA, May 4 - Chile's deputy mining minister Jorge Soto Bravo criticised Peru's new tariffs.",
         ("CHL", "PER", "11")),
    ],
)
def test_titled_officials_take_the_story_country(nlp: Language, text: str,
                                                 expected: tuple[str, str, str]) -> None:
    found = _events(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "QUITO, May 4 - A company spokesman criticised Colombia's new tariffs.",
        "QUITO, May 4 - Industry Week editor Pablo Herrera criticised Colombia's new tariffs.",
    ],
)
def test_private_titles_stay_no_party(nlp: Language, text: str) -> None:
    found = _events(nlp, text)
    assert not any(source == "ECU" for source, _target, _root in found), found
