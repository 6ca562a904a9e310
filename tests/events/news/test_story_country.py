"""Unnamed parties take the country that the sentence or the story names, including through a role
("Peru's Supreme Court"), a leader ("President Carlos Menem") or a plural demonym, not only through a
bare country or place name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the only country of the sentence is named through a role noun
        ("Lawyers urged Peru's Supreme Court on Monday to reopen the case.", ("PER", "PER", "02")),
        ("Protesters attacked the Bolivian president's motorcade.", ("BOL", "BOL", "18")),
        # ... or through a leader
        # (standing trial is itself legal action, 17, whoever orders it)
        ("A judge ordered former Argentine President Carlos Menem to stand trial.", ("ARG", "ARG", "17")),
    ],
)
def test_unnamed_party_takes_the_country_named_by_a_role_or_leader(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(e.source, e.target, e.root) for e in code(nlp, text)}


def test_two_countries_named_leave_the_party_unplaced(nlp: Language) -> None:
    events = code(nlp, "Lawyers urged Peru's Supreme Court and the Chilean government to reopen the case.")
    assert events and all(e.source is None for e in events)


def test_an_aide_is_a_government_party_of_the_country_named(nlp: Language) -> None:
    events = code(nlp, "An aide to Peru's president accused the Chilean navy of spying.")
    assert ("PER", "GOV", "CHL", "11") in {(e.source, e.source_sector, e.target, e.root) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAIROBI (Reuters) - The National Assembly urged the government to resign.", ("KEN", "LEG", "KEN")),
        ("LIMA (Reuters) - The Supreme Court ordered the arrest of a former minister.", ("PER", "JUD", "PER")),
    ],
)
def test_a_capitalised_state_organ_is_an_unnamed_party(nlp: Language, text: str, expected: tuple[str, ...]) -> None:
    assert expected in {(e.source, e.source_sector, e.target) for e in code(nlp, text)}



def test_a_militant_group_is_no_country_of_the_sentence(nlp: Language) -> None:
    events = code(nlp, "Islamic State fighters killed twelve villagers on Monday.")
    assert events and all(e.target is None and e.target_sector == "CVL" for e in events)


@pytest.mark.parametrize(
    "text",
    ["Critics of the Bosnia war have slammed the prime minister.",
     "Opponents of the Chechnya conflict accused the president of lying."],
)
def test_a_country_named_as_a_topic_places_no_unnamed_party(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert events and all(e.source is None for e in events)


def test_a_place_of_the_critics_still_places_them(nlp: Language) -> None:
    events = code(nlp, "Critics of the Bosnia war in Canada have slammed the prime minister.")
    assert any(e.source == "CAN" for e in events)
