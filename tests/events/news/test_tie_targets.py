"""The partner of a tie a purpose clause acts on is the target ("proposed a meeting of defence
ministers to improve ties with Cambodia": Cambodia), and an unnamed party no context places (the
ministers) gives way to such a named one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam proposed a meeting of defence ministers to improve ties with Cambodia.", ("VNM", "KHM", "03")),
        ("Chile proposed a summit of leaders to ease tensions with Bolivia.", ("CHL", "BOL", "03")),
        ("Egypt offered talks to settle its dispute with Sudan.", ("EGY", "SDN", "03")),
        # the dateline places the ministers in the proposer's own country: the named partner wins
        ("HANOI, June 2 - Vietnam proposed a meeting of prime ministers to improve ties with Laos.",
         ("VNM", "LAO", "03")),
    ],
)
def test_tie_partner_of_purpose_clause(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(nlp, text)


def test_unplaced_party_without_named_alternative_stays(nlp: Language) -> None:
    """With no named party anywhere, the unnamed one still fills the slot (no event lost)."""
    found = roots(nlp, "Vietnam proposed a meeting of defence ministers next month.")
    assert any(s == "VNM" and r == "03" for s, _t, r in found)
