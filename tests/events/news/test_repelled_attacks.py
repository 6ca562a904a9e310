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
