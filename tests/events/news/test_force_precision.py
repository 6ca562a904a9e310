"""Precision of material conflict codes: words of force used for words, jobs, trade and acts feared."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots

FORCE_ROOTS = ("17", "18", "19", "20")


def _force(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {r for r in roots(nlp, text) if r[2] in FORCE_ROOTS}


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president launched an attack on the Peruvian budget plan.",
        "Chilean senators stepped up their attacks on the Peruvian government's trade policy.",
    ],
)
def test_attack_on_a_policy_is_criticism(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert any(s == "CHL" and t == "PER" and c == "111" for s, t, c in found)
    assert not _force(nlp, text)


def test_attack_on_positions_stays_force(nlp: Language) -> None:
    assert ("CHL", "PER", "190") in dyads(nlp, "Chilean troops launched an attack on Peruvian positions.")


def test_battle_against_inflation_is_no_force(nlp: Language) -> None:
    assert not _force(nlp, "Chile's battle against inflation hurt Peruvian exporters.")
    assert ("CHL", "PER", "19") in _force(nlp, "Chilean troops were locked in a battle with Peruvian rebels.")


@pytest.mark.parametrize(
    "text",
    [
        "Chile sent two frigates to deter Peruvian attacks on its fishing fleet.",
        "The Chilean minister said the threat to shipping from attacks by Peruvian rebels was growing.",
        "Chile built the wall to protect part of its northern towns from Peruvian raids.",
    ],
)
def test_attacks_deterred_or_feared_did_not_happen(nlp: Language, text: str) -> None:
    assert not _force(nlp, text)


def test_attacks_repelled_happened(nlp: Language) -> None:
    assert ("PER", "CHL", "19") in _force(nlp, "Chilean troops repelled Peruvian attacks on their northern posts.")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Chilean police arrested a man linked to last week's bombing of the Peruvian embassy.", "17"),
        ("Chilean police detained two men in connection with the attack on the Peruvian consulate.", "17"),
        ("A Chilean court convicted three men of the bombing of a Peruvian airliner.", "11"),
        ("Chilean prosecutors charged a Peruvian man over the attack on the Santiago embassy.", "17"),
    ],
)
def test_an_attack_a_case_is_about_is_no_new_attack(nlp: Language, text: str, kept: str) -> None:
    found = roots(nlp, text)
    assert any(r == kept for _, _, r in found)
    assert not any(r in ("18", "19", "20") for _, _, r in found)


def test_an_attack_on_an_embassy_is_still_coded(nlp: Language) -> None:
    assert ("PER", "CHL", "19") in _force(nlp, "Peruvian troops attacked the Chilean embassy in Lima.")


def test_a_rumoured_attack_did_not_happen(nlp: Language) -> None:
    assert not _force(nlp, "Chilean shares rose on rumours of a Peruvian attack on the border.")
    text = "Peruvian troops attacked a Chilean border post, ending weeks of speculation."
    assert ("PER", "CHL", "19") in _force(nlp, text)


def test_a_force_noun_naming_a_unit_is_no_act(nlp: Language) -> None:
    assert not _force(nlp, "A Chilean Navy battle group sailed into Peruvian waters.")
    assert ("CHL", "PER", "19") in _force(nlp, "Chilean attack helicopters fired on Peruvian positions.")


def test_an_attack_as_subject_still_kills(nlp: Language) -> None:
    # the criticism row of "attack" needs an on-object: the bare noun stays an act of violence
    assert (None, "PER", "18") in _force(nlp, "A car bomb attack killed five Peruvian soldiers.")
