"""Games told with words of force: a state beaten, a split score, a bowling attack, a penalty shootout."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots

FORCE_ROOTS = ("17", "18", "19", "20")


def _force(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {r for r in roots(nlp, text) if r[2] in FORCE_ROOTS}


@pytest.mark.parametrize(
    "text",
    [
        "Chile stormed to a 3-1 win over Peru on Saturday.",
        "Chilean striker Pablo Mendes struck twice as Chile beat Peru.",
        "Chile shot down Peru 2-0 in Lima.",
        "Chile invaded Peru's half repeatedly but failed to score.",
        "Chile's cricketers smashed the Peruvian bowling attack.",
        "Chile edged Peru in a penalty shootout.",
    ],
)
def test_games_are_no_force(nlp: Language, text: str) -> None:
    assert not _force(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean police beat Peruvian protesters outside the embassy.",
        "Chilean troops smashed a Peruvian attack on the border post.",
        "Chilean troops invaded Peru's southern provinces.",
    ],
)
def test_force_on_people_and_land_stays(nlp: Language, text: str) -> None:
    assert any(s == "CHL" and t == "PER" for s, t, _ in _force(nlp, text))
