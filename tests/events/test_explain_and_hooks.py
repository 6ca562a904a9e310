"""``multipolar explain`` and the fallback hook of the coder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span
from typer.testing import CliRunner

from multipolar.events import fallbacks
from multipolar.events.events import EventSpec, build_event, participant
from multipolar.records import Event
from tests.events.conftest import code


def test_explain_command_shows_parse_actors_candidates_and_events(nlp: Language) -> None:
    from multipolar.cli import app

    result = CliRunner().invoke(app, ["explain", "Turkey did not attack Syria but condemned Iran.",
                                      "--date", "2023-06-01"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "parse:" in out and "attack/VERB" in out
    assert "'Turkey' TUR" in out
    assert "verb:attack>dobj=190 -> negated" in out
    assert "verb:condemn>dobj=111 -> coded (1 event)" in out
    assert "TUR/GOV -> IRN/GOV 111" in out


def test_explain_rejects_bad_date() -> None:
    from multipolar.cli import app

    result = CliRunner().invoke(app, ["explain", "Turkey attacked Syria.", "--date", "June"])
    assert result.exit_code != 0


@pytest.fixture()
def fallback() -> Iterator[list[int]]:
    calls: list[int] = []
    saved = fallbacks.registered_fallbacks()
    fallbacks.clear_fallbacks()

    def fake(doc: Doc, sent: Span, index: int) -> list[Event]:
        calls.append(index)
        actors = [m for m in doc._.actors if sent.start <= m.start < sent.end]
        spec = EventSpec(participant(actors[0]), None, "010", "fallback:test")
        return [build_event(doc, sent, index, sent.root, spec)]

    fallbacks.register_fallback(fake)
    yield calls
    fallbacks.clear_fallbacks()
    for f in saved:
        fallbacks.register_fallback(f)


def test_fallback_runs_only_where_the_lexicon_coded_nothing(nlp: Language, fallback: list[int]) -> None:
    events = code(nlp, "Turkey attacked Syria. Peru is a country in South America.")
    assert [(e.source, e.root, e.sentence_index) for e in events] == [("TUR", "19", 0), ("PER", "01", 1)]
    assert fallback == [1]
