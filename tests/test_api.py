"""The Python API: code_text and code_documents (one process and several)."""

from __future__ import annotations

import pytest

import multipolar
from multipolar.nlp.pipeline import PipelineConfig
from multipolar.records import Document

DOCS = [
    Document(id="a", text="Japan and India signed a defence pact in Tokyo.", date="2024-01-05"),
    Document(id="b", text="Iran condemned the sanctions imposed by the European Union.", date="2024-02-01"),
    Document(id="c", text="The weather was fine.", date="2024-03-01"),
]


def test_code_text_returns_typed_events_with_evidence() -> None:
    text = "Kenya recalled its ambassador from Uganda."
    events = multipolar.code_text(text, date="2023-05-01")
    assert events and all(isinstance(e, multipolar.Event) for e in events)
    event = events[0]
    assert (event.source, event.target) == ("KEN", "UGA")
    assert text[event.char_start : event.char_end] == event.trigger
    assert event.sentence == text and event.date == "2023-05-01"


def test_code_documents_keeps_input_order() -> None:
    results = list(multipolar.code_documents(DOCS, PipelineConfig(n_process=1)))
    assert [d.id for d, _ in results] == ["a", "b", "c"]
    assert results[2][1] == []
    assert all(e.doc_id == d.id for d, events in results for e in events)


@pytest.mark.slow
def test_several_processes_give_the_same_events_as_one() -> None:
    docs = DOCS * 4  # batch_size=1 sends chunks of 4 documents: three chunks over two workers
    one = [(d.id, events) for d, events in multipolar.code_documents(docs, PipelineConfig(n_process=1))]
    two = [(d.id, events) for d, events in multipolar.code_documents(docs, PipelineConfig(n_process=2, batch_size=1))]
    assert one == two and len(two) == 12
