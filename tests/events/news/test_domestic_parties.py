"""Domestic parties: the giver of a received act ("faced criticism from the opposition"), the
story's own state organs and parties named with a definite article ("the governor", "the ruling
party"), and a leader's armed followers ("Sadr's militiamen")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("The Chilean president faced sharp criticism from opposition lawmakers.", "CHL", "CHL", "11"),
        ("Peru received emergency aid from Japan after the floods.", "JPN", "PER", "07"),
        ("Nepalese soldiers came under attack from Maoist rebels.", None, "NPL", "19"),
    ],
)
def test_the_giver_of_a_received_act_is_its_source(nlp: Language, text: str, source: str | None,
                                                   target: str, root: str) -> None:
    events = code(nlp, text)
    assert any(e.target == target and e.root == root and (source is None or e.source == source)
               and e.source_sector is not None for e in events), events


def test_a_received_object_names_no_act(nlp: Language) -> None:
    events = code(nlp, "The Chilean president received a letter from the opposition.")
    assert not events, events


@pytest.mark.parametrize(
    ("party", "sector"),
    [
        ("the governor", "GOV"),
        ("the cabinet", "GOV"),
        ("the ruling party", "GOV"),
        ("the opposition party", "OPP"),
        ("the attorney general", "JUD"),
        ("the election commission", "GOV"),
    ],
)
def test_a_definite_state_organ_is_the_story_country(nlp: Language, party: str, sector: str) -> None:
    events = code(nlp, f"The Bolivian president sharply criticised {party} on Monday.")
    assert any(e.source == "BOL" and e.target == "BOL" and e.target_sector == sector and e.root == "11"
               for e in events), events


@pytest.mark.parametrize("party", ["a governor", "the company's cabinet", "the governor of the mining company"])
def test_an_owned_or_indefinite_organ_is_no_state_organ(nlp: Language, party: str) -> None:
    events = code(nlp, f"The Bolivian president sharply criticised {party} on Monday.")
    assert not any(e.target == "BOL" for e in events), events


def test_a_leaders_armed_followers_are_a_party(nlp: Language) -> None:
    events = code(nlp, "Sadr's militiamen attacked a police station in Najaf.")
    assert any(e.source == "IRQ" and e.source_sector == "REB" and e.root == "19" for e in events), events


def test_a_companys_guards_stay_private(nlp: Language) -> None:
    events = code(nlp, "The company's guards attacked a police station in Najaf.")
    assert not any(e.source == "IRQ" for e in events), events


def test_the_central_bank_is_a_state_organ(nlp: Language) -> None:
    # a central bank is a government body (CAMEO GOV), so the story country lends it its code
    events = code(nlp, "The Peruvian president sharply criticised the governor of the central bank on Monday.")
    assert any(e.source == "PER" and e.target == "PER" and e.target_sector == "GOV" for e in events), events


def test_a_definite_title_is_not_the_state_it_acts_on(nlp: Language) -> None:
    # "the president" accusing Peru is no Peruvian president; the act is still coded, its source unplaced
    events = code(nlp, "The president accused Peru of dumping copper.")
    assert any(e.target == "PER" and e.root == "11" for e in events), events
    assert not any(e.source == "PER" for e in events), events
