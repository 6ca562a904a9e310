"""The one rule for a document id seen again in the same run (``code`` and ``ingest`` alike).

- same id, same text as an earlier document of the run: a repeat, **skipped** (one line says so);
- same id, a different text: a **new version**, kept under the id ``ID~N`` (N = 2, 3, ... in input
  order), so neither text is lost and a re-run assigns the same ids (one line says so).

Against the store (``ingest`` only) an id already stored with another text is replaced by the new
text: see :mod:`multipolar.store.ingest`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from multipolar.records import Document


@dataclass(frozen=True)
class _Seen:
    digest: bytes | str
    origin: str
    doc_id: str


@dataclass(frozen=True)
class Repeat:
    """What the rule did with a repeated id: the document to use (None = skipped) and the line to print."""

    document: Document | None
    message: str


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).digest()


def _where(origin: str, earlier: str) -> str:
    """``line 6`` when both origins are lines of the same file, else the earlier origin in full."""
    file, _, line = earlier.rpartition(":")
    if file and line.isdigit() and origin.rpartition(":")[0] == file:
        return f"line {line}"
    return earlier or "an earlier document"


class RepeatedIds:
    """Applies the rule above to a stream of documents (memory: ~100 bytes per distinct id)."""

    def __init__(self) -> None:
        self._seen: dict[str, list[_Seen]] = {}
        self.skipped = 0
        self.versions = 0

    def check(self, document: Document) -> Repeat | None:
        """None for a first occurrence; else what to do with the repeat."""
        outcome = self.check_key(document.id, _digest(document.text), document.origin)
        if outcome is None:
            return None
        new_id, message = outcome
        return Repeat(None if new_id is None else replace(document, id=new_id), message)

    def check_key(self, doc_id: str, digest: bytes | str, origin: str | None) -> tuple[str | None, str] | None:
        """The rule on a document's id, text digest and origin (where only those travel, e.g. from a Dask
        worker): None for a first occurrence, else (the id to keep it under, or None = skipped; the line)."""
        earlier = self._seen.get(doc_id)
        origin = origin or ""
        if earlier is None:
            self._seen[doc_id] = [_Seen(digest, origin, doc_id)]
            return None
        where = origin or doc_id
        for seen in earlier:
            if seen.digest == digest:
                self.skipped += 1
                kept = "" if seen.doc_id == doc_id else f" (kept as '{seen.doc_id}')"
                return None, (f"{where}: id {doc_id!r} repeats {_where(where, seen.origin)}"
                              f"{kept} with the same text: skipped")
        number = len(earlier) + 1
        new_id = f"{doc_id}~{number}"
        while new_id in self._seen:
            number += 1
            new_id = f"{doc_id}~{number}"
        earlier.append(_Seen(digest, origin, new_id))
        self._seen[new_id] = [_Seen(digest, origin, new_id)]
        self.versions += 1
        first = earlier[0]
        return new_id, (f"{where}: id {doc_id!r} repeats {_where(where, first.origin)} with a different text: "
                        f"kept as a new version {new_id!r}")
