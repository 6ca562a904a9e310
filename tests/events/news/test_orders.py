"""Orders (complement class ``order``): an order to one's own forces or officials codes the ordered act,
done by the ordered side ("ordered troops to fire on protesters": an assault); an order to another
party stays a demand ("ordered Israel to withdraw")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Bolivian president ordered soldiers to fire on the miners.", ("BOL", "BOL", "19")),
        ("Russia ordered its troops to attack Georgian positions.", ("RUS", "GEO", "19")),
        ("Nepalese police were under orders to shoot demonstrators.", ("NPL", "NPL", "19")),
        ("Burmese troops were ordered to fire on protesters in Rangoon.", ("MMR", "MMR", "19")),
        ("The Kenyan president ordered the arrest of opposition leaders.", ("KEN", "KEN", "17")),
        ("Chavez ordered the expulsion of the American ambassador.", ("VEN", "USA", "17")),
        ("The Chinese government instructed its ambassador to protest to Japan.", ("CHN", "JPN", "11")),
    ],
)
def test_order_to_own_side_codes_the_ordered_act(nlp: Language, text: str,
                                                 expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found
    assert not any(r == "10" for _s, _t, r in found), found


def test_order_to_another_state_stays_a_demand(nlp: Language) -> None:
    found = roots(nlp, "The Security Council ordered Ethiopia to pull its troops out of Eritrea.")
    assert ("UN", "ETH", "10") in found, found
    assert not any(r == "08" for _s, _t, r in found), found


def test_order_without_a_coded_act_stays_a_demand(nlp: Language) -> None:
    found = roots(nlp, "Iran ordered the Danish ambassador to leave the country.")
    assert ("IRN", "DNK", "10") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan court ordered the release of the detained opposition leader.",
        "The Egyptian high court ordered the government to free the jailed journalists.",
    ],
)
def test_court_order_is_a_demand_not_the_ordered_act(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert any(r == "10" for _s, _t, r in found), found
    assert not any(r == "08" for _s, _t, r in found), found
