"""A small response cache for read-mostly stores, invalidated by any change to the database files.

Each entry is keyed by the request and the database's state: the size and modification time of the
DuckDB file and of its write-ahead log. A commit by ``multipolar ingest`` (or POST /api/documents)
changes them, so no answer outlives the data it was computed from.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def store_state(path: Path) -> tuple[int, ...]:
    """Size and modification time (ns) of the database file and of its WAL (0s when absent)."""
    state: list[int] = []
    for file in (path, path.with_name(path.name + ".wal")):
        try:
            stat = os.stat(file)
            state += [stat.st_size, stat.st_mtime_ns]
        except OSError:
            state += [0, 0]
    return tuple(state)


class ResponseCache:
    """Least-recently-used answers, ``size`` at most; thread-safe; ``size=0`` turns it off."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, db: Path, compute: Callable[[], T]) -> T:
        """The cached answer for ``key`` at the database's current state, else ``compute()`` (kept)."""
        if self.size <= 0:
            return compute()
        full = (key, store_state(db))
        with self._lock:
            if full in self._entries:
                self._entries.move_to_end(full)
                self.hits += 1
                return self._entries[full]
            self.misses += 1
        value = compute()
        with self._lock:
            self._entries[full] = value
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value
