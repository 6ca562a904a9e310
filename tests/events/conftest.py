"""Helpers for the event-coder tests (the pipelines are built once per session)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from multipolar.nlp.pipeline import PipelineConfig, make_doc
from multipolar.records import Document, Event

DATE = "2023-06-01"


@pytest.fixture(scope="session")
def nlp_negated() -> Language:
    """The pipeline with ``include_negated=True``."""
    from multipolar.api import get_pipeline

    return get_pipeline(PipelineConfig(include_negated=True))


def code(nlp: Language, text: str, date: str = DATE) -> list[Event]:
    doc = nlp(make_doc(nlp, Document(id="t", text=text, date=date)))
    return list(doc._.events)


def dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source, target, cameo) of every event coded from ``text``."""
    return {(e.source, e.target, e.cameo) for e in code(nlp, text)}


def aimed_by(nlp: Language, text: str, rule: str) -> set[tuple[str | None, str | None, str]]:
    """(source, target, cameo) of the events whose target the step marking its rule with ``rule`` gave."""
    return {(e.source, e.target, e.cameo) for e in code(nlp, text) if e.rule.endswith(rule)}


def roots(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source, target, root) of every event coded from ``text``."""
    return {(e.source, e.target, e.root) for e in code(nlp, text)}


def sided(nlp: Language, text: str) -> set[tuple[str | None, str | None, str | None, str]]:
    """(source, source sector, target, root) of every event coded from ``text``."""
    return {(e.source, e.source_sector, e.target, e.root) for e in code(nlp, text)}
