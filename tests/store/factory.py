"""Synthetic Event records for store and analysis tests (no pipeline needed)."""

from __future__ import annotations

from multipolar.events.ontology import lookup
from multipolar.records import Document, Event


def make_event(
    doc_id: str,
    source: str | None,
    target: str | None,
    cameo: str,
    date: str | None = "2024-05-16",
    sentence_index: int = 0,
    sentence: str | None = None,
    publisher: str | None = None,
    confidence: float = 0.9,
    negated: bool = False,
    modality: str | None = None,
) -> Event:
    """An event whose Goldstein, quad, penta and PLOVER come from the ontology."""
    entry = lookup(cameo)
    text = sentence or f"{source} and {target} did {entry.label.lower()} (sentence {sentence_index})."
    return Event(
        doc_id=doc_id, sentence_index=sentence_index, sentence=text, sentence_start=0, trigger="did",
        char_start=0, char_end=3, source=source, source_sector=None, source_text=source,
        target=target, target_sector=None, target_text=target, cameo=cameo, root=cameo[:2],
        plover=entry.plover, plover_mode=entry.plover_mode, quad=entry.quad, penta=entry.penta,
        goldstein=entry.goldstein, date=date, rule="test", confidence=confidence, negated=negated,
        modality=modality, publisher=publisher,
    )


def make_doc(doc_id: str, text: str = "", publisher: str | None = "Wire", date: str | None = "2024-05-16") -> Document:
    return Document(id=doc_id, text=text or f"text of {doc_id}", date=date, publisher=publisher,
                    url=f"https://example.org/{doc_id}", title=f"title {doc_id}", origin=f"feed.jsonl:{doc_id}")
