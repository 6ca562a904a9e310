"""An opening dateline with a date ("OSLO, May 9 -") is a sentence of its own: the parser no longer
makes the date the head of the subject, so the subject acts ("The European Community (EC) yesterday warned ...")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.root) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MADRID, June 4 - Spain and Morocco signed a fisheries accord on Tuesday.", ("ESP", "MAR", "05")),
        ("MADRID, June 4 - Spain and Morocco signed a fisheries accord on Tuesday.", ("MAR", "ESP", "05")),
        # the parser made "March 17" the head of the subject and "yesterday" the subject of "warned"
        ("STRASBOURG, May 12 - The European Community (EC) yesterday warned Chile and Peru, its main fruit "
         "suppliers, that quotas could follow.", ("EU", "CHL", "13")),
        ("STRASBOURG, May 12 - The European Community (EC) yesterday warned Chile and Peru, its main fruit "
         "suppliers, that quotas could follow.", ("EU", "PER", "13")),
    ],
)
def test_subject_after_dated_dateline_acts(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser tags a capitalised opening noun after the dateline as a name ("Talks" PROPN)
        ("OSLO, May 9 - Talks between Norway and Sweden on fishing rights ended on Friday.", ("NOR", "SWE", "04")),
        ("OSLO, May 9 - Talks between Norway and Sweden on fishing rights ended on Friday.", ("SWE", "NOR", "04")),
        ("DELHI, May 9 - Clashes between India and Pakistan continued along the border.", ("IND", "PAK", "19")),
    ],
)
def test_capitalised_opening_noun_triggers(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(nlp, text)


@pytest.mark.parametrize(
    "expected", [("NOR", "SWE", "04"), ("SWE", "NOR", "04")],
)
def test_talks_underway_between(nlp: Language, expected: tuple[str, str, str]) -> None:
    """The parser hangs "between" on the copula's complement ("are underway"): the talks' partners."""
    assert expected in _dyads(nlp, "Talks are underway between Norway and Sweden on fishing rights.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline of two words names the country of an unnamed government
        ("NEW DELHI, May 3 - The government accused Bangladesh of sheltering smugglers.", ("IND", "BGD", "11")),
        ("BUENOS AIRES, May 3 - The government accused Chile of violating the treaty.", ("ARG", "CHL", "11")),
        ("TEL AVIV, May 3 - The government accused Syria of massing troops.", ("ISR", "SYR", "11")),
        # a town no actor table lists is read in the gazetteer
        ("LUSAKA, May 3 - The government accused Zimbabwe of sheltering smugglers.", ("ZMB", "ZWE", "11")),
        ("SAO PAULO, May 3 - The government accused Chile of violating the treaty.", ("BRA", "CHL", "11")),
    ],
)
def test_an_unnamed_party_takes_the_country_of_the_dateline(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _dyads(nlp, text)
    assert expected in found
    assert (expected[1], expected[1], expected[2]) not in found


def test_a_seat_of_international_bodies_places_no_unnamed_party(nlp: Language) -> None:
    found = _dyads(nlp, "GENEVA, May 3 - The government accused Chile of violating the treaty.")
    assert not any(source == "CHE" for source, _, _ in found)
