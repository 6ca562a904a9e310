"""Split inputs into batches that another process reads itself: JSON Lines byte ranges, lists of files,
feed URLs (fetched by the reader).

The planner (:func:`plan_slices`) only scans line ends; the texts are read where a slice is
read (:func:`read_slice`), e.g. on a Dask worker sharing the file system. Reading every slice of
a plan yields the documents :func:`multipolar.ingest.readers.read_inputs` yields, in the same
order, with the same ids, dates and origins (``file:line``).
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from multipolar.ingest.readers import (
    JSONL_SUFFIXES,
    ReadError,
    ReadWarning,
    _file_date,
    input_files,
    read_file,
    read_jsonl_lines,
    read_source,
    read_stdin,
)
from multipolar.records import Document


@dataclass(frozen=True)
class JsonlSlice:
    """Lines of a JSON Lines file: bytes ``[start, end)``, the first being line ``first_line``."""

    path: str
    start: int
    end: int
    first_line: int


@dataclass(frozen=True)
class FileList:
    """Whole text or HTML files, one document each."""

    paths: tuple[str, ...]


@dataclass(frozen=True)
class FeedUrl:
    """An RSS/Atom feed URL, fetched where the slice is read."""

    url: str


@dataclass(frozen=True)
class Shipped:
    """Documents read by the planner itself (standard input)."""

    documents: tuple[Document | ReadError | ReadWarning, ...]


Slice = JsonlSlice | FileList | FeedUrl | Shipped


def jsonl_slices(path: Path, lines_per_slice: int) -> Iterator[JsonlSlice | FileList | ReadError]:
    """Slices of ``lines_per_slice`` non-blank lines; the bytes are scanned, not decoded (each line is
    decoded where it is read, as :func:`read_file` does). A UTF-16 file is one slice, read whole."""
    try:
        with path.open("rb") as stream:
            head = stream.read(4)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                yield FileList((str(path),))
                return
            stream.seek(0)
            start = position = 0
            line = first = 1
            count = 0
            for raw in stream:
                position += len(raw)
                count += bool(raw.strip())
                line += 1
                if count >= lines_per_slice:
                    yield JsonlSlice(str(path), start, position, first)
                    start, first, count = position, line, 0
            if position > start and count:
                yield JsonlSlice(str(path), start, position, first)
            elif start == 0:
                yield ReadError(str(path), "empty file")
    except OSError as exc:
        yield ReadError(str(path), exc.strerror or str(exc))


def plan_slices(
    paths: Iterable[str], batch_size: int, default_date: str | None = None
) -> Iterator[Slice | ReadError]:
    """Batches of about ``batch_size`` documents covering ``paths``, in reading order."""
    size = max(1, batch_size)
    files: list[str] = []
    for item in input_files(paths):
        if (isinstance(item, ReadError | str) or item.suffix.lower() in JSONL_SUFFIXES) and files:
            yield FileList(tuple(files))
            files = []
        if isinstance(item, ReadError):
            yield item
        elif item == "-":
            stdin = list(read_stdin(default_date))
            for offset in range(0, len(stdin), size):
                yield Shipped(tuple(stdin[offset : offset + size]))
        elif isinstance(item, str):
            yield FeedUrl(item)
        elif item.suffix.lower() in JSONL_SUFFIXES:
            yield from jsonl_slices(item, size)
        else:
            files.append(str(item))
            if len(files) >= size:
                yield FileList(tuple(files))
                files = []
    if files:
        yield FileList(tuple(files))


def read_slice(piece: Slice, default_date: str | None = None) -> list[Document | ReadError | ReadWarning]:
    """The documents (and read errors and warnings) of one slice, under :func:`read_file`'s rules."""
    if isinstance(piece, Shipped):
        return list(piece.documents)
    if isinstance(piece, FeedUrl):
        return list(read_source(piece.url, default_date))
    if isinstance(piece, FileList):
        return [item for path in piece.paths for item in read_file(Path(path), default_date)]
    try:
        with open(piece.path, "rb") as stream:
            stream.seek(piece.start)
            data = stream.read(piece.end - piece.start)
    except OSError as exc:
        return [ReadError(piece.path, exc.strerror or str(exc))]
    if piece.start == 0 and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    lines = data.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    date = default_date or _file_date(Path(piece.path))
    return list(read_jsonl_lines(lines, piece.path, date, first_line=piece.first_line))
