"""Parties named by their members or by a name ending in "Party" take the story's country, and the
combining forms of national adjectives ("Franco-", "Indo-", "Anglo-") name both sides of a pair."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def _events(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Social Democrats criticised Chancellor Angela Merkel over the pension reform.", ("DEU", "DEU", "11")),
        ("The opposition Labour Party accused Prime Minister John Howard of lying about the war.",
         ("AUS", "AUS", "11")),
        ("OSLO, May 4 - The Conservative Party accused the government of wasting oil revenue.",
         ("NOR", "NOR", "11")),
    ],
)
def test_a_party_takes_the_story_country(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _events(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Franco-Spanish talks on fishing rights ended on Monday.", {"FRA", "ESP"}),
        ("Indo-Pakistani talks on Kashmir resumed in Islamabad.", {"IND", "PAK"}),
        ("Anglo-Irish talks on Ulster resumed in Dublin.", {"GBR", "IRL"}),
    ],
)
def test_combining_forms_name_both_sides(nlp: Language, text: str, pair: set[str]) -> None:
    found = _events(nlp, text)
    assert any({s, t} == pair and root == "04" for s, t, root in found), found


def test_indo_pacific_is_a_region(nlp: Language) -> None:
    found = _events(nlp, "The Indo-Pacific strategy was criticised by China.")
    assert not any("IND" in (s, t) for s, t, _root in found), found


def test_lower_case_western_countries_are_the_west(nlp: Language) -> None:
    found = _events(nlp, "KABUL, May 4 - western governments condemned the attack on the election office.")
    assert any(s == "WST" for s, _t, _root in found), found
