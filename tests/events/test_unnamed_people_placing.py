"""Unnamed parties placed by the story: an appositive title is placed like the name it renames, so the state
its act faces is not its home ("John Doe, the trade minister, accused Chile": not Chile's minister); a people
named "ethnic X" takes the country of its place, not X's state."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def sides(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source, e.target) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Argentina's harvest failed. Rodolfo Quintana, the trade minister, accused Chile of dumping wheat.",
         ("ARG", "CHL")),
        ("Peru's economy slowed. Ana Vidal, the foreign minister, criticized Ecuador over the border.", ("PER", "ECU")),
        ("Ana Vidal, the Peruvian foreign minister, criticized Ecuador over the border.", ("PER", "ECU")),
    ],
)
def test_an_appositive_title_is_not_placed_by_the_state_it_faces(nlp: Language, text: str, dyad: tuple) -> None:
    found = sides(nlp, text)
    assert dyad in found, found
    assert not any(s == t == dyad[1] for s, t in found), found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ethnic Albanian rebels in Macedonia ambushed a police patrol near Tetovo.", "MKD"),
        ("A police post in Macedonia was attacked by ethnic Albanian guerrillas.", "MKD"),
    ],
)
def test_ethnic_rebels_take_the_country_of_their_place(nlp: Language, text: str, source: str) -> None:
    found = sides(nlp, text)
    assert "ALB" not in {c for d in found for c in d}, found
    assert source in {s for s, _t in found}, found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Peru's fishing catch fell sharply. The ministers also chose to continue their talks with Peru.", "PER"),
        ("Exports from Chile rose. Senators then urged Chile to open its markets to wheat.", "CHL"),
    ],
)
def test_an_unnamed_party_is_not_placed_in_the_state_it_faces(nlp: Language, text: str, state: str) -> None:
    found = sides(nlp, text)
    assert (None, state) in found, found
    assert (state, state) not in found, found


def test_an_unnamed_party_facing_a_state_organ_stays_domestic(nlp: Language) -> None:
    found = sides(nlp, "Chile's budget slipped. The ministers held talks with the Chilean central bank.")
    assert ("CHL", "CHL") in found, found


def test_an_unnamed_official_meeting_a_named_leader_is_not_placed_in_his_country(nlp: Language) -> None:
    found = sides(nlp, "Brazil's economy slowed. The crown prince held talks with Lula on Monday.")
    assert (None, "BRA") in found, found
    assert ("BRA", "BRA") not in found, found


def test_a_leader_meeting_his_aides_stays_domestic(nlp: Language) -> None:
    assert ("BRA", "BRA") in sides(nlp, "Brazil's economy slowed. Lula met with aides on Monday.")


def test_a_state_in_what_unnamed_officials_say_is_not_their_home(nlp: Language) -> None:
    found = code(nlp, "Officials said Chile hoped to persuade the OECD to publish the study.")
    assert not any(e.source == "CHL" and e.trigger == "said" for e in found), found
