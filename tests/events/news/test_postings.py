"""A statement or pledge that names no party, made or reported by a state's agent posted to an
international body, is addressed to that body."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import roots


def test_envoy_reports_his_states_commitment(nlp: Language) -> None:
    found = roots(nlp, "Syria's chief envoy to the United Nations said Damascus is committed to the plan.")
    assert ("SYR", "UN", "03") in found


def test_envoy_to_a_state_is_no_addressee(nlp: Language) -> None:
    found = roots(nlp, "Chile's ambassador to Washington said Chile and Peru have agreed to hold talks.")
    assert not any(t == "USA" for _, t, _ in found)
