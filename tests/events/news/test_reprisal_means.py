"""A reprisal told by its means (events/means.py): "retaliated by expelling two diplomats" is the
expulsion, aimed at the reprisal's party; the reprisal verb adds no act of force of its own. A reprisal
with no means told keeps its force reading."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary retaliated by expelling four Slovak diplomats.", ("HUN", "SVK", "161")),
        ("Ecuador retaliated against Colombia by closing its embassy in Bogota.", ("ECU", "COL", "16")),
        ("Nepal retaliated by banning imports of Indian fruit.", ("NPL", "IND", "16")),
    ],
)
def test_the_means_is_the_event(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text) | roots(nlp, text)
    assert expected in found
    assert not any(r.startswith(("18", "19")) for _, _, r in roots(nlp, text))


def test_a_means_by_force_keeps_its_own_code(nlp: Language) -> None:
    found = roots(nlp, "Armenia retaliated against Azerbaijan by shelling its border posts.")
    assert ("ARM", "AZE", "19") in found


def test_a_reprisal_with_no_means_is_force(nlp: Language) -> None:
    assert ("KHM", "THA", "19") in roots(nlp, "Cambodia retaliated against Thailand on Sunday.")


def test_hitting_back_by_a_means_is_the_means(nlp: Language) -> None:
    found = dyads(nlp, "Sudan hit back at Kenya by recalling its envoy from Nairobi.")
    assert ("SDN", "KEN", "161") in found
    assert not any(c.startswith("19") for _, _, c in found)


def test_a_means_aimed_at_no_one_named_keeps_the_aimed_reprisal(nlp: Language) -> None:
    found = code(nlp, "The navy struck back at the pirates by shelling their boats.")
    assert any(e.root == "19" and e.target_sector is not None for e in found)
