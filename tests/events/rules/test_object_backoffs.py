"""A verb pattern's object or role phrase where the parse does not hang it on the verb
(``multipolar.events.object_backoffs``): shared by coordinated verbs, the antecedent of a relative clause,
a role phrase on the object's last conjunct."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import dyads, roots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington imposed and later lifted sanctions on Libya.", {("USA", "LBY", "163"), ("USA", "LBY", "085")}),
        ("Paris condemned and then lifted the sanctions on Iraq.", {("FRA", "IRQ", "085")}),
    ],
)
def test_coordinated_verbs_share_the_object_of_the_second(
    nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= dyads(nlp, text)


def test_a_verb_with_an_object_of_its_own_keeps_it(nlp: Language) -> None:
    found = dyads(nlp, "Washington imposed a curfew and lifted sanctions on Libya.")
    assert ("USA", "LBY", "085") in found and not any(c == "163" for _, _, c in found), found


@pytest.mark.parametrize(
    "text",
    ["Iraq retook the territory Iran seized near Basra.", "Iraq shelled the towns Iran seized last year."],
)
def test_a_relative_clause_with_its_own_subject_takes_its_antecedent_as_object(nlp: Language, text: str) -> None:
    assert ("IRN", "IRQ", "19") in roots(nlp, text)


@pytest.mark.parametrize(
    "text", ["Iraq retook the territory Iran visited last year.", "Iraq retook the town where Iran seized hostages."]
)
def test_an_antecedent_the_pattern_does_not_name_stays_silent(nlp: Language, text: str) -> None:
    assert not any(s == "IRN" and r == "19" for s, _, r in roots(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO admitted Poland, Hungary and the Czech Republic as new members.",
         {("NATO", "POL", "050"), ("NATO", "HUN", "050"), ("NATO", "CZE", "050")}),
        ("ASEAN accepted Laos and Cambodia as members in 1999.", {("ASEAN", "LAO", "050"), ("ASEAN", "KHM", "050")}),
        ("ASEAN accepted Laos, Cambodia and two other new members.",
         {("ASEAN", "LAO", "050"), ("ASEAN", "KHM", "050")}),
        ("ASEAN accepted Laos and four other states as new members.", {("ASEAN", "LAO", "050")}),
        ("The Arab League admitted Egypt and two other countries as members again.", {("ARL", "EGY", "050")}),
    ],
)
def test_a_role_phrase_on_the_last_conjunct_counts_for_the_verb(
    nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= dyads(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["NATO accepted the proposal of Poland and Hungary as a basis for talks.", "The club accepted new members."],
)
def test_no_membership_without_members_named(nlp: Language, text: str) -> None:
    assert not any(c == "050" for _, _, c in dyads(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington condemned and rejected the sanctions imposed by Moscow.", ("USA", "RUS", "111")),
        ("Iran attacked and sank a tanker owned by Kuwait.", ("IRN", "KWT", "190")),
    ],
)
def test_a_shared_object_gives_the_first_verb_its_target(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dyads(nlp, text)


def test_a_first_verb_with_its_own_object_takes_no_target_from_the_second(nlp: Language) -> None:
    found = dyads(nlp, "Washington condemned the vote and rejected the sanctions imposed by Moscow.")
    assert ("USA", "RUS", "120") in found and ("USA", "RUS", "111") not in found, found


def test_a_verb_coordinated_in_a_relative_clause_shares_its_antecedent(nlp: Language) -> None:
    found = dyads(nlp, "Libya welcomed the sanctions Washington imposed and later lifted.")
    assert ("USA", "LBY", "163") in found and ("USA", None, "085") in found, found


def test_a_coordinated_verb_with_its_own_object_keeps_it(nlp: Language) -> None:
    found = dyads(nlp, "Libya welcomed the sanctions which Washington imposed and lifted Iraqi hopes.")
    assert not any(c == "085" for _, _, c in found), found
