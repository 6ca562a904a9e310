"""An attack fought off ("repelled", "beat back") was aimed at the one who fought it
off, and the defender fights the attacker (190)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb: the defender fights the attacker named on the attack
        ("Ethiopian troops repelled an Eritrean attack near the border town.", ("ETH", "ERI", "19")),
    ],
)
def test_repelled_attack(nlp: Language, text: str, expected: tuple[str | None, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_attack_noun_aimed_at_its_repeller(nlp: Language) -> None:
    """The noun with no verb entry matching it: the attack was aimed at the one who fought it off."""
    found = roots(nlp, "Iran said its troops repulsed heavy Iraqi counter-attacks in the mountains.")
    assert any(t == "IRN" and r in ("18", "19") for _s, t, r in found)


def test_repelled_criticism_is_no_fight(nlp: Language) -> None:
    assert not any(r == "19" for _s, _t, r in roots(nlp, "The president repelled criticism from the opposition."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stopping the other side's attack: the defender fights the attack's owner, and the attack stays coded
        ("Ethiopia said its army had crushed an Eritrean offensive near the border.", ("ETH", "ERI", "19")),
        ("Ethiopia said its army had crushed an Eritrean offensive near the border.", ("ERI", "ETH", "19")),
        ("Pakistani troops checked an Indian advance in the mountains, officials said.", ("PAK", "IND", "19")),
        ("Greece said its navy blunted a Turkish raid on the island.", ("GRC", "TUR", "19")),
    ],
)
def test_stopped_attack(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_stopped_attack_is_no_visit(nlp: Language) -> None:
    found = roots(nlp, "Syria said its soldiers stopped an Israeli attack in southern Lebanon.")
    assert ("SYR", "ISR", "19") in found and not any(r == "04" for _s, _t, r in found)


def test_crushed_protest_is_no_fight(nlp: Language) -> None:
    assert not any(r == "19" for _s, _t, r in roots(nlp, "Egyptian police crushed the protest in Cairo."))


@pytest.mark.parametrize("text", ["The minister repelled accusations of graft.",
                                  "The governor repelled demands for his resignation."])
def test_repelled_words_are_no_fight(nlp: Language, text: str) -> None:
    assert not any(r == "19" for _s, _t, r in roots(nlp, text))
