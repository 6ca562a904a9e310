"""Agents of nominal acts found away from the noun: a by-phrase the parser hangs on the act's
of-object ("the murder of X by Y"), and the support verb of the undertaking or amount the act is
named in ("launched a peacekeeping mission", "pledged $5 million in aid"); for a reciprocal act with a
named partner, the passive patient ("was sent to Cairo for talks with X") or the actor noun its "for"
phrase modifies ("the minister, in Washington for talks with X,")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.events.syntax import act_holder
from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The murder of a French journalist by Algerian militants shocked Paris.", ("DZA", "FRA", "18")),
        ("The arrest of two Kenyan activists by Ugandan police drew protests.", ("UGA", "KEN", "17")),
        ("The kidnapping of an Italian engineer by Iraqi insurgents was reported.", ("IRQ", "ITA", "18")),
    ],
)
def test_by_phrase_on_the_of_object(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_own_by_phrase_still_first(nlp: Language) -> None:
    # the by-phrase on the act itself keeps its place; no agent is taken from elsewhere
    found = roots(nlp, "The bombing by Syrian jets of a Turkish convoy was condemned.")
    assert not any(s == "TUR" and r == "19" for s, _, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act names the kind of an undertaking the support verb's object is
        ("Norway launched a mediation effort between Israel and the Palestinians.", ("NOR", "ISR", "04")),
        ("Saudi Arabia announced a ceasefire initiative on Sunday.", ("SAU", None, "08")),
        # the act is what an amount is counted in
        ("The Japanese government announced nearly $20 million in emergency assistance to Nepal.",
         ("JPN", "NPL", "07")),
    ],
)
def test_undertaking_and_amount_hold_the_act(nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in roots(nlp, text)


def test_act_holder_needs_an_undertaking_or_amount(nlp: Language) -> None:
    # a trigger modifying any other noun ("a trade deal", "aid workers") takes no place in the clause
    parsed = nlp("Canada signed a trade deal and expelled two aid workers.")
    trade = next(t for t in parsed if t.lower_ == "trade")
    aid = next(t for t in parsed if t.lower_ == "aid")
    assert act_holder(trade) is None
    assert act_holder(aid) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reciprocal act under a passive support or intent verb: the passive patient meets the partner
        ("The Iranian oil minister is expected in Algiers on Friday for talks with his Algerian counterpart.",
         ("IRN", "DZA", "03")),
        ("The Israeli envoy was sent to Cairo for talks with Egyptian officials.", ("ISR", "EGY", "04")),
    ],
)
def test_passive_patient_meets_the_named_partner(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_invited_party_is_not_the_appealing_one(nlp: Language) -> None:
    # "was invited for talks": the inviter appeals; the invitee is not the source of an appeal
    found = roots(nlp, "The Canadian energy minister was invited to Caracas for talks with Venezuelan officials.")
    assert not any(s == "CAN" and r == "02" for s, _, r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reciprocal act in a "for" phrase on an actor noun: that actor meets the named partner
        ("The Belgian minister, in Washington for talks with American officials, said the tax was unfair.",
         ("BEL", "USA", "04")),
        ("A Japanese delegation for talks with Chinese officials arrived on Monday.", ("JPN", "CHN", "04")),
    ],
)
def test_purpose_phrase_on_an_actor_names_the_agent(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_purpose_phrase_on_a_non_actor_noun_names_no_agent(nlp: Language) -> None:
    # "the French proposal for talks": the proposal is no party to the talks
    assert not any(r == "04" for _, _, r in roots(nlp, "The French proposal for talks with Iran was rejected."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The seizure by Iranian guards of a British tanker angered London.", ("IRN", "GBR", "17")),
        ("The abduction by Somali pirates of a Kenyan crew angered Nairobi.", ("SOM", "KEN", "18")),
        # the object hung on the agent still picks the sense: people seized are abducted
        ("The seizure by Yemeni tribesmen of two German engineers shocked Berlin.", ("YEM", "DEU", "18")),
    ],
)
def test_an_of_object_after_the_by_agent_is_the_acts_target(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in roots(nlp, text)

