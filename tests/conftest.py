"""Shared fixtures: the pipeline (built once per session) and the optional ../shared data."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


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
