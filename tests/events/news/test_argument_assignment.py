"""Argument assignment classes of conflibert_train (issue: source/target of the event coder):
one-way recognition, standing relations told by a participle, ..."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.events.conftest import roots


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # establishing relations (054, recognition) is the subject's act: no reverse event
        ("Uruguay has established diplomatic relations with Bhutan.", ("URY", "BTN", "05"), ("BTN", "URY", "05")),
        ("Kenya established diplomatic ties with Palau last week.", ("KEN", "PLW", "05"), ("PLW", "KEN", "05")),
    ],
)
def test_recognition_is_one_way(nlp: Language, text: str, expected: tuple[str, str, str],
                                absent: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a passive participle describing a noun ("X backed by Y") is a standing relation, not news
        ("Militias backed by Iran shelled the port of Hodeidah on Tuesday.", "IRN"),
        ("Government troops supported by Russian advisers retook the town.", "RUS"),
    ],
)
def test_standing_relation_participle(nlp: Language, text: str, absent: str) -> None:
    found = roots(nlp, text)
    assert not any(s == absent and r == "05" for s, _, r in found), found


def test_backing_as_a_clause_is_coded(nlp: Language) -> None:
    # the same verb as the clause's own predicate is an act
    assert ("RUS", "SRB", "05") in roots(nlp, "Russia backed Serbia in the dispute over Kosovo.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the slot phrase may hang on a participle describing the object
        ("The European Union lifted sanctions imposed on Belarus.", ("EU", "BLR", "08")),
        # giving: the party of the purpose clause ("to help X")
        ("Canada donated medical supplies to help Kenya.", ("CAN", "KEN", "07")),
        # giving "X with Y": the object is the recipient
        ("Japan has provided Laos with 20 million dollars in economic assistance.", ("JPN", "LAO", "07")),
        # a required object in the particle's phrase leaves the direct object to be the target
        ("Prosecutors in Ankara charged the journalist Can Dundar with terrorism.", ("TUR", "TUR", "11")),
        # "PLACE-based" names the party's country
        ("Iran-based hackers launched cyber attacks against Israel.", ("IRN", "ISR", "17")),
    ],
)
def test_targets_and_sources_outside_the_slot(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = roots(nlp, text)
    assert expected in found, found


def test_hedged_nominal_act_is_not_coded(nlp: Language) -> None:
    # "a possible invasion" has not happened
    found = roots(nlp, "Analysts fear a possible Chinese invasion of Taiwan.")
    assert not any(r == "19" for _, _, r in found), found


def test_recognising_a_fact_is_no_recognition(nlp: Language) -> None:
    for text in ("Deputy trade minister Arvo Lindqvist recognised this fact last week.",
                 "Ministers recognised the importance of cutting the farm budget.",
                 # the owner of an acknowledged need or fact is no state recognised
                 "Chad recognised the need for talks with Libya.",
                 "The envoys recognized the value of Peru's mediation."):
        found = roots(nlp, text)
        assert not any(r == "05" for _, _, r in found), (text, found)
    assert ("GRC", "ALB", "05") in roots(nlp, "Greece recognized the new government in Tirana.")
