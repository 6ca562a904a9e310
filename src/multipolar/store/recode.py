"""Code stored documents again with the current coder (the engine of ``multipolar recode``).

Documents keep their text in the store, so the original files are not needed. The documents whose
coder stamp (``documents.coder``, :mod:`multipolar.coder_stamp`) is not the current coder's —
coded by an older coder, or by an unknown one before stamps were stored — are read back from the
store a batch at a time, coded, and written by :func:`multipolar.store.ingest.ingest` with the
same rules as ``multipolar ingest``: one transaction per batch, the connector opened per batch (so
queries and ingests get in between), a batch that cannot be stored is rolled back, reported on one
line and left as it was. A recoded document replaces only its own coding: if an ingest replaced
its text meanwhile, the newer text stays (``recode_only``). A run that is stopped loses at most the
batch being written; running it again recodes what is left.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

import duckdb

from multipolar.coder_stamp import coder_stamp
from multipolar.records import Document
from multipolar.store.ingest import Coder, Connector, IngestStats, Report, connector, ingest

_STORED = "SELECT doc_id, text, date, title, publisher, url, origin FROM documents WHERE doc_id IN ?"


def stale_document_ids(con: duckdb.DuckDBPyConnection, stamp: str) -> list[str]:
    """Ids of the stored documents not coded by the coder ``stamp`` (other or unknown coder), in id order."""
    rows = con.execute("SELECT doc_id FROM documents WHERE coder IS DISTINCT FROM ? ORDER BY doc_id",
                       [stamp]).fetchall()
    return [str(row[0]) for row in rows]


def stored_documents(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> list[Document | str]:
    """The stored documents ``doc_ids`` as records, in the order given; an id without a stored text
    becomes a one-line problem instead (ids no longer stored are left out)."""
    if not doc_ids:
        return []
    found = {row[0]: row for row in con.execute(_STORED, [list(doc_ids)]).fetchall()}
    out: list[Document | str] = []
    for doc_id in doc_ids:
        if doc_id not in found:
            continue
        _, text, day, title, publisher, url, origin = found[doc_id]
        if text is None:
            out.append(f"{doc_id}: no stored text: cannot be recoded (ingest its file again)")
            continue
        out.append(Document(id=doc_id, text=text, date=day.isoformat() if day else None, title=title,
                            publisher=publisher, url=url, origin=origin or ""))
    return out


def _stale_documents(connect: Connector, doc_ids: list[str], chunk: int) -> Iterator[Document | str]:
    """The documents ``doc_ids`` read back ``chunk`` at a time, each chunk on its own connection."""
    ids = iter(doc_ids)
    while part := list(itertools.islice(ids, chunk)):
        with connect() as con:
            documents = stored_documents(con, part)
        yield from documents


def recode(
    con: duckdb.DuckDBPyConnection | Connector,
    coder: Coder,
    batch_size: int = 500,
    report: Report = print,
    progress: Callable[[IngestStats], None] | None = None,
    stamp: str | None = None,
) -> IngestStats:
    """Code again every stored document not coded by the coder ``stamp`` (default: this process's).

    Counts: ``read`` the documents due, ``recoded`` those rewritten, ``unchanged`` those found
    current or changed meanwhile, ``read_errors`` those without a stored text.
    """
    connect = connector(con)
    stamp = stamp or coder_stamp()
    with connect() as connection:
        due = stale_document_ids(connection, stamp)
    return ingest(connect, _stale_documents(connect, due, max(1, batch_size)), coder, batch_size=batch_size,
                  report=report, progress=progress, stamp=stamp, recode_only=True)
