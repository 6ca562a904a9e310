"""A small response cache for read-mostly stores, invalidated by any change to the database files.

Each entry is keyed by the request and the database's state: the size and modification time of the
DuckDB file and of its write-ahead log. A commit by ``multipolar ingest`` (or POST /api/documents)
changes them, so no answer outlives the data it was computed from.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
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
        self._running: dict[Hashable, asyncio.Future[Any]] = {}  # misses being computed (event loop only)

    def get(self, key: Hashable, db: Path, compute: Callable[[], T]) -> T:
        """The cached answer for ``key`` at the database's current state, else ``compute()`` (kept)."""
        if self.size <= 0:
            return compute()
        full = (key, store_state(db))
        found, value = self._lookup(full)
        if found:
            return value
        self.misses += 1
        value = compute()
        self._keep(full, value)
        return value

    async def get_async(self, key: Hashable, db: Path, compute: Callable[[], Awaitable[T]]) -> T:
        """As :meth:`get` on the event loop: a hit costs no thread, and concurrent misses of one key
        share a single computation (no stampede when a slow answer is asked for by many clients)."""
        full = (key, store_state(db))
        found, cached = self._lookup(full)
        if found:
            return cached
        if full in self._running:
            self.hits += 1
            return await asyncio.shield(self._running[full])
        self.misses += 1
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._running[full] = future
        try:
            value = await compute()
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: no "never retrieved" warning when nobody else waited
            raise
        finally:
            self._running.pop(full, None)
        future.set_result(value)
        if self.size > 0:
            self._keep(full, value)
        return value

    def _lookup(self, full: Hashable) -> tuple[bool, Any]:
        """(True, answer) on a hit (counted, made most recent), else (False, None)."""
        with self._lock:
            if full in self._entries:
                self._entries.move_to_end(full)
                self.hits += 1
                return True, self._entries[full]
        return False, None

    def _keep(self, full: Hashable, value: Any) -> None:
        """Store an answer, dropping the least recently used beyond ``size``."""
        with self._lock:
            self._entries[full] = value
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
