"""Turn paths (files, directories, ``-`` for stdin) into :class:`Document` records.

Problems never raise: each becomes a :class:`ReadError` naming the file (and line), so one bad
file does not stop the others.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from multipolar.ingest.dateline import dateline_date
from multipolar.ingest.decode import BinaryInput, clean_string, decode_bytes
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
_NAME_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-\d\d-\d\d(?!\d)")


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read: where, and why."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(frozen=True)
class ReadWarning:
    """Something repaired while reading (the document is still read): where, and what."""

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


def _string_field(record: dict[str, Any], name: str, warnings: list[str]) -> str | None:
    """A metadata field as text: strings and numbers are kept, anything else is dropped with a warning."""
    value = record.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        warnings.append(f"'{name}' is not a string: ignored")
        return None
    return str(value)


def _document_from_record(
    record: Any, origin: str, default_date: str | None
) -> Iterator[Document | ReadError | ReadWarning]:
    if not isinstance(record, dict):
        yield ReadError(origin, "expected a JSON object with 'id' and 'text'")
        return
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield ReadError(origin, "missing or empty 'text'")
        return
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int | float) or str(doc_id).strip() == "":
        yield ReadError(origin, "missing 'id'" if doc_id in (None, "") else "'id' must be a string or a number")
        return
    warnings: list[str] = []
    try:
        doc_date = normalise_date(record.get("date")) or default_date
    except (ValueError, OverflowError) as exc:  # the document is still read, as if it had no date
        warnings.append(f"{str(exc)[:200]}: ignored, the document is dated by the undated-document rule")
        doc_date = default_date
    fields = {name: _string_field(record, name, warnings) for name in ("title", "publisher", "source", "url")}
    document = Document(
        id=str(doc_id),
        text=text,
        date=doc_date,
        title=fields["title"],
        publisher=fields["publisher"] or fields["source"],
        url=fields["url"],
        origin=origin,
    )
    document, repaired = _repair(document)
    if repaired:
        warnings.append(f"{repaired} unpaired surrogate escapes replaced with U+FFFD")
    yield from (ReadWarning(origin, message) for message in warnings)
    yield document


def _repair(document: Document) -> tuple[Document, int]:
    """The document with unpaired surrogates replaced in every text field, and how many there were."""
    changes: dict[str, str] = {}
    total = 0
    for name in ("id", "text", "title", "publisher", "url"):
        value = getattr(document, name)
        if value:
            cleaned, count = clean_string(value)
            if count:
                changes[name], total = cleaned, total + count
    return (replace(document, **changes) if changes else document), total


def _parse_json_line(line: str, origin: str) -> Any:
    """The JSON value of one line, or a ReadError (malformed, too deep, numbers too long)."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadError(origin, f"malformed JSON ({exc.msg})")
    except RecursionError:
        return ReadError(origin, "malformed JSON (nested too deeply)")
    except ValueError as exc:  # e.g. integers longer than Python's 4300-digit limit
        return ReadError(origin, f"malformed JSON ({str(exc).splitlines()[0][:120]})")


def read_jsonl_lines(
    lines: Iterable[str | bytes], name: str, default_date: str | None, first_line: int = 1
) -> Iterator[Document | ReadError | ReadWarning]:
    """Documents from JSON Lines (text or raw byte lines, decoded one by one; the first of ``lines`` is
    line ``first_line``); a bad line is an error naming it."""
    for number, raw in enumerate(lines, start=first_line):
        origin = f"{name}:{number}"
        warning = None
        if isinstance(raw, bytes):
            try:
                decoded = decode_bytes(raw)
            except BinaryInput:
                yield ReadError(origin, "binary data (NUL bytes), not a JSON line")
                continue
            line, warning = decoded.text, decoded.warning
        else:
            line = raw
        if not line.strip():
            continue
        record = _parse_json_line(line, origin)
        if isinstance(record, ReadError):
            yield record  # one line per bad input: the decoding warning would only repeat it
            continue
        for item in _document_from_record(record, origin, default_date):
            if warning and isinstance(item, Document):
                yield ReadWarning(origin, warning)
            yield item


def _nonempty(items: Iterator[Document | ReadError | ReadWarning], origin: str) -> Iterator[
        Document | ReadError | ReadWarning]:
    """``items``, or one "empty file" error when there are none (blank lines only)."""
    empty = True
    for item in items:
        empty = False
        yield item
    if empty:
        yield ReadError(origin, "empty file")


def _file_date(path: Path) -> str | None:
    """A YYYY-MM-DD date in a file's name ("wire-2023-03-21.jsonl"), the file's own date."""
    for match in _NAME_DATE.finditer(path.name):
        try:
            return date.fromisoformat(match.group(0)).isoformat()
        except ValueError:
            continue
    return None


