"""A complaint lodged as an object noun with a "that"-clause is aimed at the clause's subject ("lodged a
complaint that Soviet planes had violated its airspace": the Soviet Union), events/aims.py."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan lodged a complaint that Soviet planes had violated its airspace.", {("JPN", "RUS", "114")}),
        ("Peru lodged a protest that Chilean boats had entered its waters.", {("PER", "CHL", "114")}),
        ("Norway and Iceland lodged complaints that British trawlers were fishing in their waters.",
         {("NOR", "GBR", "114"), ("ISL", "GBR", "114")}),
        ("Vietnam, which lodged a complaint that Chinese ships had fired on its fishermen, recalled its envoy.",
         {("VNM", "CHN", "114")}),
    ],
)
def test_a_lodged_complaint_is_aimed_at_the_subject_of_its_clause(nlp: Language, text: str,
                                                                  expected: set[tuple[str, str, str]]) -> None:
    found = dyads(nlp, text)
    assert expected <= set(found), found


def test_a_complaint_about_no_party_has_no_target(nlp: Language) -> None:
    found = dyads(nlp, "Japan lodged a complaint that the talks had stalled.")
    assert not any(t is not None for _, t, c in found if c == "114"), found
