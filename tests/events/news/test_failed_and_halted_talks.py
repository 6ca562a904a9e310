"""Verbal cooperation that failed or stopped, and envoys sent: parties that failed to reach a deal
reject each other (120), a halted mediation is 165 toward the conflict's country, officials sent to a
state visit it (042), a country's rival sides agreeing act with each other at home, and advice about a
state named by a regional epithet ("the Caribbean nation") comments on it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway and Chile once more failed to reach agreement over fishing rights.",
     {("NOR", "CHL", "120"), ("CHL", "NOR", "120")}),
    ("Portugal has failed to reach a sardine deal with Morocco.",
     {("PRT", "MAR", "120"), ("MAR", "PRT", "120")}),
    ("Estonia and Latvia failed to agree on a border line.", {("EST", "LVA", "120"), ("LVA", "EST", "120")}),
])
def test_a_failed_agreement_is_a_rejection_between_the_parties(
        nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert dyads(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Estonia and Latvia may fail to reach agreement on the border.",  # not factual
    "Members of the tin council failed to agree on quotas.",  # no party named to fail with
    "Estonia failed to attack Latvia.",  # not an agreement: no event
])
def test_no_rejection_without_a_factual_failure_between_named_parties(nlp: Language, text: str) -> None:
    assert not any(e.cameo == "120" for e in code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("A Swedish envoy ended mediation efforts in the Malian political conflict on Tuesday.", ("SWE", "MLI", "165")),
    ("The African Union abandoned its mediation between Sudan and Chad.", ("AU", "SDN", "165")),
])
def test_a_halted_mediation_is_coded_toward_the_conflict(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_officials_sent_to_a_state_visit_it(nlp: Language) -> None:
    assert ("CAN", "PER", "042") in dyads(nlp, "Canada has sent senior officials to Peru to look into the bank affair.")
    assert ("BRA", "AGO", "042") in dyads(nlp, "Brazil dispatched two diplomats to Angola on Friday.")
    assert not code(nlp, "The company sent its representatives to the annual fair.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Libya's warring parties agreed on Friday to a truce around Sirte.", ("LBY", "LBY", "0356")),
    ("Libya's rival factions held talks in Tunis on Sunday.", ("LBY", "LBY", "040")),
])
def test_a_countrys_rival_sides_act_with_each_other(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_a_single_party_of_a_country_keeps_no_target(nlp: Language) -> None:
    assert not any(e.source == e.target for e in code(nlp, "Libya's ruling party signed a deal."))


def test_advice_about_a_state_named_by_an_epithet_is_a_comment_on_it(nlp: Language) -> None:
    text = "Floods struck Belize on Monday. Canadians should keep away from the Caribbean nation for now, Ottawa said."
    assert any(e.source == "CAN" and e.target == "BLZ" and e.root == "01" for e in code(nlp, text))