def read_file(path: Path, default_date: str | None = None) -> Iterator[Document | ReadError | ReadWarning]:
    """Documents in one file, by suffix: text, HTML or JSON Lines.

    A document's date is its own (a JSON Lines record's ``date`` field; a text or HTML document's
    dateline, "MOSCOW, March 21, 2023 - ..."), else ``default_date`` (``--date``), else a
    YYYY-MM-DD date in the file's name, else none (undated).
    """
    origin = str(path)
    default_date = default_date or _file_date(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(origin, exc.strerror or str(exc))
        return
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES or (suffix == "" and looks_like_feed(data)):
        yield from read_feed_source(data, origin)
        return
    if suffix in JSONL_SUFFIXES and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        yield from _nonempty(read_jsonl_lines(data.split(b"\n"), origin, default_date), origin)
        return
    try:
        decoded = decode_bytes(data)
    except BinaryInput as exc:
        yield ReadError(origin, str(exc))
        return
    text = decoded.text
    if decoded.warning:
        yield ReadWarning(origin, decoded.warning)
    if not text.strip():
        yield ReadError(origin, "empty file")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _nonempty(read_jsonl_lines(text.splitlines(), origin, default_date), origin)
    elif suffix in HTML_SUFFIXES:
        try:
            yield _html_document(path.name, text, origin, default_date)
        except Exception as exc:  # an extractor failing on broken markup must not stop the run
            yield ReadError(origin, f"cannot parse HTML ({type(exc).__name__}: {str(exc)[:120]})")
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


def read_feed_source(source: str | bytes, origin: str) -> Iterator[Document | ReadError | ReadWarning]:
    """The entries of an RSS/Atom feed (URL, file or bytes) as documents; problems as errors."""
    for item in read_feed(source, origin):
        yield ReadError(origin, item) if isinstance(item, str) else item


def read_feeds(sources: Iterable[str]) -> Iterator[Document | ReadError | ReadWarning]:
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


def read_stdin(default_date: str | None = None) -> Iterator[Document | ReadError | ReadWarning]:
    """Standard input: JSON Lines when it starts with '{', else one plain-text document."""
    try:
        text = sys.stdin.read()
    except (UnicodeDecodeError, OSError) as exc:
        yield ReadError("<stdin>", f"cannot read ({exc})"[:200])
        return
    if not text.strip():
        yield ReadError("<stdin>", "empty input")
    elif text.lstrip().startswith("{"):
        yield from read_jsonl_lines(text.splitlines(), "<stdin>", default_date)
    else:
        document, repaired = _repair(
            Document(id="stdin", text=text, date=dateline_date(text) or default_date, origin="<stdin>"))
        if repaired:
            yield ReadWarning("<stdin>", f"{repaired} undecodable characters replaced with U+FFFD")
        yield document


def _directory_files(path: Path) -> list[Path] | ReadError:
    try:
        return sorted(
            p for p in path.rglob("*")
            if p.suffix.lower() in DIRECTORY_SUFFIXES and not p.name.startswith(".") and p.is_file()
        )
    except OSError as exc:
        return ReadError(str(path), f"cannot list directory ({exc.strerror or exc})")


def input_files(paths: Iterable[str]) -> Iterator[Path | str | ReadError]:
    """The inputs named by ``paths``: files as given, directories recursively (known suffixes, sorted).

    Sources that are not files (``-`` for stdin, http(s) URLs of feeds) are passed through as strings.
    """
    for raw in paths:
        if raw == "-" or raw.startswith(URL_PREFIXES):
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            files = _directory_files(path)
            if isinstance(files, ReadError):
                yield files
            elif not files:
                yield ReadError(raw, "directory holds no .txt, .html, .jsonl, .rss or .atom files")
            else:
                yield from files
        elif path.exists():
            yield path
        else:
            yield ReadError(raw, "no such file or directory")


def read_source(source: str, default_date: str | None = None) -> Iterator[Document | ReadError | ReadWarning]:
    """A source that is not a file: ``-`` (stdin) or a feed URL."""
    if source == "-":
        yield from read_stdin(default_date)
    else:
        yield from read_feed_source(source, source)


def read_inputs(paths: Iterable[str], default_date: str | None = None) -> Iterator[Document | ReadError | ReadWarning]:
    """Documents from files, directories (recursively, known suffixes), feed URLs and ``-`` (stdin)."""
    for item in input_files(paths):
        if isinstance(item, ReadError):
            yield item
        elif isinstance(item, str):
            yield from read_source(item, default_date)
        else:
            yield from read_file(item, default_date)


def print_error(error: ReadError) -> None:
    """One line on stderr: ``error: FILE[:LINE]: message``."""
    print(f"error: {error}", file=sys.stderr)
