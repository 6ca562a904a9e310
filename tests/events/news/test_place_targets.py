"""Targets from the place of a material act, from possessors and from the victims' nationality."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli tanks fired at targets in Nablus.", ("ISR", "PSE", "19")),  # the place of the act
        ("A roadside bomb killed two Dutch soldiers.", (None, "NLD", "18")),  # the victims' nationality
        ("Russian jets bombed rebel positions near Idlib.", ("RUS", "SYR", "19")),  # owner of the object's place
        ("Rebels attacked the main road to Kenya's northern border town.", ("KEN", "KEN", "19")),  # where it leads
        # a town no actor table knows: the gazetteer's country
        ("French jets bombed positions near Kidal on Sunday.", ("FRA", "MLI", "19")),
        ("The French air strikes near Kidal continued.", ("FRA", "MLI", "19")),
    ],
)
def test_place_and_victim_targets(nlp: Language, text: str, expected: tuple[str | None, str, str]) -> None:
    found = roots(nlp, text)
    assert any(s == expected[0] and t == expected[1] for s, t, _ in found), found


@pytest.mark.parametrize("text, wrong", [
    ("Pakistani tribesmen attacked a police post near the Afghan border.", "AFG"),
    ("Turkish troops shelled a village near the Syrian frontier.", "SYR"),
])
def test_a_border_names_no_side_of_the_act(nlp: Language, text: str, wrong: str) -> None:
    assert not any(t == wrong for _, t, _ in roots(nlp, text))


@pytest.mark.parametrize(("text", "host"), [
    ("The Dutch premier visited Dutch marines stationed in Kandahar.", "AFG"),
    ("Koizumi made a short visit to Japanese engineers working in Iraq.", "IRQ"),
    ("The Spanish king's visit to Spanish peacekeepers in Bosnia lasted a day.", "BIH"),
    ("Australia's prime minister visited Australian soldiers serving in East Timor.", "TLS"),
])
def test_a_visit_to_own_people_abroad_is_hosted_by_the_place(nlp: Language, text: str, host: str) -> None:
    found = [(s, t) for s, t, r in roots(nlp, text) if r == "04"]
    assert found and all(t == host for _, t in found), found


def test_a_visit_to_own_people_at_home_stays_domestic(nlp: Language) -> None:
    found = [(s, t) for s, t, r in roots(nlp, "The Dutch premier visited Dutch marines at a base in Utrecht.")
             if r == "04"]
    assert found == [("NLD", "NLD")], found
