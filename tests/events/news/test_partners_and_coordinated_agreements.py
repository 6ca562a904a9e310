"""Targets of cooperative acts: coordinated parties agreeing with a third one also agree with each other;
the last-resort target of a cooperative verb is its "with" partner before a party its topic names; a
leading "the" adds nothing to an alias's length ("the West German bank" is West German, not the West);
acting or serving as a mediator between two parties mediates between them; the last-resort target of a
statement or appeal is every party of the first phrase naming one ("the feud between A and B", "the A-B war")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.api import resolve_actors
from tests.events.conftest import dyads


def test_coordinated_parties_agreeing_with_a_third_also_agree_with_each_other(nlp: Language) -> None:
    found = {(s, t) for s, t, cameo in dyads(nlp, "Ghana and Togo agreed to open a joint cement plant with Benin.")
             if cameo.startswith("03")}
    assert {("GHA", "TGO"), ("TGO", "GHA"), ("GHA", "BEN"), ("TGO", "BEN")} <= found


def test_one_party_agreeing_with_a_third_gets_no_mutual_pair(nlp: Language) -> None:
    found = {(s, t) for s, t, cameo in dyads(nlp, "Ghana agreed to open a joint cement plant with Benin.")
             if cameo.startswith("03")}
    assert found == {("GHA", "BEN")}


def test_agreeing_with_an_opinion_is_not_a_joint_pact(nlp: Language) -> None:
    found = {(s, t) for s, t, _ in dyads(nlp, "Ghana and Togo agreed with Benin that the tariff was too high.")}
    assert ("GHA", "TGO") not in found


@pytest.mark.parametrize(
    ("text", "partner", "topic"),
    [
        ("Hanoi has agreed to raise the plight of Laos during its talks with Canberra.", "AUS", "LAO"),
        ("Oslo promised to study the debts of Peru in new talks with Ottawa.", "CAN", "PER"),
    ],
)
def test_cooperative_verb_takes_its_with_partner_before_its_topic(nlp: Language, text: str, partner: str,
                                                                  topic: str) -> None:
    targets = {t for _, t, cameo in dyads(nlp, text) if cameo[:2] == "03"}
    assert partner in targets
    assert topic not in targets


def _actors(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.code) for m in resolve_actors(text, date="1987-05-01")}


@pytest.mark.parametrize(
    "text",
    ["Paris criticised the West German central bank on Friday.", "Rome praised the West German minister's plan."],
)
def test_the_west_german_is_germany_not_the_west(text: str) -> None:
    codes = {code for _, code in _actors(text)}
    assert "DEU" in codes
    assert "WST" not in codes


def test_the_west_alone_is_still_the_west() -> None:
    assert ("the West", "WST") in _actors("Moscow warned the West against new tariffs.")


@pytest.mark.parametrize(
    "text",
    ["Ghana is acting as a mediator between Togo and Benin.",
     "Ghana said it would serve as an intermediary between Togo and Benin."],
)
def test_acting_as_a_mediator_between_two_parties_mediates_for_both(nlp: Language, text: str) -> None:
    found = {(s, t) for s, t, cameo in dyads(nlp, text) if cameo[:2] in ("03", "04")}
    assert {("GHA", "TGO"), ("GHA", "BEN")} <= found


def test_acting_as_a_broker_of_a_sale_is_no_mediation(nlp: Language) -> None:
    assert not dyads(nlp, "The Ghanaian bank acted as a broker for the sale of the shares.")


@pytest.mark.parametrize(
    "text",
    ["Chile urged a halt to the bitter feud between Peru and Bolivia.",
     "Chile called for a quick halt to the Peru-Bolivia war."],
)
def test_an_appeal_about_a_war_between_two_states_is_aimed_at_both(nlp: Language, text: str) -> None:
    targets = {t for s, t, cameo in dyads(nlp, text) if s == "CHL" and cameo[:2] == "02"}
    assert {"PER", "BOL"} <= targets


def test_a_single_party_in_the_predicate_stays_single(nlp: Language) -> None:
    targets = {t for s, t, cameo in dyads(nlp, "Chile urged a halt to the bitter feud in Bolivia.") if s == "CHL"}
    assert targets == {"BOL"}
