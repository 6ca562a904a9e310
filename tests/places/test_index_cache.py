"""The gazetteer index saved on disk: read back whole, named by the coder stamp, ignored when unusable."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipolar.coder_stamp import coder_stamp
from multipolar.places import index_cache
from multipolar.places.gazetteer import Gazetteer


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MULTIPOLAR_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_saved_index_reads_back_and_replaces_other_stamps(cache: Path) -> None:
    stale = cache / "gazetteer-0.0.1+000000000000.pickle"
    stale.write_bytes(b"old")
    index_cache.save_index({"zorbia": ["a place"]})
    assert index_cache.cache_file() == cache / f"gazetteer-{coder_stamp()}.pickle"
    assert index_cache.load_index() == {"zorbia": ["a place"]}
    assert not stale.exists()
    assert not list(cache.glob(".gazetteer-*"))  # no temporary file left behind


def test_an_unreadable_copy_is_ignored(cache: Path) -> None:
    path = index_cache.cache_file()
    assert path is not None
    path.write_bytes(b"not a pickle")
    assert index_cache.load_index() is None


def test_off_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIPOLAR_CACHE_DIR", "off")
    assert index_cache.cache_file() is None
    index_cache.save_index({"x": []})  # nothing to write to, no error
    assert index_cache.load_index() is None


def test_the_default_place_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MULTIPOLAR_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert index_cache.cache_dir() == tmp_path / "multipolar"


def test_an_unwritable_place_builds_in_memory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("MULTIPOLAR_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    index_cache.save_index({"x": []})
    assert index_cache.load_index() is None


def test_the_gazetteer_reads_the_copy_it_saved(cache: Path) -> None:
    built = Gazetteer()
    assert index_cache.cache_file() is not None and index_cache.cache_file().is_file()  # type: ignore[union-attr]
    read = Gazetteer()
    assert read.index == built.index
    assert read.resolve("Kandahar") == built.resolve("Kandahar") and read.resolve("Kandahar") is not None
