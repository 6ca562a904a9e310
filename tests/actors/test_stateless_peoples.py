"""Peoples of a region inside one state name that state for their parties ("Kashmiri militants" IND,
"Tamil rebels" LKA, "Corsican" FRA), as "Chechen" and "Uighur" do."""

from __future__ import annotations

import pytest

from multipolar.api import resolve_actors


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kashmiri separatists called a strike in Srinagar.", "IND"),
        ("Tamil rebels freed two soldiers.", "LKA"),
        ("Corsican nationalists claimed the bombing.", "FRA"),
    ],
)
def test_regional_peoples_name_their_state(text: str, code: str) -> None:
    assert code in {m.code for m in resolve_actors(text)}


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Bosnian Serbs blocked the road to Sarajevo.", "Bosnian Serbs", "BIH"),
        ("Kosovo Albanians marched in Pristina on Friday.", "Kosovo Albanians", "XKX"),
        ("Georgian Armenians asked for more schools.", "Georgian Armenians", "GEO"),
    ],
)
def test_community_of_a_dispersed_people_takes_the_state_named_first(text: str, words: str, code: str) -> None:
    found = {(m.text, m.code) for m in resolve_actors(text, "2004-01-01")}
    assert (words, code) in found, found


@pytest.mark.parametrize("text", ["Turkish Cypriots rejected the plan.", "Greek Cypriots voted on Saturday."])
def test_a_nations_people_keep_their_nation(text: str) -> None:
    codes = {m.code for m in resolve_actors(text, "2004-01-01") if m.kind == "people"}
    assert codes == {"CYP"}, codes


def test_a_dispersed_people_alone_keeps_its_state() -> None:
    assert "SRB" in {m.code for m in resolve_actors("Serbs rallied in Belgrade.", "2004-01-01")}
