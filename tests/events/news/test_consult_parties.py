"""The parties of consultations the coder missed: the host of a stay whose purpose infinitive is the
consultation ("is in Lima to discuss quotas": the stayer and the place's country), and a party named by
a nationality adjective the country table lacked ("a Yugoslavian minister")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean trade minister is in Peru to discuss fishing quotas, his aides said.",
        "A Chilean delegation will remain in Lima to negotiate the new fishing quotas.",
    ],
)
def test_a_stay_for_talks_is_with_the_host(nlp: Language, text: str) -> None:
    coded = roots(nlp, text)
    assert ("CHL", "PER", "04") in coded
    assert ("PER", "CHL", "04") in coded


def test_a_stay_at_home_hosts_nothing(nlp: Language) -> None:
    coded = dyads(nlp, "The Chilean trade minister is in Santiago to discuss fishing quotas.")
    assert not [d for d in coded if d[1] is not None]


def test_a_purpose_of_other_verbs_keeps_its_own_agent(nlp: Language) -> None:
    coded = dyads(nlp, "Peru sent a letter to the Chilean trade minister to discuss fishing quotas.")
    assert ("CHL", "PER", "040") not in coded


def test_yugoslavian_names_yugoslavia(nlp: Language) -> None:
    text = "The deal was reached in talks between the Greek trade minister and a Yugoslavian minister."
    coded = roots(nlp, text)
    assert ("GRC", "YUG", "04") in coded
    assert ("YUG", "GRC", "04") in coded
