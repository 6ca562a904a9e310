"""A phrase before its verb is the verb's setting, never its complement: "X, on a visit to Y, urged
calm" codes the visit (X meets Y) and leaves the appeal its own, where "called for talks" or "agreed
on a visit" after the verb still governs the noun (events/governed.py, noun_governor)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan, on a visit to Syria, urged calm along the border.", ("JOR", "SYR", "042")),
        ("Putin, on a visit to India, offered to sell more arms.", ("RUS", "IND", "042")),
        ("On a visit to Brazil, the Indian prime minister called for reform of the UN.", ("IND", "BRA", "042")),
        ("Annan, on a visit to Sudan, warned Khartoum of sanctions.", ("UN", "SDN", "042")),
    ],
)
def test_a_visit_before_the_verb_took_place(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_an_appeal_before_which_a_visit_is_set_stays_an_appeal(nlp: Language) -> None:
    found = dyads(nlp, "Jordan, on a visit to Syria, urged calm along the border.")
    assert not any(c == "026" for _, _, c in found), found


def test_a_noun_after_its_verb_is_still_governed(nlp: Language) -> None:
    found = dyads(nlp, "Egypt called for talks with Israel on the border crossings.")
    assert not any(c == "040" for _, _, c in found), found
