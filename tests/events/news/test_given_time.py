"""Time or leave given for an act is no act done ("gave X a month to open its market"); giving up a
plan or an activity negates it ("gave up plans to send troops")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


def test_time_given_for_an_act_is_no_act_done(nlp: Language) -> None:
    found = roots(nlp, "Washington has given Seoul two weeks to open its beef market to American ranchers.")
    assert ("USA", "KOR", "13") in found and not any(r == "08" for _, _, r in found), found


@pytest.mark.parametrize("text", [
    "Tokyo gave up its plan to send soldiers to Iraq.",
    "The government has given up plans to expel the foreign envoys.",
    "Libya gave up building the weapons after the talks.",
])
def test_a_plan_given_up_is_no_act(nlp: Language, text: str) -> None:
    assert not {r for _, _, r in roots(nlp, text)} & {"03", "15", "17", "16"}, roots(nlp, text)


def test_giving_aid_is_still_aid(nlp: Language) -> None:
    assert ("USA", "SDN", "07") in roots(nlp, "The United States gave Sudan ten million dollars in aid.")


@pytest.mark.parametrize("text", [
    "It is time for Chile to ratify the fishing treaty, the senator said.",
    "The envoy said the moment had come for Ghana to free the detained sailors.",
    "There is no reason for Norway to reject the Danish offer.",
])
def test_the_time_or_reason_for_an_act_is_no_act_done(nlp: Language, text: str) -> None:
    assert not {r for _, _, r in roots(nlp, text)} & {"05", "08", "12"}, roots(nlp, text)
