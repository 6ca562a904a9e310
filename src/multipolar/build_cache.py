"""Built tables kept on disk, so that each new process reads them instead of building them again.

Every process that codes text builds the same tables from the data files (each spawned worker of ``-j N``
again; forked ones inherit them): the gazetteer index, the event lexicon, the actor alias table. A saved copy
is read in a fraction of the build's time. Each copy is named by what it holds and by the coder stamp
(:func:`multipolar.coder_stamp.coder_stamp`: a digest of the coding code, its tables and the versions of the
packages whose data they read), so any change to what a build reads makes a fresh one; a copy also carries the
key its builder gave it (the settings the build read beyond the stamp) and is used only under the same key.
Copies live in ``$MULTIPOLAR_CACHE_DIR``, else ``$XDG_CACHE_HOME/multipolar``, else ``~/.cache/multipolar``;
``MULTIPOLAR_CACHE_DIR=off`` turns them off. A copy that cannot be read or written, holds another key or a
value of another type is ignored: the caller then builds in memory. Copies of other coder stamps (other
checkouts of the code sharing the cache) are kept while they are in use: a copy is dropped once unused for
:data:`KEEP_SECONDS`, and beyond the newest :data:`KEEP_COPIES`.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from multipolar.coder_stamp import coder_stamp

T = TypeVar("T")

OFF = "off"
#: Copies of other coder stamps unused (not read or written) for this long are dropped.
KEEP_SECONDS = 24 * 3600
#: At most this many copies of one table are kept (the most recently used).
KEEP_COPIES = 8
#: The layout of a saved copy; saved with it beside the running Python's version (whose Unicode tables
#: and pickles a build may depend on), so a copy of another layout or Python is built afresh.
FORMAT = 1


def _saved_key(key: object) -> tuple[object, ...]:
    return FORMAT, tuple(sys.version_info[:2]), key


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Suspend the cyclic garbage collector, restoring its state after: building or reading a table makes
    many long-lived objects and no cycles, so collections meanwhile would only walk them again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def cache_dir() -> Path | None:
    """Where the copies live (``None`` when the cache is off)."""
    setting = os.environ.get("MULTIPOLAR_CACHE_DIR", "").strip()
    if setting.lower() == OFF:
        return None
    if setting:
        return Path(setting).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base).expanduser() if base else Path.home() / ".cache") / "multipolar"


def cache_file(name: str) -> Path | None:
    """The copy of table ``name`` for the running coder (its file name carries the coder stamp)."""
    directory = cache_dir()
    return None if directory is None else directory / f"{name}-{coder_stamp()}.pickle"


def load_copy(name: str, key: object, kind: type[T]) -> T | None:
    """The saved copy of table ``name`` if it was saved under ``key`` and is a ``kind``, else ``None``."""
    path = cache_file(name)
    if path is None or not path.is_file():
        return None
    try:
        with collector_paused(), path.open("rb") as handle:
            saved = pickle.load(handle)
    except Exception:  # a truncated or foreign file: build afresh
        return None
    if not (isinstance(saved, tuple) and len(saved) == 2 and saved[0] == _saved_key(key)
            and isinstance(saved[1], kind)):
        return None
    _touch(path)  # in use: kept while other stamps' copies come and go
    return saved[1]


def load_or_build(name: str, key: object, kind: type[T], build: Callable[[], T]) -> T:
    """The saved copy of table ``name`` (:func:`load_copy`), else ``build()``'s table, saved for later
    processes (:func:`save_copy`)."""
    saved = load_copy(name, key, kind)
    if saved is not None:
        return saved
    table = build()
    save_copy(name, key, table)
    return table


def saved_key(name: str) -> object | None:
    """The builder's key the saved copy of table ``name`` carries (None if there is no readable copy)."""
    path = cache_file(name)
    if path is None:
        return None
    try:
        with collector_paused(), path.open("rb") as handle:
            saved = pickle.load(handle)
    except Exception:
        return None
    layout = saved[0] if isinstance(saved, tuple) and len(saved) == 2 else None
    return layout[2] if isinstance(layout, tuple) and len(layout) == 3 else None


def save_copy(name: str, key: object, value: object) -> None:
    """Save ``value`` under ``key`` for later processes (written whole under a temporary name, then
    renamed, so a reader never sees half a copy) and drop the copies of other coder stamps that are no
    longer used (:func:`drop_unused`)."""
    path = cache_file(name)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
    except OSError:
        return
    renamed = False
    try:
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump((_saved_key(key), value), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        renamed = True
    except Exception:  # unwritable, or a value that cannot be pickled: the caller keeps it in memory
        return
    finally:
        if not renamed:  # also when interrupted: no half-written file is left behind
            with contextlib.suppress(OSError):
                Path(temporary).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        drop_unused(name, path)


def drop_unused(name: str, current: Path, now: float | None = None) -> None:
    """Drop the copies of table ``name`` beside ``current`` unused for :data:`KEEP_SECONDS`, and all but
    the :data:`KEEP_COPIES` most recently used (a shared cache serves several checkouts of the code at
    once: dropping every other stamp's copy would make each of them build again on every run). Ages count
    back from ``now``, by default the time ``current`` was written (the file system's clock: no module
    reads the clock itself)."""
    if now is None:
        try:
            now = current.stat().st_mtime
        except OSError:
            return
    others: list[tuple[float, Path]] = []
    for copy in current.parent.glob(f"{name}-*.pickle"):
        if copy == current or "-" in copy.name[len(name) + 1:]:
            continue  # another table whose name begins with this one's ("actor-aliases" beside "actor")
        try:
            others.append((copy.stat().st_mtime, copy))
        except OSError:
            continue
    others.sort(reverse=True)  # the most recently used first
    for rank, (used, copy) in enumerate(others, start=1):
        if rank >= KEEP_COPIES or now - used > KEEP_SECONDS:
            with contextlib.suppress(OSError):  # another user's copy, or no right to remove it
                copy.unlink(missing_ok=True)


def _touch(path: Path) -> None:
    """Mark a copy as used now (its modification time), where the file system allows it."""
    with contextlib.suppress(OSError):
        os.utime(path)
