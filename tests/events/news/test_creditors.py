"""A state's commercial creditors ("its creditors", "its creditor banks", "its bank steering committee")
are the other side of its debt: a business party of no country, never the state that owns them by a
possessive; a possessive pronoun before a relation noun ("its neighbours") names the other side too."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, sided


@pytest.mark.parametrize(
    ("text", "state", "root"),
    [
        ("Ecuador and its creditors resumed talks on Monday.", "ECU", "04"),
        ("Zambia held fresh talks with its bank steering committee in London.", "ZMB", "04"),
        ("Zambia signed a rescheduling accord with its creditor banks on Friday.", "ZMB", "05"),
        ("Ghana reached an agreement with its bank creditors after long talks.", "GHA", "05"),
    ],
)
def test_talks_with_own_creditors_are_with_unplaced_business(nlp: Language, text: str, state: str,
                                                             root: str) -> None:
    found = sided(nlp, text)
    assert (state, "GOV", None, root) in found, found
    assert (None, "BUS", state, root) in found, found
    assert not any(source == target for source, _sector, target, _root in found), found


def test_creditors_keep_no_country_of_the_state_they_face(nlp: Language) -> None:
    events = code(nlp, "Ecuador held talks with its creditors on Monday.")
    creditors = [e for e in events if e.source_sector == "BUS" or e.target_sector == "BUS"]
    assert creditors and all(None in (e.source, e.target) for e in creditors), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named body of creditors keeps its own code
        ("Ecuador held talks with Paris Club creditors on Monday.", ("ECU", "IGO", "040")),
        # national lenders keep their nationality
        ("Ecuador held talks with Japanese lenders on Monday.", ("ECU", "JPN", "040")),
    ],
)
def test_named_or_national_creditors_keep_their_code(nlp: Language, text: str,
                                                     expected: tuple[str, str, str]) -> None:
    found = dyads(nlp, text)
    assert expected in found, found


def test_another_states_creditors_are_not_that_state(nlp: Language) -> None:
    found = dyads(nlp, "Peru held talks with Bolivia's creditors on Monday.")
    assert not any("BOL" in (source, target) for source, target, _cameo in found), found


def test_creditor_banks_as_subject_make_no_party(nlp: Language) -> None:
    # as a subject the parse too often hangs another's verb on them: left unresolved
    found = sided(nlp, "Creditor banks warned Ecuador on Monday.")
    assert not any(sector == "BUS" for _source, sector, _target, _root in found), found


def test_possessive_pronoun_before_a_relation_noun_names_the_other_side(nlp: Language) -> None:
    found = dyads(nlp, "Hungary held talks with its neighbours on Monday.")
    assert ("HUN", None, "040") in found, found
