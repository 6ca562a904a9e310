"""An announced refusal to sanction or coerce a named party ("would impose no restrictions on Y", "will not
expel its diplomats") pledges cooperation to it (030); a past negation ("did not expel"), a conditional one,
a guessed source and withheld force ("will not attack Y": a negated attack) stay uncoded."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads

Dyads = set[tuple[str | None, str | None, str]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul said it would impose no restrictions on the contacts with Pyongyang.", {("KOR", "PRK", "030")}),
        ("Ghana will not expel the Nigerian diplomats, the minister said.", {("GHA", "NGA", "030")}),
        ("Canada said it would not impose sanctions on Cuba.", {("CAN", "CUB", "030")}),
    ],
)
def test_a_refusal_to_sanction_is_a_pledge_of_cooperation(nlp: Language, text: str, expected: Dyads) -> None:
    assert dyads(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ghana did not expel the Nigerian diplomats.",
        "Canada said it would not impose sanctions on Cuba unless provoked.",
        "Officials announced they will not expel the Cuban diplomats.",  # the source is only guessed
        "Israel will not attack Lebanon, the minister said.",  # force withheld: a negated attack
    ],
)
def test_no_pledge_without_an_announced_plan_by_a_named_party(nlp: Language, text: str) -> None:
    assert not {c for _s, _t, c in dyads(nlp, text)} & {"030", "0356"}
