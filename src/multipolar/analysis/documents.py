"""The ``document`` query: a stored document with every event mention's trigger and actor spans."""

from __future__ import annotations

from typing import Any

from multipolar.analysis.common import DB, cameo_labels, connection
from multipolar.store.database import has_column

_DOCUMENT = ("SELECT doc_id, date, publisher, url, title, n_chars, num_events, origin, text, {coder} "
             "FROM documents WHERE doc_id = ?")
_MENTIONS = """
SELECT mention_index, event_id, sentence_index, sentence, sentence_start, trigger, char_start, char_end,
       source, source_text, target, target_text, cameo, plover, quad, goldstein, date, rule, confidence,
       negated, modality, counted
FROM mentions WHERE doc_id = ? ORDER BY mention_index
"""


def find_span(sentence: str, offset: int, text: str | None, near: int) -> list[int] | None:
    """Document offsets ``[start, end]`` of ``text`` in a sentence starting at ``offset``: the occurrence nearest
    to the document offset ``near`` (actor texts are stored without offsets). None when absent."""
    if not text or not sentence:
        return None
    starts, at = [], sentence.find(text)
    while at >= 0:
        starts.append(offset + at)
        at = sentence.find(text, at + 1)
    if not starts:
        return None
    start = min(starts, key=lambda s: abs(s - near))
    return [start, start + len(text)]


def _mention(row: tuple[Any, ...], labels: dict[str, str]) -> dict[str, Any]:
    (index, event_id, sentence_index, sentence, sentence_start, trigger, char_start, char_end, source,
     source_text, target, target_text, cameo, plover, quad, goldstein, date, rule, confidence, negated,
     modality, counted) = row
    offset = sentence_start or 0
    return {
        "mention_index": index, "event_id": event_id, "sentence_index": sentence_index, "sentence": sentence,
        "sentence_start": offset, "trigger": trigger, "trigger_span": [char_start, char_end],
        "source": source, "source_text": source_text,
        "source_span": find_span(sentence, offset, source_text, char_start),
        "target": target, "target_text": target_text,
        "target_span": find_span(sentence, offset, target_text, char_start),
        "cameo": cameo, "label": labels.get(cameo), "plover": plover, "quad": quad, "goldstein": goldstein,
        "date": date.isoformat() if date else None, "rule": rule, "confidence": confidence,
        "negated": negated, "modality": modality, "counted": counted,
    }


def document(db: DB, doc_id: str) -> dict[str, Any] | None:
    """The document's fields, ``text`` (None when not stored), ``coder`` (the stamp of the coder that
    coded it, None when unknown) and ``mentions``; None when unknown.

    Spans are ``[start, end]`` character offsets in the document text (``trigger_span`` as coded,
    ``source_span``/``target_span`` located in the sentence, None when not found).
    """
    with connection(db) as con:
        coder = "coder" if has_column(con, "documents", "coder") else "NULL AS coder"  # older schema, read-only
        rows = con.execute(_DOCUMENT.format(coder=coder), [doc_id]).fetchall()
        if not rows:
            return None
        mentions = con.execute(_MENTIONS, [doc_id]).fetchall()
    doc_id, date, publisher, url, title, n_chars, num_events, origin, text, coder = rows[0]
    labels = cameo_labels()
    return {
        "doc_id": doc_id, "date": date.isoformat() if date else None, "publisher": publisher, "url": url,
        "title": title, "n_chars": n_chars, "num_events": num_events, "origin": origin, "text": text,
        "coder": coder, "mentions": [_mention(row, labels) for row in mentions],
    }
