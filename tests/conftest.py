"""Shared fixtures: the pipeline (built once per session) and the optional ../shared data; the run's own
folder for the copies of built tables."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from spacy.language import Language

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
#: Where :mod:`multipolar.build_cache` keeps its copies (read at each use).
CACHE_VARIABLE = "MULTIPOLAR_CACHE_DIR"
_run_cache: tuple[str, str | None] | None = None  # the run's folder, and the variable's value before


def pytest_configure(config: pytest.Config) -> None:
    """Copies of built tables (lexicon, alias table, gazetteer) go to a folder of this run, never the
    user's ``~/.cache/multipolar``; set before collection, which already builds the lexicon. The workers
    of ``-n N`` inherit the variable and share the folder their controller made."""
    global _run_cache
    if hasattr(config, "workerinput"):
        return
    folder = tempfile.mkdtemp(prefix="multipolar-test-cache-")
    _run_cache = (folder, os.environ.get(CACHE_VARIABLE))
    os.environ[CACHE_VARIABLE] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the run's folder and restore the variable."""
    global _run_cache
    if _run_cache is None:
        return
    folder, before = _run_cache
    _run_cache = None
    if before is None:
        os.environ.pop(CACHE_VARIABLE, None)
    else:
        os.environ[CACHE_VARIABLE] = before
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repo; tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


def shared_file(relative: str) -> Path:
    """A file under ``../shared``, or skip the test."""
    path = SHARED / relative
    if not path.is_file():
        pytest.skip(f"../shared/{relative} is not available")
    return path


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full multipolar pipeline (model + multipolar_actors + multipolar_events)."""
    from multipolar.api import get_pipeline

    return get_pipeline()
