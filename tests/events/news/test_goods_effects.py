"""A verb of force whose subject is traded goods tells the goods' effect on a market, no violence
("cheap Brazilian sugar injured Thai cane growers", events/markets.py measure_effect); a car bomb stays
an attack."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_goods_that_injure_producers_are_no_attack(nlp: Language) -> None:
    found = roots(nlp, "Subsidised Argentine wheat has injured Australian farmers.")
    assert not any(r in ("18", "19") for _, _, r in found)


def test_a_car_bomb_that_injures_is_still_an_attack(nlp: Language) -> None:
    found = roots(nlp, "A car bomb injured two Turkish soldiers near the Syrian border.")
    assert any(r == "18" and t == "TUR" for _, t, r in found)
