"""Pronoun antecedents ranked by grammar: the possessor's clause subject over a topic, number, reported speakers."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors


def coref(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in resolve_actors(text, "2024-06-01") if m.kind == "coref"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Brazil agreed to take up the question of Bolivia at its next cabinet meeting.", "BRA"),
        ("After a long delay, Kenya has decided to raise the case of Somalia in its talks with Addis Ababa.", "KEN"),
        ("Brazil praised the government of Peru for its reforms.", "PER"),  # no topic: Peru's government
        ("The United States praised the courage of Kuwait during its occupation.", "KWT"),  # Kuwait's courage
        ("Japan welcomed the decision of China to lower its tariffs.", "CHN"),
        ("Brazil discussed the problems of Peru and its neighbours.", "PER"),  # the pronoun in the same phrase
        ("Germany extended loans to Poland after its election.", "POL"),  # a verb's argument keeps its rank
    ],
)
def test_possessive_prefers_its_clause_subject_over_a_topic(text: str, owner: str) -> None:
    assert ("its", owner) in coref(text), coref(text)


def test_it_does_not_take_up_a_plural_pronoun() -> None:
    found = coref("Western countries gave aid to the agency. They want it to spend the money faster.")
    assert ("They", "WST") in found and not [f for f in found if f[0] == "it"], found


@pytest.mark.parametrize(
    "text",
    [
        "Portugal sided with the European Community countries that reject the levy, diplomatic sources said. "
        "They said ministers would meet again in May.",
        "Portugal sided with the European Community countries that reject the levy. "
        "Analysts said they expected ministers to meet again in May.",
    ],
)
def test_they_after_a_reported_speaker_is_the_speaker(text: str) -> None:
    assert not [f for f in coref(text) if f[0].lower() == "they"], coref(text)


def test_they_after_an_actor_speaker_is_that_actor() -> None:
    text = ("Portugal sided with the European Community countries that reject the levy, Spanish officials said. "
            "They said ministers would meet again in May.")
    assert ("They", "ESP") in coref(text), coref(text)
