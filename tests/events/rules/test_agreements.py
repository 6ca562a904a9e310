"""Agreements and joint ventures: co-agreeing parties, accepted mediation, joint ventures (round 34)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


def test_co_agreeing_subjects_with_a_partner_pair_each_other(nlp: Language) -> None:
    # "A and B agreed to build X with C": A and B take part with each other as well as with C
    events = roots(nlp, "Kenya and Tanzania agreed to build a railway with Uganda.")
    assert {("KEN", "UGA", "03"), ("TZA", "UGA", "03"), ("KEN", "TZA", "03"), ("TZA", "KEN", "03")} <= events
    events = roots(nlp, "Kenya and Tanzania agreed to cooperate with Uganda on security.")
    assert {("KEN", "TZA", "03"), ("TZA", "KEN", "03")} <= events


def test_co_agreeing_subjects_do_not_pair_over_a_recipient(nlp: Language) -> None:
    # troops sent to a third state: the senders do not aid each other
    events = roots(nlp, "Kenya and Tanzania agreed to send troops to Somalia.")
    assert ("KEN", "TZA", "03") not in events and ("TZA", "KEN", "03") not in events


def test_a_single_agreeing_subject_keeps_one_dyad(nlp: Language) -> None:
    assert roots(nlp, "Kenya agreed to build a railway with Uganda.") == {("KEN", "UGA", "03")}


def test_meeting_with_a_partner_does_not_pair_the_subjects(nlp: Language) -> None:
    # only verbs of agreement make the coordinated subjects partners of each other
    events = roots(nlp, "Kenya and Tanzania met with Uganda.")
    assert ("KEN", "TZA", "04") not in events


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government agreed to a mediation proposal from Tanzania.",
        "Kenya accepted a Tanzanian mediation offer.",
    ],
)
def test_agreeing_to_a_mediation_proposal_accepts_mediation(nlp: Language, text: str) -> None:
    assert ("KEN", "TZA", "038") in dyads(nlp, text)


def test_agreeing_to_another_proposal_stays_an_intent(nlp: Language) -> None:
    assert ("KEN", "TZA", "038") not in dyads(nlp, "The Kenyan government agreed to a peace proposal from Tanzania.")


@pytest.mark.parametrize(
    "text",
    [
        "Italy formed a joint venture with Libya to build a pipeline.",
        "The Italian government set up a new joint venture alongside Libyan state firms.",
        "Italy and Libya established a joint venture to refine crude.",
    ],
)
def test_a_joint_venture_is_economic_cooperation_both_ways(nlp: Language, text: str) -> None:
    assert {("ITA", "LBY", "061"), ("LBY", "ITA", "061")} <= dyads(nlp, text)


def test_a_venture_that_is_not_joint_is_no_cooperation(nlp: Language) -> None:
    assert not any(e[2] == "06" for e in roots(nlp, "Italy formed a risky venture in Libya."))


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela is working with Russia on a new air defence system.",
        "Venezuela worked closely with Russia on the radar project.",
    ],
)
def test_working_with_a_partner_on_a_project_is_cooperation(nlp: Language, text: str) -> None:
    assert {("VEN", "RUS", "06"), ("RUS", "VEN", "06")} <= roots(nlp, text)


def test_having_worked_with_a_party_is_no_cooperation(nlp: Language) -> None:
    # no joint project named: a career, not an act
    assert not any(e[2] == "06" for e in roots(nlp, "A Cuban doctor who worked with Angolan officials was killed."))


@pytest.mark.parametrize(
    "text",
    [
        "Iran is arming itself with Chinese missiles.",
        "Britain will arm itself with new powers against Japanese insurers.",
    ],
)
def test_arming_oneself_is_no_military_aid(nlp: Language, text: str) -> None:
    assert not any(e[2] in ("07", "03") for e in roots(nlp, text))


def test_arming_another_party_is_still_military_aid(nlp: Language) -> None:
    assert ("PAK", "AFG", "07") in roots(nlp, "Pakistan armed the Afghan rebels last week.")


def test_a_pact_an_act_is_part_of_is_no_signing(nlp: Language) -> None:
    # the grants belong to accords in force: no new signing with either partner
    events = roots(nlp, "The grants are part of special EU trade accords with Chile and Peru until 2010.")
    assert not any(e[2] == "05" for e in events)


def test_a_signed_pact_is_still_a_signing(nlp: Language) -> None:
    assert {("CHL", "PER", "05"), ("PER", "CHL", "05")} <= roots(nlp, "Chile signed an accord with Peru on Monday.")
