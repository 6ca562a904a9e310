"""Co-subjects of "agree to" are each other's targets only when the agreed act names no target."""

from __future__ import annotations

from spacy.language import Language

from tests.events.conftest import dyads


def test_agreed_act_with_its_own_target_does_not_pair_the_subjects(nlp: Language) -> None:
    found = dyads(nlp, "Canada and Mexico agreed to lift a ban on imports from the region.")
    assert found and not {(s, t) for s, t, _ in found} & {("CAN", "MEX"), ("MEX", "CAN")}


def test_agreed_act_keeps_an_actor_target(nlp: Language) -> None:
    found = dyads(nlp, "Spain, Italy and Greece agreed to lift a ban on Turkish fruit.")
    assert {(s, t) for s, t, _ in found} == {("ESP", "TUR"), ("ITA", "TUR"), ("GRC", "TUR")}


def test_agreed_act_without_a_target_pairs_the_subjects(nlp: Language) -> None:
    found = {(s, t) for s, t, _ in dyads(nlp, "Chile and Peru agreed to share intelligence.")}
    assert {("CHL", "PER"), ("PER", "CHL")} <= found
