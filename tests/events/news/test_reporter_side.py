"""An unnamed state organ in a clause a state's speaker reports acts for that state (round 11b)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None, str | None, str | None]]:
    return {(e.source, e.source_sector, e.target, e.root) for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudan's army command said troops killed 200 Ethiopian gunmen near the border.", ("SDN", "MIL", "ETH", "18")),
        ("Peru said soldiers shelled Ecuadorean positions overnight.", ("PER", "MIL", "ECU", "19")),
    ],
)
def test_reported_troops_take_the_speaker_state(nlp: Language, text: str, expected: tuple[str, ...]) -> None:
    assert any(d[:3] == expected[:3] and (d[3] or "").startswith(expected[3][:1]) for d in _dyads(nlp, text))


def test_speaker_state_as_target_lends_nothing(nlp: Language) -> None:
    # "Peru said troops attacked Peruvian posts": the troops are not Peru's
    assert not any(d[0] == "PER" and d[2] == "PER" for d in _dyads(nlp, "Peru said troops attacked Peruvian posts."))
