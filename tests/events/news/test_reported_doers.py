"""Reported doers (events/topics.py): a party that is the subject of a verb of a cooperative act in the
clause a plain statement reports is the doer of the fact reported, not the topic of a comment: no
statement towards it. A party the clause only describes, or reports doing a hostile act (an
accusation), keeps the comment."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Defence officials in Washington said Kuwait had asked whether its tankers could sail under escort.",
         ("USA", "KWT", "010")),
        ("Diplomats in Quito said Peru had asked whether the meeting could move to Lima.", ("ECU", "PER", "010")),
    ],
)
def test_no_statement_towards_the_doer_of_a_reported_act(nlp: Language, text: str,
                                                        absent: tuple[str, str, str]) -> None:
    assert absent not in dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A Peruvian official said Chile was an unreliable neighbour.",  # described
        "A Peruvian official said Chilean troops had crossed the border twice.",  # a hostile act: accused
    ],
)
def test_a_party_described_or_accused_keeps_the_comment(nlp: Language, text: str) -> None:
    assert ("PER", "CHL", "010") in dyads(nlp, text)


def test_a_light_verb_is_no_act_of_the_party(nlp: Language) -> None:
    # "has a chance": a light verb describes the party, the envoy comments on it
    text = "Peru has a real chance for lasting stability after the vote, the UN envoy to the country said."
    assert ("UN", "PER", "010") in dyads(nlp, text)
