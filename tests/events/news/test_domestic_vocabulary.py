"""Domestic vocabulary: an authority's order to arrest or release is the arrest or release itself,
disqualifying a politician an administrative sanction."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("A Kenyan judge ordered the release of the jailed opposition senator.", "0841"),
        ("A Bolivian prosecutor ordered the arrest of the former defence minister.", "173"),
        ("A Nepalese court disqualified the opposition leader from the election.", "172"),
    ],
)
def test_domestic_authority_acts(nlp: Language, text: str, cameo: str) -> None:
    events = code(nlp, text)
    assert any(e.cameo == cameo and e.source is not None and e.source == e.target for e in events), events


def test_an_order_to_release_is_no_demand(nlp: Language) -> None:
    events = code(nlp, "A Kenyan judge ordered the release of the jailed opposition senator.")
    assert not any(e.root == "10" for e in events), events
