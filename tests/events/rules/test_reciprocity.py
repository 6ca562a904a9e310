"""Reciprocal events: participants of meetings and agreements act on each other; attacks do not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.events.pairing import partner_acts
from tests.events.conftest import code, dyads, roots


def test_reciprocal_events(nlp: Language) -> None:
    assert roots(nlp, "Iran and Iraq held talks on Monday.") == {("IRN", "IRQ", "04"), ("IRQ", "IRN", "04")}
    assert roots(nlp, "Vietnam and the Philippines signed a maritime agreement.") == {
        ("VNM", "PHL", "05"), ("PHL", "VNM", "05")}
    # meetings are mutual also with an explicit partner
    assert roots(nlp, "France held talks with Germany.") == {("FRA", "DEU", "04"), ("DEU", "FRA", "04")}
    # attacks are not
    assert roots(nlp, "Russia attacked Ukraine.") == {("RUS", "UKR", "19")}


def test_partner_of_a_clash_fights_too(nlp: Language) -> None:
    # "clashed with": both sides fight (data/reciprocity.tsv: 19 with|between|among)
    events = {(e.source, e.target, e.root) for e in code(nlp, "Kenyan troops clashed with Somali militiamen.")}
    assert {("KEN", "SOM", "19"), ("SOM", "KEN", "19")} <= events


def test_fighting_against_is_one_sided(nlp: Language) -> None:
    assert ("SVK", "HUN", "19") not in roots(nlp, "Hungary fought against Slovakia on Monday.")


def test_praise_is_not_mutual(nlp: Language) -> None:
    assert roots(nlp, "Chile praised Peru on Monday.") == {("CHL", "PER", "05")}


def test_each_other_pairs_the_subjects(nlp: Language) -> None:
    events = roots(nlp, "Armenia and Azerbaijan accused each other of fraud.")
    assert {("ARM", "AZE", "11"), ("AZE", "ARM", "11")} <= events


def test_a_group_accusing_one_another_is_one_domestic_event(nlp: Language) -> None:
    events = code(nlp, "Lawmakers in Kiev accused one another of fraud.")
    assert any(e.source == "UKR" and e.target == "UKR" and e.root == "11" for e in events), events


def test_mutual_codes_table() -> None:
    assert partner_acts("040", "with") and partner_acts("057", "dobj")
    assert partner_acts("190", "with") and not partner_acts("190", "against") and not partner_acts("190", "dobj")
    assert not partner_acts("042", "dobj") and not partner_acts("051", "dobj") and not partner_acts("173", "dobj")


def test_forming_an_alliance_pairs_every_member(nlp: Language) -> None:
    events = roots(nlp, "Chile, Peru, Bolivia and Ecuador formed an alliance on Monday.")
    members = ("CHL", "PER", "BOL", "ECU")
    assert {(a, b, "05") for a in members for b in members if a != b} <= events


def test_a_single_party_forming_a_group_is_no_event(nlp: Language) -> None:
    assert not any(e.root == "05" for e in code(nlp, "The rebels formed a new group in the north."))


def test_a_dateline_is_no_party_and_a_listed_apposition_is(nlp: Language) -> None:
    events = roots(nlp, "UNITED NATIONS - Chile, Peru and Bolivia formed a group to help one another.")
    assert {("CHL", "PER", "05"), ("BOL", "CHL", "05")} <= events
    assert not any("UN" in (s, t) for s, t, _ in events)


def test_exchanging_fire_or_accusations_is_mutual(nlp: Language) -> None:
    assert {("IND", "PAK", "19"), ("PAK", "IND", "19")} <= roots(nlp, "India and Pakistan exchanged fire on Monday.")
    assert {("IND", "PAK", "11"), ("PAK", "IND", "11")} <= roots(nlp, "India traded accusations with Pakistan.")


def test_parties_of_a_meeting_that_was_held(nlp: Language) -> None:
    events = roots(nlp, "A meeting of French and German ministers was held in Paris on Monday.")
    assert {("FRA", "DEU", "04"), ("DEU", "FRA", "04")} <= events


def test_the_reporting_side_is_the_partner_of_talks(nlp: Language) -> None:
    events = roots(nlp, "The issue came up during talks with China's defence minister, a US spokesman said.")
    assert {("USA", "CHN", "04"), ("CHN", "USA", "04")} <= events


def test_the_reporting_side_is_the_partner_of_talks_deep_in_its_clause(nlp: Language) -> None:
    # round 34: the talks sit below a noun of the reported clause, not on its verb
    text = ("The odds are good that both neighbours will settle their quarrel because of talks yesterday with "
            "Peruvian Foreign Minister Luis Gomez, Chilean Foreign Minister Pablo Vera said.")
    events = roots(nlp, text)
    assert {("CHL", "PER", "04"), ("PER", "CHL", "04")} <= events


def test_a_speaker_of_the_partner_side_is_no_second_party(nlp: Language) -> None:
    assert not roots(nlp, "Iranian officials said talks with Iran were useful.")


def test_a_meeting_at_one_partys_home_is_a_visit_and_its_hosting(nlp: Language) -> None:
    assert dyads(nlp, "Iran and Iraq held talks in Tehran on Monday.") == {("IRQ", "IRN", "042"), ("IRN", "IRQ", "043")}
    # at a third place it stays a meeting
    assert dyads(nlp, "Iran and Iraq held talks in Geneva on Monday.") == {("IRQ", "IRN", "040"), ("IRN", "IRQ", "040")}


def test_a_role_of_coordinated_owners_is_each_owners(nlp: Language) -> None:
    events = roots(nlp, "The foreign ministers of Egypt and Jordan met in Geneva.")
    assert {("EGY", "JOR", "04"), ("JOR", "EGY", "04")} <= events


def test_a_dateline_swallowed_by_a_name_leaves_the_party(nlp: Language) -> None:
    # the parser reads "AP - Lawmakers" as one name: the dateline is no part of it
    for text in ("AP - Lawmakers failed to pass the budget, accusing each other of lying in Kiev.",
                 "Reuters - Lawmakers failed to pass the budget, accusing each other of lying in Kiev."):
        events = code(nlp, text)
        assert any(e.source == "UKR" and e.target == "UKR" and e.root == "11" for e in events), events


def test_an_actor_before_a_dash_is_no_dateline(nlp: Language) -> None:
    assert any(s == "IRN" for s, _, _ in roots(nlp, "Iran - a country of 70 million - rejected the deal with Iraq."))


def test_co_agents_along_with_the_subject(nlp: Language) -> None:
    events = roots(nlp, "Britain and France, along with Germany, urged Iran to stop enrichment.")
    assert {("GBR", "IRN", "02"), ("FRA", "IRN", "02"), ("DEU", "IRN", "02")} <= events
    # a supporter is no co-agent of the act (its support of the subject is an event of its own:
    # tests/events/news/test_accompanying_help.py)
    found = roots(nlp, "Iran, with the support of Syria, criticised Israel.")
    assert not any(s == "SYR" and t == "ISR" for s, t, _ in found)


def test_a_nationality_coordinated_on_a_role_shares_its_sector(nlp: Language) -> None:
    events = code(nlp, "Israeli and Syrian negotiators met in Geneva on Monday.")
    assert any((e.source, e.source_sector, e.target) == ("ISR", "GOV", "SYR") for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile each put the blame on the other over the failed talks.",
        "Peru and Chile each accused the other of dumping copper.",
    ],
)
def test_each_with_the_other_is_reciprocal(nlp: Language, text: str) -> None:
    found = {(s, t) for s, t, c in dyads(nlp, text) if c.startswith("112")}
    assert {("PER", "CHL"), ("CHL", "PER")} <= found


def test_the_other_without_each_is_no_reciprocal(nlp: Language) -> None:
    found = {(s, t) for s, t, _ in dyads(nlp, "Peru accused the other members of the pact of delaying the talks.")}
    assert ("PER", "PER") not in found
