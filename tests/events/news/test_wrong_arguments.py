"""Events whose type is coded right but whose source or target was another party ("root coded,
other dyad"): the object of a verbless small clause, a predicative adjective parsed as the object's
modifier, a bomb that went off (no attacker named: a null source, not the blast's place)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "found X guilty" is parsed as a clause "X guilty": its subject is the verb's object
        ("A Russian court found the journalist guilty of spying.", ("RUS", "RUS", "11")),
        ("An Indonesian court found two militants guilty of the bombing.", ("IDN", "IDN", "11")),
    ],
)
def test_small_clause_subject_is_the_object(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the predicative "guilty" parsed as a modifier of the object, after it or right after the verb
        "A Kenyan court found three officers guilty of the killing and jailed them for life.",
        "A Kenyan court found guilty two policemen who shot a student.",
    ],
)
def test_predicative_adjective_parsed_as_modifier(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert ("KEN", "KEN", "11") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded outside a police station in Mogadishu on Tuesday.",
        "A roadside bomb went off near an army convoy in Kandahar.",
    ],
)
def test_bomb_that_went_off_has_a_null_source(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.root == "18"]
    assert events, events
    assert all(e.source is None and e.source_sector == "UAF" for e in events), events


def test_named_bombers_keep_their_place(nlp: Language) -> None:
    # an attacker who is a party, not a device, is still placed by the blast's place
    events = code(nlp, "Gunmen in Mogadishu attacked a police station on Tuesday.")
    assert any(e.source == "SOM" for e in events), events
