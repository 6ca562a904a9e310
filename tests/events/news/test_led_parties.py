"""Parties named by their leader: "the NATO-led force", "a Saudi-led coalition" act as the leader; a
backer ("UN-backed") is no leader."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The NATO-led force in Kosovo arrested five Serbian smugglers.", ("NATO", "SRB", "17")),
        ("An Egyptian-led coalition bombed rebel positions in Libya.", ("EGY", "LBY", "19")),
        ("The French-commanded force attacked militia camps in Mali.", ("FRA", "MLI", "19")),
    ],
)
def test_a_party_led_by_a_named_actor_is_the_leaders(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphen inside the first word is no dateline ("NATO -"): the leader still acts
        ("NATO-led soldiers detained four Serbian smugglers near Pristina.", ("NATO", "SRB", "17")),
        ("Saudi-led jets bombed rebel positions in Yemen on Sunday.", ("SAU", "YEM", "19")),
        # a dateline glued to a capitalised word stays a dateline
        ("KABUL-Afghan police arrested three Taliban fighters.", ("AFG", "AFG", "17")),
    ],
)
def test_an_opening_hyphenated_word_is_no_dateline(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in roots(nlp, text)
