"""The one way the web layer opens the store: read-only, per request, waiting while a writer holds it.

DuckDB lets a single process hold a read-write connection and then refuses every other process,
so the server never keeps a connection across requests: ``multipolar ingest`` into the same file
can run between them, and its committed events show in the next request.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from multipolar.store.database import StoreError, open_db


class DatabaseBusy(StoreError):
    """The database stayed locked by a writer for longer than the server waits."""


#: Words of DuckDB's error when another process holds the file (or this one with other settings).
_LOCK_WORDS = ("lock", "different configuration", "already open")


def _is_lock_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(word in text for word in _LOCK_WORDS)


def open_store(
    path: str | Path, read_only: bool = True, wait: float = 10.0, pause: float = 0.05
) -> duckdb.DuckDBPyConnection:
    """A connection to ``path``, retrying for up to ``wait`` seconds while another connection blocks it
    (a writer in another process, or, for a writer, readers of this process).

    Raises :class:`DatabaseBusy` when the writer keeps it longer, :class:`StoreError` otherwise.
    (Once ``open_db(path, read_only=..., wait=...)`` exists in the store, this becomes that call.)
    """
    deadline = time.monotonic() + max(0.0, wait)
    while True:
        try:
            return open_db(path, read_only=read_only)
        except StoreError as exc:
            if not _is_lock_error(exc):
                raise
            if time.monotonic() >= deadline:
                raise DatabaseBusy(
                    f"the database {path} is being written by another process (an ingest?); "
                    f"waited {wait:g} s, try again shortly"
                ) from None
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


@contextmanager
def reading(path: str | Path, wait: float = 10.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for the span of one request, closed afterwards."""
    con = open_store(path, read_only=True, wait=wait)
    try:
        yield con
    finally:
        con.close()
