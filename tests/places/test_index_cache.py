"""The gazetteer index saved on disk: read back whole, named by the coder stamp, ignored when unusable."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from multipolar.coder_stamp import coder_stamp
from multipolar.places import index_cache
from multipolar.places.gazetteer import Gazetteer


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MULTIPOLAR_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_saved_index_reads_back_and_drops_unused_stamps(cache: Path) -> None:
    stale = cache / "gazetteer-0.0.1+000000000000.pickle"
    stale.write_bytes(b"old")
    long_ago = time.time() - index_cache.KEEP_SECONDS - 60
    os.utime(stale, (long_ago, long_ago))
    in_use = cache / "gazetteer-0.0.2+111111111111.pickle"  # another checkout's copy, used a minute ago
    in_use.write_bytes(b"recent")
    index_cache.save_index({"zorbia": ["a place"]})
    assert index_cache.cache_file() == cache / f"gazetteer-{coder_stamp()}.pickle"
    assert index_cache.load_index() == {"zorbia": ["a place"]}
    assert not stale.exists()
    assert in_use.exists()
    assert not list(cache.glob(".gazetteer-*"))  # no temporary file left behind


def test_only_the_most_recently_used_copies_are_kept(cache: Path) -> None:
    now = time.time()
    copies = [cache / f"gazetteer-0.0.1+{n:012d}.pickle" for n in range(index_cache.KEEP_COPIES + 3)]
    for age, copy in enumerate(copies):
        copy.write_bytes(b"x")
        os.utime(copy, (now - 60 * age, now - 60 * age))
    current = cache / "gazetteer-9.9.9+999999999999.pickle"
    current.write_bytes(b"current")
    index_cache.drop_unused(current, now)
    kept = sorted(cache.glob("gazetteer-*.pickle"))
    assert current in kept and len(kept) == index_cache.KEEP_COPIES
    assert kept[:-1] == copies[:index_cache.KEEP_COPIES - 1]  # the newest others, beside the current one


def test_reading_a_copy_marks_it_used(cache: Path) -> None:
    index_cache.save_index({"zorbia": []})
    path = index_cache.cache_file()
    assert path is not None
    long_ago = time.time() - 3600
    os.utime(path, (long_ago, long_ago))
    assert index_cache.load_index() == {"zorbia": []}
    assert path.stat().st_mtime > long_ago + 1800


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
