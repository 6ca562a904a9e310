"""A consultation that is the subject of an adverbial clause ("after talks ended", "as negotiations
stalled") is the occasion of the main clause, held by its parties: coordinated subjects, or the subject
and the partner its verb names (events/clause_parties.py, _setting_verb)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia and Azerbaijan agreed to a truce after talks ended in Moscow.", {("ARM", "AZE"), ("AZE", "ARM")}),
        ("Israel and Syria traded accusations as negotiations stalled.", {("ISR", "SYR"), ("SYR", "ISR")}),
        ("Sharon received Abbas in Jerusalem when the talks resumed.", {("ISR", "PSE"), ("PSE", "ISR")}),
        ("Iran and Iraq exchanged prisoners after talks had resumed in Geneva.", {("IRN", "IRQ"), ("IRQ", "IRN")}),
    ],
)
def test_talks_in_an_adverbial_clause_are_held_by_the_main_clause_parties(
        nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    found = {(s, t) for s, t, c in dyads(nlp, text) if c[:2] == "04"}
    assert expected <= found, dyads(nlp, text)


def test_a_lone_subject_names_no_partner(nlp: Language) -> None:
    found = dyads(nlp, "Egypt closed the border crossing after the talks collapsed.")
    assert not any(c[:2] == "04" and s is not None and t is not None for s, t, c in found), found


def test_a_condition_is_no_occasion(nlp: Language) -> None:
    found = dyads(nlp, "India and Pakistan will sign the accord if talks succeed.")
    assert not any(c[:3] == "040" for _, _, c in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel and Hezbollah agreed to a truce after fierce fighting on the border.", ("ISR", "LBN")),
        ("Ethiopia and Eritrea exchanged prisoners after clashes erupted along the frontier.", ("ETH", "ERI")),
        ("Chad and Sudan signed a peace deal following weeks of fighting.", ("TCD", "SDN")),
        ("India and Pakistan traded accusations after clashes in Kashmir killed five soldiers.", ("IND", "PAK")),
    ],
)
def test_fighting_that_is_the_occasion_of_a_joint_act_was_between_its_parties(
        nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = {(s, t) for s, t, c in dyads(nlp, text) if c[:2] == "19"}
    assert {pair, pair[::-1]} <= found, dyads(nlp, text)


def test_bystanders_commenting_after_clashes_did_not_fight(nlp: Language) -> None:
    found = dyads(nlp, "The United States and Britain condemned the violence after clashes in Kosovo.")
    assert not any({s, t} == {"USA", "GBR"} for s, t, c in found if c[:2] == "19"), found
