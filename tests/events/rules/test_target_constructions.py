"""Targets named by a construction off the trigger's own slots: a noun's "to"-infinitive, the owner of
a fought force, a relative clause on the object."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refusal's infinitive names what is refused: its object's owner is the target
        ("Peru's refusal to accept an IMF programme angered the lenders.", ("PER", "IMF", "12")),
        # a fighting purpose of a nominal attack names the enemy
        ("Bolivian units kept up counter-attacks to drive the Chilean troops from the hills.", ("BOL", "CHL", "19")),
    ],
)
def test_a_nominal_acts_infinitive_names_its_party(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the infinitive's object names no party
        "Peru's refusal to accept the plan angered the lenders.",
        # a threat whose infinitive acts on the speaker's own property
        "Peru's threat to close its embassy worried investors.",
    ],
)
def test_a_nominal_acts_infinitive_without_another_party_gives_none(nlp: Language, text: str) -> None:
    assert not [r for r in roots(nlp, text) if r[1] not in (None, "PER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean rebels have been fighting the forces of the Peruvian government.", ("CHL", "PER", "19")),
        ("Guerrillas from Chile kept fighting the army of President Alan Garcia.", ("CHL", "PER", "19")),
    ],
)
def test_fighting_the_forces_of_a_party_targets_that_party(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_meeting_an_escalation_by_a_party_is_no_meeting(nlp: Language) -> None:
    text = "Our navy will meet any naval escalation by Chile with force, a Peruvian minister said."
    assert not [r for r in roots(nlp, text) if r[2] == "03" or r[2] == "04"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the slot phrase is on the relative clause that tells how the object came about
        ("Peru will not lift the sanctions it imposed on Chile.", ("PER", "CHL", "12")),
        ("Peru lifted the ban it had imposed on Chilean beef.", ("PER", "CHL", "08")),
        ("Peru dropped the charges it had brought against two Chilean fishermen.", ("PER", "CHL", "08")),
    ],
)
def test_a_relative_clause_on_the_object_gives_the_slot_phrase(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_the_verbs_own_slot_phrase_comes_before_the_relative_clauses(nlp: Language) -> None:
    found = roots(nlp, "Peru imposed sanctions on Chile that depend on OAS approval.")
    assert ("PER", "CHL", "16") in found
    assert not [r for r in found if r[1] not in ("CHL", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purpose clause "to help X do ...": X is whom the aid or pledge serves
        ("Peru sent aid to help Bolivia recover from the floods.", ("PER", "BOL", "07")),
        ("Peru pledged $10 million to help Bolivia rebuild after the floods.", ("PER", "BOL", "03")),
    ],
)
def test_the_helped_subject_of_a_purpose_clause_is_the_target(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_helped_subject_of_the_speakers_own_gives_no_other_party(nlp: Language) -> None:
    found = roots(nlp, "Peru sent aid to help its farmers recover from the floods.")
    assert not [r for r in found if r[1] not in (None, "PER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # material conflict told in a "where" clause happened at its antecedent
        ("Fighting continues in the Bolivian border region, where Peru launched its offensive last week.",
         ("PER", "BOL", "19")),
        ("Bolivia sent troops to the border town of Tarija, where Peruvian jets bombed a bridge on Monday.",
         ("PER", "BOL", "19")),
    ],
)
def test_a_where_clause_places_material_conflict_at_its_antecedent(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_where_clause_places_no_verbal_act(nlp: Language) -> None:
    found = roots(nlp, "The talks were held in the Bolivian capital, where Peru criticised the plan.")
    assert not [r for r in found if r[1] == "BOL"]


def test_an_offensive_towards_a_place_is_aimed_at_its_country(nlp: Language) -> None:
    assert ("PER", "BOL", "19") in roots(nlp, "Peru launched a major offensive towards Bolivia's second city.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a show of force or a sanction answers the act of its "after" clause
        ("Peru has put its troops on alert after Chile moved tanks to the border.", ("PER", "CHL", "15")),
        ("Peru imposed sanctions after Bolivia tested a missile.", ("PER", "BOL", "16")),
    ],
)
def test_a_show_of_force_or_sanction_answers_the_after_clause(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_an_after_clause_without_a_party_gives_none(nlp: Language) -> None:
    assert ("PER", None, "15") in roots(nlp, "Peru put its troops on alert after the earthquake.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the slot phrase hangs on the object's post-nominal adjective
        ("Peru signed deals worth $2 billion with Chile on Monday.", ("PER", "CHL", "05")),
        ("Peru signed contracts worth 300 million dollars with Bolivian firms.", ("PER", "BOL", "05")),
    ],
)
def test_a_slot_phrase_on_the_objects_worth_is_read(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the N of X by Y": the parse hangs "by Y" on X; Y did the act the verb is aimed at
        ("Peru denounced the occupation of the islands by Chilean troops.", ("PER", "CHL", "11")),
        ("Peru condemned the killing of two farmers by Bolivian soldiers.", ("PER", "BOL", "11")),
    ],
)
def test_the_doer_of_an_object_act_may_hang_on_its_of_phrase(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # territory seized "from" a party was taken from it
        ("Last September, Peru seized the territory from Bolivia.", ("PER", "BOL", "19")),
        ("Peruvian troops captured the town from Chilean rebels.", ("PER", "CHL", "19")),
        # the owner of the place still counts when no "from" phrase is there
        ("Peruvian troops seized the Bolivian town of Tarija.", ("PER", "BOL", "19")),
    ],
)
def test_territory_seized_from_a_party_targets_it(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hostile means or accompanying participle shares the party its head verb is aimed at
        ("Peru retaliated against Chile by expelling two diplomats.", ("PER", "CHL", "16")),
        ("Peru hit back at the Chilean government, expelling two diplomats.", ("PER", "CHL", "16")),
        ("Peru protested to Chile, demanding an apology.", ("PER", "CHL", "10")),
    ],
)
def test_a_hostile_means_shares_its_head_verbs_party(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_means_clause_takes_no_party_from_a_things_owner(nlp: Language) -> None:
    found = roots(nlp, "Chile accused Peru of violating OAS rules by restricting imports of rice.")
    assert ("PER", None, "16") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malta protested to the European Union over illegal fishing by Italian trawlers.", ("MLT", "ITA", "11")),
        ("Chile lodged a complaint with the United Nations over incursions by Argentine patrol boats.",
         ("CHL", "ARG", "11")),
        ("Malta protested to Italy over the detention of a Maltese crew.", ("MLT", "ITA", "11")),
    ],
)
def test_a_complaint_targets_the_doer_of_the_act_it_is_about(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text), roots(nlp, text)
