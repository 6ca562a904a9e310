"""Comments aimed at no one (events/addressless.py): a plain statement, an admission of a reported fact
and cooperation with neither a target country nor a target sector are no event; a claim of
responsibility, a statement about a party and an admission with a party stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.events.addressless import addressless_comments
from multipolar.records import Event
from tests.events.conftest import code, roots


@pytest.mark.parametrize(
    "text",
    [
        # a fact admitted, no act owned and no party it is about
        "Finnish officials admitted that the harvest would fall short this winter.",
        "The Chilean minister acknowledged that copper output had slipped in March.",
    ],
)
def test_an_admission_of_a_fact_with_no_party_is_no_event(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "015"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim of responsibility stands alone
        ("A rebel group in Chad claimed responsibility for the blast.", "015"),
    ],
)
def test_claims_and_addressed_comments_stay(nlp: Language, text: str, expected: str) -> None:
    assert any(e.cameo == expected or e.root == expected for e in code(nlp, text))


def _event(cameo: str, rule: str, target: str | None, sector: str | None) -> Event:
    return Event(doc_id="d", sentence_index=0, sentence="s", sentence_start=0, trigger="t", char_start=0,
                 char_end=1, source="CHL", source_sector="GOV", source_text="Chile", target=target,
                 target_sector=sector, target_text=None, cameo=cameo, root=cameo[:2], plover=None,
                 plover_mode=None, quad=1, penta=0, goldstein=0.0, date=None, rule=rule)


def test_the_filter_keeps_targeted_and_sectored_events() -> None:
    kept = addressless_comments([
        _event("010", "verb:comment>on=010", None, None),  # dropped
        _event("060", "verb:coordinate>with=060", None, None),  # dropped
        _event("015", "verb:admit>ccomp=015", None, None),  # dropped
        _event("015", "verb:claim+responsibility>for=015", None, None),  # a claim: kept
        _event("015", "verb:attack>dobj=190~claim:claim=015", None, None),  # recoded claim: kept
        _event("010", "verb:comment>on=010", "PER", "GOV"),  # a party: kept
        _event("010", "verb:comment>on=010", None, "CVL"),  # a sector: kept
    ])
    assert [(e.cameo, e.rule, e.target, e.target_sector) for e in kept] == [
        ("015", "verb:claim+responsibility>for=015", None, None),
        ("015", "verb:attack>dobj=190~claim:claim=015", None, None),
        ("010", "verb:comment>on=010", "PER", "GOV"),
        ("010", "verb:comment>on=010", None, "CVL"),
    ]


def test_a_comment_at_a_party_is_coded(nlp: Language) -> None:
    assert ("CHL", "PER", "11") in roots(nlp, "Chile criticized Peru on Monday.")
