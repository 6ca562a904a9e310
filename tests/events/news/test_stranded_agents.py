"""A by-phrase the parser hangs on the object of a nominal act's own target phrase, or on that object's
place phrase, names the act's agent ("a raid on a camp by Israeli troops", "attacks on shipping in the
Gulf by Iran"); a by-phrase on an act that object names stays that act's ("against the decision by
India to ...") (events/noun_parties.py, stranded_agents)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raid on a Palestinian refugee camp by Israeli troops.", ("ISR", "PSE", "190")),
        ("Ban on Cuban cigars by the United States.", ("USA", "CUB", "172")),
        ("Crackdown on Tibetan monks by Chinese police.", ("CHN", "CHN", "175")),
        ("The raid on a Lebanese village by Israeli commandos killed five people.", ("ISR", "LBN", "190")),
    ],
)
def test_a_stranded_by_phrase_names_the_agent(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_a_by_phrase_on_the_place_of_the_object_is_the_agent_not_the_target(nlp: Language) -> None:
    found = dyads(nlp, "Attacks on shipping in the Red Sea by Yemen went on through Sunday.")
    assert any(s == "YEM" for s, _, c in found if c[:2] in ("18", "19")), found
    assert not any(t == "YEM" for _, t, _ in found), found


def test_a_by_phrase_on_a_named_act_stays_that_acts(nlp: Language) -> None:
    found = dyads(nlp, "Pakistan protested against the decision by India to build the dam.")
    assert ("PAK", "IND", "114") in found, found
    assert not any(s == "IND" and c[:2] == "14" for s, _, c in found), found
