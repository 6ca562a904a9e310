"""Hedged identities: a party "believed to be" / "thought to be" someone is that someone, whether the
parser reads the participle as a noun's clause or as the sentence's verb; and a finite passive's
by-phrase is its agent even where the parser labels it a plain preposition."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve men believed to be Eritrean soldiers attacked a Sudanese border post on Monday.",
         ("ERI", "SDN", "19")),
        ("Forty people believed to be Somalis have entered the Kenyan embassy in Addis Ababa, apparently "
         "seeking asylum.", ("SOM", "KEN", "02")),  # asked of the embassy entered
    ],
)
def test_a_subject_believed_to_be_a_party_is_that_party(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in roots(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the by-phrase is labelled a plain preposition here: on a finite passive it is the agent
        ("Four relief workers were abducted in Darfur by gunmen believed to be Chadian rebels.", ("TCD", "SDN", "18")),
        ("Two doctors were kidnapped in Ituri by gunmen believed to be Ugandan rebels.", ("UGA", "COD", "18")),
    ],
)
def test_a_passive_agent_believed_to_be_a_party_is_that_party(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in roots(nlp, text)


def test_an_object_believed_to_be_a_party_is_that_party(nlp: Language) -> None:
    assert ("KEN", "SOM", "17") in roots(nlp, "Police in Kenya arrested two men believed to be Somali pirates.")


@pytest.mark.parametrize(
    "text",
    ["Experts believed Iran had attacked the tanker.", "Analysts believed that Iran attacked the tanker."],
)
def test_a_belief_about_a_named_party_keeps_its_subject(nlp: Language, text: str) -> None:
    assert any(src == "IRN" and root == "19" for src, _, root in roots(nlp, text))
