"""Coding for the API: POST /api/code (no storing) and POST /api/documents (read → code → store).

The pipeline is built on the first request and shared; one lock serialises its use (a spaCy
pipeline is not meant to run in several threads at once).
"""

from __future__ import annotations

import threading
from typing import Any

from fastapi import HTTPException

from multipolar.web.settings import ServeSettings

_PIPELINE_LOCK = threading.Lock()
_WRITE_LOCK = threading.Lock()


def code(text: str, date: str | None, explain: bool, include_negated: bool) -> dict[str, Any]:
    """The events of ``text`` (and the ``explain`` lines), nothing stored."""
    from multipolar.analysis.common import cameo_labels
    from multipolar.api import get_pipeline
    from multipolar.events.explain import explain_doc
    from multipolar.ingest.readers import normalise_date
    from multipolar.nlp.pipeline import PipelineConfig, make_doc
    from multipolar.records import Document

    try:
        day = normalise_date(date)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from None
    with _PIPELINE_LOCK:
        nlp = get_pipeline(PipelineConfig(include_negated=include_negated))
        doc = nlp(make_doc(nlp, Document(id="request", text=text, date=day)))
        events = list(doc._.events or [])
        lines = explain_doc(doc) if explain else None
    labels = cameo_labels()
    return {
        "events": [{**event.to_dict(), "label": labels.get(event.cameo)} for event in events],
        "explain": lines,
    }


def store_jsonl(config: ServeSettings, text: str) -> dict[str, Any]:
    """Code and store the documents of a JSON Lines text into the server's database."""
    from multipolar.web.database import open_store
    from multipolar.workflow.ingest import document_coder, ingest_jsonl

    errors: list[str] = []
    with _WRITE_LOCK:
        con = open_store(config.db, read_only=False, wait=config.db_wait_s)
        try:
            with _PIPELINE_LOCK:
                stats = ingest_jsonl(con, text, document_coder(1), report=errors.append)
        finally:
            con.close()
    return {"read": stats.read, "stored": stats.stored, "replaced": stats.replaced,
            "unchanged": stats.unchanged + stats.skipped, "mentions": stats.mentions, "errors": errors,
            "summary": stats.summary()}
