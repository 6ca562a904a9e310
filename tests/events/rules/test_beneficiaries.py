"""Beneficiaries of aid: the people a purpose clause or recipient phrase says the aid is for."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purpose clause on the support verb names people in a place: every place coordinated
        ("The World Bank unveiled new emergency assistance worth $80 million to help villagers in Chad and Mali.",
         {("WB", "TCD", "07"), ("WB", "MLI", "07")}),
        # a relative clause of benefit on the purpose clause's object names a people
        ("Norway provided 9 million kroner to finance schemes which benefit Eritrean refugees in Sudan.",
         {("NOR", "ERI", "07")}),
        # a "for" phrase on the aid's object: the nationality of the people served
        ("Canada sent medicine for clinics serving Liberian children.", {("CAN", "LBR", "07")}),
        # people a disaster hit: the places of the disaster, every coordinated one
        ("Denmark announced fresh assistance to communities affected by the storm in Malawi and Zambia.",
         {("DNK", "MWI", "07"), ("DNK", "ZMB", "07")}),
    ],
)
def test_aid_is_aimed_at_its_beneficiaries(nlp: Language, text: str,
                                           expected: set[tuple[str, str, str]]) -> None:
    assert expected <= roots(nlp, text)


def test_beneficiaries_of_the_donor_itself_name_no_target(nlp: Language) -> None:
    found = roots(nlp, "Portugal gave 7 million escudos for schemes that will help Portuguese fishermen.")
    assert not any(t == "PRT" or (t is not None and r == "07") for s, t, r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops sent to a force or mission abroad: the country it serves in, not the body that runs it
        ("Nepal sent 400 of its soldiers to a UN peacekeeping force in Lebanon.", ("NPL", "LBN", "074")),
        ("Fiji contributed soldiers to the peacekeeping operation in Lebanon.", ("FJI", "LBN", "074")),
    ],
)
def test_peacekeepers_are_aimed_at_the_mission_host(nlp: Language, text: str,
                                                   expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found
    assert not any(t == "UN" for s, t, c in found)


def test_participating_in_a_nominal_act_makes_the_subject_its_agent(nlp: Language) -> None:
    found = roots(nlp, "Uruguayan soldiers participate in peacekeeping operations in Haiti and Congo.")
    assert {("URY", "HTI", "07"), ("URY", "COD", "07")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deployment to help a named party is military aid to it, not a build-up
        ("Senegal sent 500 soldiers to help the Gambian government.", ("SEN", "GMB", "072")),
        ("Tanzania deployed troops to support the Congolese army against the rebels.", ("TZA", "COD", "072")),
    ],
)
def test_deployments_to_help_a_party_are_assistance(nlp: Language, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_deployment_with_a_purpose_naming_no_party_stays_a_deployment(nlp: Language) -> None:
    found = dyads(nlp, "Libya sent troops to help quell the unrest.")
    assert not any(c == "072" for s, t, c in found)


def test_a_contingent_of_peacekeepers_arriving_keeps_the_peace(nlp: Language) -> None:
    found = dyads(nlp, "A contingent of Zambian peacekeepers arrived in Sudan on Friday.")
    assert ("ZMB", "SDN", "074") in found
    assert not any(c == "042" for s, t, c in found)


def test_handing_over_ambulances_is_aid(nlp: Language) -> None:
    assert ("JPN", "UGA", "07") in roots(nlp, "Japan handed over 12 ambulances to the Ugandan health ministry.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid answering a disaster: the disaster's nationality word or its place
        ("Canada announced emergency aid in the wake of the Chilean earthquake.", ("CAN", "CHL", "07")),
        ("Japan approved relief aid in the aftermath of the floods in Bangladesh.", ("JPN", "BGD", "07")),
    ],
)
def test_aid_for_a_disaster_goes_to_the_place_it_struck(nlp: Language, text: str,
                                                        expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)
