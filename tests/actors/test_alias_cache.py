"""The actor alias table's copy on disk: read where present, built and saved where missing, stale or corrupt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from multipolar import build_cache, coder_stamp
from multipolar.actors import tables


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder; the process's alias table is read afresh, and again after the test."""
    monkeypatch.setenv("MULTIPOLAR_CACHE_DIR", str(tmp_path))
    tables.alias_entries.cache_clear()
    yield tmp_path
    tables.alias_entries.cache_clear()


def _saved_key() -> object:
    key = build_cache.saved_key(tables.ALIAS_CACHE)
    assert key is not None
    return key


def test_a_miss_builds_and_saves_and_the_next_process_reads_it(cache: Path) -> None:
    built = tables.alias_entries()
    key = _saved_key()
    tables.alias_entries.cache_clear()
    read = tables.alias_entries()
    assert read is not built and read == built
    assert list(read) == list(built)  # the same order of aliases
    assert build_cache.load_copy(tables.ALIAS_CACHE, key, dict) == built


def test_a_hit_is_the_saved_copy(cache: Path) -> None:
    tables.alias_entries()
    build_cache.save_copy(tables.ALIAS_CACHE, _saved_key(), {"Zorbia": ()})
    tables.alias_entries.cache_clear()
    assert tables.alias_entries() == {"Zorbia": ()}  # read, not built


def test_a_stale_stamp_rebuilds(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tables.alias_entries()
    build_cache.save_copy(tables.ALIAS_CACHE, _saved_key(), {"Zorbia": ()})
    monkeypatch.setattr(coder_stamp, "_stamp_for", lambda setting: "0.0.0+000000000000")  # the tables changed
    tables.alias_entries.cache_clear()
    assert "France" in tables.alias_entries()


def test_another_imported_setting_rebuilds(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tables.alias_entries()
    build_cache.save_copy(tables.ALIAS_CACHE, _saved_key(), {"Zorbia": ()})
    # the same stamp, as if the stamp missed the setting: the key still tells the copies apart
    stamp = coder_stamp.coder_stamp()
    monkeypatch.setattr(coder_stamp, "_stamp_for", lambda setting: stamp)
    monkeypatch.setenv("MULTIPOLAR_IMPORTED", "all")
    tables.alias_entries.cache_clear()
    assert "France" in tables.alias_entries()


def test_a_corrupt_copy_rebuilds_and_is_replaced(cache: Path) -> None:
    built = tables.alias_entries()
    path = build_cache.cache_file(tables.ALIAS_CACHE)
    assert path is not None
    path.write_bytes(b"not a pickle")
    tables.alias_entries.cache_clear()
    assert tables.alias_entries() == built
    assert build_cache.load_copy(tables.ALIAS_CACHE, _saved_key(), dict) == built  # written anew
