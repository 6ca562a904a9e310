"""A common noun that takes up an intergovernmental body named before it (round 34): "the alliance" after
NATO, "the cartel" after OPEC, "the fund" after the IMF, "the 12-nation bloc" after the EC; not a noun with a
phrase of its own, a modifier naming another body, a body not named before, nor a noun used since for
something else."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.actors.body_nouns import body_nouns
from multipolar.actors.tables import is_valid_code
from multipolar.api import resolve_actors
from tests.events.conftest import dyads


def _actors(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.code) for m in resolve_actors(text, date="1995-03-01")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO defence ministers met in Brussels, where the alliance backed new air patrols.", ("alliance", "NATO")),
        ("OPEC oil ministers gather in Vienna next week, and the cartel may lift its quotas.", ("cartel", "OPEC")),
        ("Peru asked the IMF for a standby loan; the fund wants deeper spending cuts first.", ("fund", "IMF")),
        ("EC farm ministers met on Tuesday. The 12-nation bloc set new milk quotas.", ("bloc", "EU")),
    ],
)
def test_a_body_noun_takes_up_the_body_named_before(text: str, expected: tuple[str, str]) -> None:
    found = _actors(text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The alliance backed new air patrols.",  # no body named before
        "NATO met on Monday. Its alliance with Moscow is under strain.",  # a relation, not the body
        "NATO met on Monday. The Soviet bloc rejected the plan.",  # a modifier naming another body
        "The IMF met on Monday. A Dutch pension fund sold bonds, and the fund made a profit.",  # used since
    ],
)
def test_no_body_noun(text: str) -> None:
    assert not any(m.rule.startswith("body-noun:") for m in resolve_actors(text, date="1995-03-01"))


def test_a_body_noun_is_the_bodys_act(nlp: Language) -> None:
    found = dyads(nlp, "NATO envoys met on Monday. The alliance condemned Serbia for the shelling.")
    assert ("NATO", "SRB", "111") in found, found


def test_body_noun_codes_are_organisation_codes() -> None:
    assert all(is_valid_code(code) for codes in body_nouns().values() for code in codes)
