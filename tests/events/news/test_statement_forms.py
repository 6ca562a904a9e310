"""Statements and appeals in forms the reported-clause rules read (round 32): a semi-modal of obligation
("had to", "needs to") in a reported clause is a demand or an appeal to its subject, as "must" and "should"
are, and the act it asks for is not done; a passive verb of worry ("was concerned by X") is the subject's
comment on X; a forecast that dealings will get worse ("are likely to deteriorate", "will get worse") is a
pessimistic comment, even from a speaker named after the clause; "reminded X" tells X something
and "advised X to" appeals to X."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    "text",
    [
        "The Austrian chancellor said Hungary had to reopen its border crossings.",
        "The Austrian chancellor said Hungary has to honour the transit agreement.",
        "Hungary has to respect the rights of asylum seekers, the Austrian chancellor said.",
    ],
)
def test_a_reported_have_to_is_a_demand(nlp: Language, text: str) -> None:
    assert ("AUT", "HUN", "100") in dyads(nlp, text)


def test_a_reported_need_to_is_an_appeal(nlp: Language) -> None:
    assert ("NOR", "SWE", "020") in dyads(nlp, "The Norwegian minister said Sweden needs to share the fishing data.")


def test_the_act_a_reported_obligation_asks_for_is_not_done(nlp: Language) -> None:
    found = roots(nlp, "The Greek minister said Turkey had to stop the flights over the islands.")
    assert ("GRC", "TUR", "10") in found
    assert not any(r in ("18", "19") for _, _, r in found)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Chile did not have to pay the fee.",  # negated: no obligation
        "You have to lower the price to sell rice in Korea, a Thai exporter said.",  # anyone at all
        "Any change in the quota would need to be ratified first, Chilean diplomats said.",  # passive
    ],
)
def test_no_demand_without_an_obligation_on_a_party(nlp: Language, text: str) -> None:
    assert not any(r == "10" for _, _, r in roots(nlp, text))


def test_the_speaker_s_own_have_to_keeps_its_act(nlp: Language) -> None:
    found = roots(nlp, "Ecuador told its lenders that it had to halt interest transfers for a year.")
    assert not any(r == "10" for _, _, r in found)


def test_a_passive_verb_of_worry_is_the_subject_s_comment(nlp: Language) -> None:
    assert ("SWE", "BLR", "012") in dyads(nlp, "Sweden was concerned by the arrests of journalists in Belarus.")
    assert ("SWE", "BLR", "012") in dyads(nlp, "Sweden said it was concerned by the expulsion ordered by Belarus.")


@pytest.mark.parametrize(
    "text",
    [
        "Ties between Peru and Bolivia will get worse before they improve, a Peruvian envoy said.",
        "A Peruvian envoy said relations with Bolivia were likely to deteriorate.",
    ],
)
def test_a_forecast_that_dealings_worsen_is_a_pessimistic_comment(nlp: Language, text: str) -> None:
    assert ("PER", "BOL", "012") in dyads(nlp, text)


def test_a_forecast_that_dealings_improve_is_an_optimistic_comment(nlp: Language) -> None:
    assert ("PER", "BOL", "013") in dyads(nlp, "A Peruvian envoy said ties with Bolivia had grown warmer.")


def test_reminding_a_party_tells_it_something(nlp: Language) -> None:
    assert ("ISL", "NOR", "010") in dyads(nlp, "Iceland reminded Norway of the quota it had accepted.")


def test_advising_a_party_to_act_is_an_appeal(nlp: Language) -> None:
    assert ("FRA", "BEL", "02") in roots(nlp, "France advised Belgium to accept the compromise on farm prices.")
    assert not roots(nlp, "The bankers advised the Portuguese government on the sale of the airline.")


def test_a_passive_need_tells_a_purpose_no_appeal(nlp: Language) -> None:
    found = roots(nlp, "A new farm accord is needed to end the dispute with Canada, the Irish minister said.")
    assert not any(r == "02" for _, _, r in found)
