"""Light and support verbs lend a nominal trigger their subject and prepositions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import code, dyads, roots


def test_weapon_nouns_need_a_light_verb(nlp: Language) -> None:
    assert all(e.root != "07" for e in code(nlp, "Afghan fighters will lay down their arms in Kabul."))
    assert roots(nlp, "Russia sent weapons to Syria.") == {("RUS", "SYR", "07")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan provided humanitarian aid to Haiti.", {("JPN", "HTI", "07")}),
        ("Egypt launched an attack on Libya.", {("EGY", "LBY", "19")}),
        # measures a government levies, decrees or adopts; "proceed with" a measure
        ("Canada levied sanctions against Chile last April.", {("CAN", "CHL", "16")}),
        ("Canada adopted sanctions against Chile on Monday.", {("CAN", "CHL", "16")}),
        ("Canada decided to proceed with tariffs on Chilean copper.", {("CAN", "CHL", "16")}),
    ],
)
def test_light_verbs_lend_subject_and_prepositions(
    nlp: Language, text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert roots(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Nepal won the support of India.", "Nepal enjoys the backing of India.", "Nepal enjoys India's support."],
)
def test_a_receiving_verb_makes_the_giver_of_its_noun_the_source(nlp: Language, text: str) -> None:
    assert ("IND", "NPL", "05") in roots(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Nepal has the full support of India.", "Nepal has India's backing in the dispute."],
)
def test_a_holding_verb_receives_a_cooperative_act_from_its_giver(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert ("IND", "NPL", "05") in found and ("NPL", "IND", "05") not in found, found


def test_a_holding_verb_still_holds_goods(nlp: Language) -> None:
    assert not any(r == "07" for _, _, r in roots(nlp, "Nepal has weapons from India."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru laid the blame for the failed talks on Chile.", ("PER", "CHL", "112")),
        ("Lima pinned the blame for the shooting on Chilean border guards.", ("PER", "CHL", "112")),
        ("Ghana filed a protest with Togo over the border shooting.", ("GHA", "TGO", "114")),
    ],
)
def test_laying_blame_on_and_filing_a_protest_with_name_the_target(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan president was encountering criticism from Kenyan opposition parties over the tax.",
         ("KEN", "KEN", "111")),
        ("The Ugandan plan incurred sharp criticism from Kenya.", ("KEN", "UGA", "111")),
    ],
)
def test_encountering_or_incurring_criticism_makes_the_subject_its_target(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_going_into_talks_lends_the_subject(nlp: Language) -> None:
    found = roots(nlp, "The Danish envoy landed in Oslo and went straight into a meeting with Norwegian officials.")
    assert ("DNK", "NOR", "04") in found, found
    assert not code(nlp, "The Danish economy went into a slump after the strikes.")
