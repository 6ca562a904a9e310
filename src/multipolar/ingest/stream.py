"""The documents of some inputs under multipolar's reading rules, with one line per problem.

The rules (shared by ``code`` and ``ingest``):

- unreadable inputs are reported (``error: FILE[:LINE]: why``) and counted, never raised;
- repairs that still let a document be read are reported (``warning: ...``);
- a document longer than ``max_doc_chars`` is reported and not coded;
- a repeated id follows :mod:`multipolar.ingest.repeats` (skipped, or kept as a new version ``ID~N``);
- a document without a date (its own, ``--date``, or one in the file name) is **undated**: it is
  coded without tenure (see ``actors/data/README.md``) and counted.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from multipolar.ingest.readers import ReadError, ReadWarning, print_error, read_feeds, read_inputs
from multipolar.ingest.repeats import RepeatedIds
from multipolar.records import Document

#: Default ``--max-doc-chars``: generous (a long book); longer documents are reported, not coded.
DEFAULT_MAX_DOC_CHARS = 20_000_000


@dataclass
class ReadCounts:
    """What reading did, for the run's summary."""

    read: int = 0  # documents passed on for coding
    errors: int = 0  # inputs that gave no document (unreadable, malformed, too long)
    warnings: int = 0  # documents read after a repair
    too_long: int = 0  # documents over max_doc_chars (also counted in errors)
    repeats_skipped: int = 0  # repeated id, same text
    versions: int = 0  # repeated id, different text: kept as ID~N
    undated: int = 0  # documents without any date

    def notes(self) -> list[str]:
        """Summary fragments for the non-zero counts."""
        parts = []
        if self.undated:
            parts.append(f"{self.undated} undated (coded without tenure)")
        if self.repeats_skipped:
            parts.append(f"{self.repeats_skipped} repeated ids skipped")
        if self.versions:
            parts.append(f"{self.versions} repeated ids kept as new versions")
        if self.too_long:
            parts.append(f"{self.too_long} over --max-doc-chars not coded")
        if self.warnings:
            parts.append(f"{self.warnings} read with warnings")
        return parts


def too_long(document: Document, max_doc_chars: int) -> ReadError | None:
    """The error for a document over ``max_doc_chars`` (reported, not coded), or None."""
    if len(document.text) <= max_doc_chars:
        return None
    return ReadError(document.origin or document.id, (
        f"document {document.id!r} has {len(document.text):,} characters, over --max-doc-chars "
        f"{max_doc_chars:,}: not coded"))


def print_line(line: str) -> None:
    print(line, file=sys.stderr)


class DocumentStream:
    """Iterate the documents of some inputs under the rules above; ``counts`` says what happened.

    ``on_error`` receives each :class:`ReadError`; ``on_line`` each other line (warnings, repeats).
    """

    def __init__(
        self,
        paths: Iterable[str],
        default_date: str | None = None,
        on_error: Callable[[ReadError], None] | None = None,
        on_line: Callable[[str], None] | None = None,
        max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
        feeds: Iterable[str] = (),
    ) -> None:
        self.paths = list(paths)
        self.feeds = list(feeds)  # RSS/Atom feeds (URLs or files) given with --feed
        self.default_date = default_date
        self.on_error = on_error or print_error
        self.on_line = on_line or print_line
        self.max_doc_chars = max_doc_chars
        self.counts = ReadCounts()
        self.repeats = RepeatedIds()

    @property
    def read(self) -> int:
        return self.counts.read

    @property
    def errors(self) -> int:
        return self.counts.errors

    def _error(self, error: ReadError) -> None:
        self.counts.errors += 1
        self.on_error(error)

    def _accept(self, document: Document) -> Document | None:
        error = too_long(document, self.max_doc_chars)
        if error is not None:
            self.counts.too_long += 1
            self._error(error)
            return None
        repeat = self.repeats.check(document)
        if repeat is not None:
            self.on_line(f"warning: {repeat.message}")
            if repeat.document is None:
                self.counts.repeats_skipped += 1
                return None
            self.counts.versions += 1
            document = repeat.document
        if document.date is None:
            self.counts.undated += 1
        self.counts.read += 1
        return document

    def __iter__(self) -> Iterator[Document]:
        for item in itertools.chain(read_inputs(self.paths, self.default_date), read_feeds(self.feeds)):
            if isinstance(item, ReadError):
                self._error(item)
            elif isinstance(item, ReadWarning):
                self.counts.warnings += 1
                self.on_line(f"warning: {item}")
            else:
                document = self._accept(item)
                if document is not None:
                    yield document
