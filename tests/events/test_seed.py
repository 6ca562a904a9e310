"""Acceptance: coding the seed article (read at run time from ../shared; skipped when absent)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.nlp.pipeline import make_doc
from multipolar.records import Document, Event
from tests.conftest import shared_file

SEED = "seed/000_f2308b668f01e3ab.txt"


@pytest.fixture(scope="module")
def seed(nlp: Language) -> tuple[str, list[Event]]:
    text = shared_file(SEED).read_text(encoding="utf-8")
    doc = nlp(make_doc(nlp, Document(id="seed", text=text, date="2024-05-16")))
    return text, list(doc._.events)


def _has(events: list[Event], source: str, target: str, roots: set[str]) -> bool:
    return any(e.source == source and e.target == target and e.root in roots for e in events)


def test_visit(seed: tuple[str, list[Event]]) -> None:
    assert _has(seed[1], "RUS", "CHN", {"04"})


def test_diplomatic_support(seed: tuple[str, list[Event]]) -> None:
    assert _has(seed[1], "CHN", "RUS", {"05"})


def test_invasion(seed: tuple[str, list[Event]]) -> None:
    assert _has(seed[1], "RUS", "UKR", {"18", "19", "20"})


def test_condemnation_of_western_sanctions(seed: tuple[str, list[Event]]) -> None:
    assert _has(seed[1], "CHN", "WST", {"11"})


def test_material_cooperation(seed: tuple[str, list[Event]]) -> None:
    events = seed[1]
    material = {"06", "07", "08"}
    assert _has(events, "RUS", "CHN", material) and _has(events, "CHN", "RUS", material)
    triggers = {e.trigger.lower() for e in events if e.root in material}
    assert {"exercises", "shared"} <= triggers  # joint military exercises, shared military technology
    assert triggers & {"customer", "exports", "supplies"}  # the energy trade


def test_rejection_of_the_peace_plan(seed: tuple[str, list[Event]]) -> None:
    assert _has(seed[1], "UKR", "CHN", {"12"})
    assert _has(seed[1], "WST", "CHN", {"12"})


def test_negated_acts_are_not_events(seed: tuple[str, list[Event]]) -> None:
    text, events = seed
    for e in events:
        trigger_context = text[max(0, e.char_start - 40):e.char_end]
        assert not (e.source == "CHN" and e.target == "RUS" and e.root == "07"), e
        assert "provided" not in trigger_context or e.root != "07"
        assert e.trigger.lower() != "condemning", e
        assert not (e.source == "CHN" and e.target == "RUS" and e.root == "11"), e


def test_every_event_carries_its_evidence(seed: tuple[str, list[Event]]) -> None:
    text, events = seed
    assert events
    for e in events:
        assert text[e.sentence_start:e.sentence_start + len(e.sentence)] == e.sentence
        assert text[e.char_start:e.char_end] == e.trigger
        assert e.sentence_start <= e.char_start < e.char_end <= e.sentence_start + len(e.sentence)
        assert e.rule and e.cameo.startswith(e.root)
