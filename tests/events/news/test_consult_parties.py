"""The parties of consultations the coder missed: the host of a stay whose purpose infinitive is the
consultation ("is in Lima to discuss quotas": the stayer and the place's country); a party named by a
nationality adjective the country table lacked ("a Yugoslavian minister"); a session of an organisation
"here" is no visit to the dateline's state ("OPEC ministers met here"), an envoy here for talks is; an
unnamed party coordinated with a state's organ ("the White House and senators") is of that state, not of
whom it meets."""

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


@pytest.mark.parametrize(
    "text",
    [
        "VIENNA, June 2 - OPEC oil ministers began a second day of discussions here on output quotas.",
        "LIMA, June 2 - The Andean Pact's annual meeting here ended without a statement on quotas.",
    ],
)
def test_a_body_meeting_here_has_no_host(nlp: Language, text: str) -> None:
    assert not [d for d in dyads(nlp, text) if d[0] is not None and d[1] is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL, June 2 - The UN envoy, here for talks on the elections, said progress was slow.", ("UN", "AFG", "04")),
        ("VIENNA, June 2 - The Iranian oil minister, here for talks on quotas, said prices would rise.",
         ("IRN", "AUT", "04")),
    ],
)
def test_an_envoy_here_for_talks_has_a_host(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_a_party_coordinated_with_a_state_organ_is_of_that_state(nlp: Language) -> None:
    text = ("WASHINGTON, June 3 - The White House and senators took a cautious stance after meetings with the "
            "Japanese foreign minister.")
    coded = dyads(nlp, text)
    assert ("USA", "JPN", "040") in coded
    assert not [d for d in coded if d[0] == d[1]]
