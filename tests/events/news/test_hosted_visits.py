"""A visit a hosting verb takes as its circumstance (round 34): "X hosted Y on a state visit", "X welcomed Y
during a visit" is Y's visit to X (042 from Y), beside X's hosting of Y (043), not a visit of X's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "text",
    [
        "Ghana hosted the Malian president on a two-day visit.",
        "Ghana welcomed the Malian foreign minister on an official visit.",
        "Ghanaian leaders received the Malian premier during a visit last week.",
    ],
)
def test_the_hosted_party_visits_the_host(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert ("MLI", "GHA", "042") in found, found
    assert ("GHA", "MLI", "042") not in found, found
