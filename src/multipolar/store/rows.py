"""Turn coded documents into Arrow tables shaped like the ``documents`` and ``mentions`` tables."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable

import pyarrow as pa

from multipolar.records import Document, Event, Location, Modality

#: Modalities that do not count toward events (the mention is kept as evidence all the same).
UNCOUNTED_MODALITIES = frozenset({Modality.NEGATED, Modality.HYPOTHETICAL, Modality.QUESTION,
                                  Modality.BACKGROUND})

DOCUMENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("date", pa.date32()),
        ("publisher", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("text_hash", pa.string()),
        ("n_chars", pa.int32()),
        ("num_events", pa.int32()),
        ("origin", pa.string()),
        ("text", pa.string()),
        ("coder", pa.string()),
    ]
)

#: The three location blocks of a mention or event (GDELT's ActionGeo, Actor1Geo, Actor2Geo).
GEO_BLOCKS: tuple[str, ...] = ("action_geo", "source_geo", "target_geo")
#: Columns of one block: suffix -> Arrow type (fields of :class:`multipolar.records.Location`).
GEO_FIELDS: dict[str, pa.DataType] = {
    "type": pa.string(), "name": pa.string(), "full_name": pa.string(), "country": pa.string(),
    "adm1": pa.string(), "lat": pa.float64(), "lon": pa.float64(), "feature_id": pa.string(),
}
GEO_COLUMNS: tuple[str, ...] = tuple(f"{block}_{name}" for block in GEO_BLOCKS for name in GEO_FIELDS)

MENTION_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("mention_index", pa.int32()),
        ("event_id", pa.int64()),
        ("sentence_index", pa.int32()),
        ("sentence", pa.string()),
        ("sentence_start", pa.int32()),
        ("trigger", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("source", pa.string()),
        ("source_sector", pa.string()),
        ("source_text", pa.string()),
        ("target", pa.string()),
        ("target_sector", pa.string()),
        ("target_text", pa.string()),
        ("cameo", pa.string()),
        ("root", pa.string()),
        ("plover", pa.string()),
        ("plover_mode", pa.string()),
        ("quad", pa.int8()),
        ("penta", pa.int8()),
        ("goldstein", pa.float64()),
        ("date", pa.date32()),
        ("rule", pa.string()),
        ("confidence", pa.float64()),
        ("negated", pa.bool_()),
        ("modality", pa.string()),
        ("publisher", pa.string()),
        ("url", pa.string()),
        ("extra", pa.string()),
        ("counted", pa.bool_()),
        ("tone", pa.float64()),
        *((f"{block}_{name}", kind) for block in GEO_BLOCKS for name, kind in GEO_FIELDS.items()),
    ]
)


def text_hash(text: str) -> str:
    """Content hash that decides whether a re-ingested document changed."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def parse_day(value: str | None) -> dt.date | None:
    """The calendar day of an ISO date or datetime string; None when absent or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def event_id(day: dt.date | None, source: str | None, target: str | None, cameo: str) -> int:
    """Stable positive 63-bit id of an event key (day, source, target, CAMEO code)."""
    key = f"{day.isoformat() if day else ''}|{source or ''}|{target or ''}|{cameo}"
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & 0x7FFF_FFFF_FFFF_FFFF


def is_counted(event: Event) -> bool:
    """Factual mentions count toward events; negated, hypothetical and questions do not."""
    return not event.negated and (event.modality or "") not in UNCOUNTED_MODALITIES


def documents_table(documents: Iterable[tuple[Document, int]], coder: str | None = None) -> pa.Table:
    """``documents`` rows from (document, number of coded events) pairs, coded by the coder stamped ``coder``."""
    rows = [
        {
            "doc_id": doc.id,
            "date": parse_day(doc.date),
            "publisher": doc.publisher,
            "url": doc.url,
            "title": doc.title,
            "text_hash": text_hash(doc.text),
            "n_chars": len(doc.text),
            "num_events": n_events,
            "origin": doc.origin or None,
            "text": doc.text,
            "coder": coder,
        }
        for doc, n_events in documents
    ]
    return pa.Table.from_pylist(rows, schema=DOCUMENT_SCHEMA)


def geo_values(block: str, location: Location | None) -> dict[str, object]:
    """The columns of one location block (all None when there is no location)."""
    if location is None:
        return {f"{block}_{name}": None for name in GEO_FIELDS}
    return {f"{block}_{name}": (str(location.type) if name == "type" else getattr(location, name))
            for name in GEO_FIELDS}


def mention_rows(document: Document, events: list[Event]) -> list[dict[str, object]]:
    """``mentions`` rows of one document; the event's date falls back to the document's."""
    doc_day = parse_day(document.date)
    rows: list[dict[str, object]] = []
    for index, event in enumerate(events):
        day = parse_day(event.date) or doc_day
        row: dict[str, object] = {
            name: getattr(event, name)
            for name in MENTION_SCHEMA.names
            if name not in {"mention_index", "event_id", "date", "extra", "counted", *GEO_COLUMNS}
        }
        row.update(
            doc_id=document.id,
            mention_index=index,
            event_id=event_id(day, event.source, event.target, event.cameo),
            date=day,
            publisher=event.publisher or document.publisher,
            url=event.url or document.url,
            extra=json.dumps(dict(event.extra), ensure_ascii=False) if event.extra else None,
            counted=is_counted(event),
        )
        for block in GEO_BLOCKS:
            row.update(geo_values(block, getattr(event, block)))
        rows.append(row)
    return rows


def mentions_table(coded: Iterable[tuple[Document, list[Event]]]) -> pa.Table:
    """``mentions`` rows of several coded documents."""
    rows = [row for document, events in coded for row in mention_rows(document, events)]
    return pa.Table.from_pylist(rows, schema=MENTION_SCHEMA)
