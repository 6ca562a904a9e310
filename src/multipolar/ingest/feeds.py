"""Read RSS and Atom feeds (feedparser): each entry becomes a :class:`Document`.

An entry's id is its ``id`` (Atom id, RSS guid), else its link; its date the published (else
updated) time; its publisher the feed's title; its text the entry's content, else its summary (HTML
reduced to text), else its title. Ids are stable, so polling a feed again stores nothing new.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from multipolar.ingest.html import html_to_text
from multipolar.records import Document

#: Suffixes read as feeds when given as files.
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value: time.struct_time | None = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def _text(entry: Any) -> str:
    for part in [*(entry.get("content") or []), {"value": entry.get("summary") or ""}]:
        value = part.get("value") or ""
        if not value.strip():
            continue
        _title, text = html_to_text(value) if "<" in value else (None, value.strip())
        if text:
            return text
    return ""


def read_feed(source: str | bytes, origin: str) -> Iterator[Document | str]:
    """Documents of a feed (a URL, a file path or the feed's bytes); a string is an error message."""
    import feedparser

    parsed = feedparser.parse(source)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        yield f"no feed entries found ({problem})" if problem else "no feed entries found"
        return
    publisher = (parsed.get("feed") or {}).get("title") or None
    for number, entry in enumerate(entries, start=1):
        doc_id = entry.get("id") or entry.get("link")
        title = entry.get("title") or None
        text = _text(entry) or (title or "")
        if not doc_id:
            yield f"entry {number}: no id or link"
            continue
        if not text.strip():
            yield f"entry {number} ({doc_id}): no text"
            continue
        yield Document(id=str(doc_id), text=text, date=_date(entry), title=title, publisher=publisher,
                       url=entry.get("link") or None, origin=f"{origin}#{number}")


def looks_like_feed(data: bytes) -> bool:
    """An XML document whose root is an RSS, RDF or Atom feed."""
    head = data[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
