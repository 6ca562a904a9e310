"""The other side of a hostile relation named with one side only is the target of a state's untargeted
military act in the same sentence (events/rival_targets.py, rule suffix ``/rival``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.events.rival_targets import RIVAL_RULE
from tests.events.conftest import aimed_by, code


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chilean forces were put on high alert amid rising tensions with Argentina.", "CHL", "ARG"),
        ("Chile withdrew two infantry brigades after the dispute with Argentina was settled.", "CHL", "ARG"),
    ],
)
def test_the_other_side_of_a_conflict_is_the_target_of_a_military_act(nlp: Language, text: str, source: str,
                                                                       target: str) -> None:
    assert any(s == source and t == target for s, t, _ in aimed_by(nlp, text, RIVAL_RULE)), code(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # not a military act of a state: background stays background
        "Chile expressed regret amid tensions with Argentina.",
        "Chilean police arrested twelve students amid tensions with Argentina.",
        # the relation belongs to another pair
        "Chile withdrew two infantry brigades as the dispute between Peru and Argentina eased.",
        "Chile withdrew two infantry brigades as Peru's dispute with Argentina eased.",
    ],
)
def test_no_rival_target_outside_a_states_military_act_or_for_another_pair(nlp: Language, text: str) -> None:
    assert not aimed_by(nlp, text, RIVAL_RULE), code(nlp, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the passive's "by" agent repelled the attack
        ("Eritrean troops launched two assaults on the border town, but both were repulsed by Ethiopian forces.",
         "ERI", "ETH"),
        # a passive with no agent: the speaker who reports it repelled it
        ("Eritrean units attacked again at dawn and Ethiopia said it had repelled them.", "ERI", "ETH"),
    ],
)
def test_the_side_that_repelled_an_attack_is_its_target(nlp: Language, text: str, source: str,
                                                        target: str) -> None:
    assert any(s == source and t == target for s, t, _ in aimed_by(nlp, text, RIVAL_RULE)), code(nlp, text)
