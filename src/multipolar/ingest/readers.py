"""Turn paths (files, directories, ``-`` for stdin) into :class:`Document` records.

Problems never raise: each becomes a :class:`ReadError` naming the file (and line), so one bad
file does not stop the others.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from multipolar.ingest.dateline import dateline_date
from multipolar.ingest.feeds import FEED_SUFFIXES, looks_like_feed, read_feed
from multipolar.ingest.html import extract_article
from multipolar.records import Document

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
# in directories, files without a suffix are skipped, and .xml files (only .rss and .atom are feeds there)
DIRECTORY_SUFFIXES = KNOWN_SUFFIXES - {"", ".xml"}
URL_PREFIXES = ("http://", "https://")


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read: where, and why."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def normalise_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date, datetime or ISO-like string; ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    for fmt in ("%Y%m%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date {text!r} (expected YYYY-MM-DD)")


def _decode(data: bytes, origin: str) -> str | ReadError:
    if b"\x00" in data[:8192]:
        return ReadError(origin, "looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadError(origin, f"not valid UTF-8 (byte {exc.start})")
    if not text.strip():
        return ReadError(origin, "empty file")
    return text


def _document_from_record(record: Any, origin: str, default_date: str | None) -> Document | ReadError:
    if not isinstance(record, dict):
        return ReadError(origin, "expected a JSON object with 'id' and 'text'")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadError(origin, "missing or empty 'text'")
    doc_id = record.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        return ReadError(origin, "missing 'id'")
    try:
        doc_date = normalise_date(record.get("date")) or default_date
    except ValueError as exc:
        return ReadError(origin, str(exc))
    publisher = record.get("publisher") or record.get("source")
    return Document(
        id=str(doc_id),
        text=text,
        date=doc_date,
        title=record.get("title") or None,
        publisher=str(publisher) if publisher else None,
        url=record.get("url") or None,
        origin=origin,
    )


def read_jsonl_lines(lines: Iterable[str], name: str, default_date: str | None) -> Iterator[Document | ReadError]:
    """Documents from JSON Lines text; a malformed line is an error naming the line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(origin, f"malformed JSON ({exc.msg})")
            continue
        yield _document_from_record(record, origin, default_date)


def read_file(path: Path, default_date: str | None = None) -> Iterator[Document | ReadError]:
    """Documents in one file, by suffix: text, HTML, JSON Lines or an RSS/Atom feed (.rss, .atom, .xml, or
    a suffix-less file that holds a feed).

    A text or HTML document's date is its dateline's ("MOSCOW, March 21, 2023 - ..."), if any, else
    ``default_date``; a JSON Lines record's is its ``date`` field, else ``default_date``.
    """
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(origin, exc.strerror or str(exc))
        return
    text = _decode(data, origin)
    if isinstance(text, ReadError):
        yield text
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_lines(text.splitlines(), origin, default_date)
    elif suffix in HTML_SUFFIXES:
        yield _html_document(path.name, text, origin, default_date)
    elif suffix in FEED_SUFFIXES or (suffix == "" and looks_like_feed(data)):
        yield from read_feed_source(data, origin)
    else:
        yield Document(id=path.name, text=text, date=dateline_date(text) or default_date, origin=origin)


def _html_document(name: str, markup: str, origin: str, default_date: str | None) -> Document | ReadError:
    """A saved web page's article (trafilatura, else the standard-library extractor)."""
    article = extract_article(markup)
    if not article.text:
        return ReadError(origin, "no text found in HTML")
    try:
        page_date = normalise_date(article.date)
    except ValueError:
        page_date = None
    return Document(id=name, text=article.text, date=page_date or dateline_date(article.text) or default_date,
                    title=article.title, publisher=article.publisher, url=article.url, origin=origin)


def read_feed_source(source: str | bytes, origin: str) -> Iterator[Document | ReadError]:
    """The entries of an RSS/Atom feed (URL, file or bytes) as documents; problems as errors."""
    for item in read_feed(source, origin):
        yield ReadError(origin, item) if isinstance(item, str) else item


def read_feeds(sources: Iterable[str]) -> Iterator[Document | ReadError]:
    """Documents of feeds given as URLs or files (``--feed``)."""
    for source in sources:
        if source.startswith(URL_PREFIXES):
            yield from read_feed_source(source, source)
            continue
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield ReadError(source, exc.strerror or str(exc))
            continue
        yield from read_feed_source(data, source)


def read_stdin(default_date: str | None = None) -> Iterator[Document | ReadError]:
    """Standard input: JSON Lines when it starts with '{', else one plain-text document."""
    text = sys.stdin.read()
    if not text.strip():
        yield ReadError("<stdin>", "empty input")
    elif text.lstrip().startswith("{"):
        yield from read_jsonl_lines(text.splitlines(), "<stdin>", default_date)
    else:
        yield Document(id="stdin", text=text, date=dateline_date(text) or default_date, origin="<stdin>")


def read_inputs(paths: Iterable[str], default_date: str | None = None) -> Iterator[Document | ReadError]:
    """Documents from files, directories (recursively, known suffixes) and ``-`` (stdin)."""
    for raw in paths:
        if raw == "-":
            yield from read_stdin(default_date)
            continue
        if raw.startswith(URL_PREFIXES):
            yield from read_feed_source(raw, raw)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in DIRECTORY_SUFFIXES and not p.name.startswith(".")
            )
            if not files:
                yield ReadError(raw, "directory holds no .txt, .html, .jsonl, .rss or .atom files")
            for file in files:
                yield from read_file(file, default_date)
        elif path.exists():
            yield from read_file(path, default_date)
        else:
            yield ReadError(raw, "no such file or directory")


class DocumentStream:
    """Iterate the documents of some inputs, reporting each :class:`ReadError` through ``on_error``.

    After iteration, ``read`` and ``errors`` count what was read and what failed.
    """

    def __init__(
        self,
        paths: Iterable[str],
        default_date: str | None = None,
        on_error: Callable[[ReadError], None] | None = None,
        feeds: Iterable[str] = (),
    ) -> None:
        self.paths = list(paths)
        self.feeds = list(feeds)
        self.default_date = default_date
        self.on_error = on_error or print_error
        self.read = 0
        self.errors = 0

    def __iter__(self) -> Iterator[Document]:
        for item in itertools.chain(read_inputs(self.paths, self.default_date), read_feeds(self.feeds)):
            if isinstance(item, ReadError):
                self.errors += 1
                self.on_error(item)
            else:
                self.read += 1
                yield item


def print_error(error: ReadError) -> None:
    """One line on stderr: ``error: FILE[:LINE]: message``."""
    print(f"error: {error}", file=sys.stderr)
