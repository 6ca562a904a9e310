"""A report unnamed media own ("press reports", "local television reports") is the media's: the story
country's media (JRN) is the target of an act on it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, May 4 - The president denounced press reports that his aides took bribes.",
         ("USA", "USA", "JRN", "11")),
        ("CAIRO, May 4 - The minister criticised newspaper reports about the army.", ("EGY", "EGY", "JRN", "11")),
        # passive
        ("PARIS, May 4 - Local television reports were condemned by the Interior Ministry.",
         ("FRA", "FRA", "JRN", "11")),
    ],
)
def test_a_media_report_is_the_story_countrys_media(nlp: Language, text: str,
                                                    expected: tuple[str, str, str, str]) -> None:
    found = {(e.source, e.target, e.target_sector, e.root) for e in code(nlp, text)}
    assert expected in found, found


def test_a_named_owner_keeps_the_report(nlp: Language) -> None:
    found = {(e.source, e.target, e.root) for e in code(nlp, "MOSCOW, May 4 - The Kremlin denounced Western press "
                                                      "reports of troop movements.")}
    assert not any(target == "RUS" for _source, target, _root in found), found
