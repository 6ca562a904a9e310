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
