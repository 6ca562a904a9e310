"""A nominal act in apposition to a named object ("launched Operation X, an offensive against Y") has
that object's support verb: its subject does the act. A common noun's apposition is no restatement
("had an impact on the talks, speeding agreement for X") (events/slots.py, light_verb_of)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Israeli army began Operation Days of Penitence, a large offensive in northern Gaza.", ("ISR", "PSE")),
        ("Iraqi troops launched Operation Lightning, an offensive against insurgents in Baghdad.", ("IRQ", "IRQ")),
        ("Turkish forces launched Operation Sunrise, an assault on Kurdish rebels in northern Iraq.", ("TUR", "IRQ")),
    ],
)
def test_an_offensive_in_apposition_to_a_named_operation_is_its_launchers(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = {(s, t) for s, t, c in dyads(nlp, text) if c[:2] in ("18", "19")}
    assert expected in found, dyads(nlp, text)


def test_an_apposition_to_a_common_noun_takes_no_support_verb(nlp: Language) -> None:
    found = dyads(nlp, "Peru's step has weighed on other loan negotiations, hastening a deal for Bolivia this spring.")
    assert not any(s == "PER" and c[:3] == "057" for s, _, c in found), found
