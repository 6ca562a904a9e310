"""A body named by a multi-word name ending in a word of ``events/data/body_heads.tsv`` ("... Association",
"... Union") is a civic party that takes the story's country; names the actor tables know keep their code."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.events.agents import body_heads
from tests.events.conftest import code


def _events(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OTTAWA, May 4 - The Canadian Steel Producers Association urged the government to curb imports.",
         ("CAN", "CAN", "02")),
        ("CANBERRA, June 2 - The National Farmers Federation accused the government of neglecting growers.",
         ("AUS", "AUS", "11")),
        ("MADRID, March 3 - The National Union of Teachers accused the government of breaking its wage pledge.",
         ("ESP", "ESP", "11")),
    ],
)
def test_a_named_body_takes_the_story_country(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _events(nlp, text)
    assert expected in found, found


def test_a_known_union_keeps_its_code(nlp: Language) -> None:
    found = _events(nlp, "The European Union criticised Belarus over the election.")
    assert ("EU", "BLR", "11") in found, found


def test_a_single_word_is_no_body(nlp: Language) -> None:
    # "the association" alone names no body: the speaker stays unnamed, nothing placed by the dateline
    found = _events(nlp, "LIMA, May 2 - The association accused the government of neglect.")
    assert not any(source == "PER" for source, _target, _root in found), found


def test_body_heads_are_civic_sectors() -> None:
    assert body_heads()["association"] == "CVL"
    assert body_heads()["ministry"] == "GOV"
    assert set(body_heads().values()) <= {"CVL", "GOV"}
