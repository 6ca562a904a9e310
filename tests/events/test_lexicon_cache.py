"""The event lexicon's copy on disk: read where present, built and saved where missing, stale or corrupt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from multipolar import build_cache, coder_stamp
from multipolar.events import lexicon
from multipolar.events.lexicon import Lexicon


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder; the process's lexicon is read afresh, and again after the test."""
    monkeypatch.setenv("MULTIPOLAR_CACHE_DIR", str(tmp_path))
    lexicon._load.cache_clear()
    yield tmp_path
    lexicon._load.cache_clear()


def _saved_key() -> object:
    key = build_cache.saved_key(lexicon.CACHE_NAME)
    assert key is not None
    return key


def test_a_miss_builds_and_saves_and_the_next_process_reads_it(cache: Path) -> None:
    built = lexicon.load_lexicon()
    key = _saved_key()
    lexicon._load.cache_clear()
    read = lexicon.load_lexicon()
    assert read is not built and read == built
    assert read.verbs["attack"] == built.verbs["attack"] and len(read) == len(built)
    assert build_cache.load_copy(lexicon.CACHE_NAME, key, Lexicon) == built


def test_a_hit_is_the_saved_copy(cache: Path) -> None:
    lexicon.load_lexicon()
    key = _saved_key()
    tiny = Lexicon(verbs={}, nouns={}, light_verbs={}, complement_verbs={})
    build_cache.save_copy(lexicon.CACHE_NAME, key, tiny)
    lexicon._load.cache_clear()
    assert lexicon.load_lexicon() == tiny  # read, not built


def test_a_stale_stamp_rebuilds(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon.load_lexicon()
    key = _saved_key()
    build_cache.save_copy(lexicon.CACHE_NAME, key, Lexicon(verbs={}, nouns={}, light_verbs={}, complement_verbs={}))
    monkeypatch.setattr(coder_stamp, "_stamp_for", lambda setting: "0.0.0+000000000000")  # the tables changed
    lexicon._load.cache_clear()
    assert len(lexicon.load_lexicon()) > 1000


def test_a_corrupt_copy_rebuilds_and_is_replaced(cache: Path) -> None:
    built = lexicon.load_lexicon()
    path = build_cache.cache_file(lexicon.CACHE_NAME)
    assert path is not None
    path.write_bytes(b"\x80\x05 truncated")
    lexicon._load.cache_clear()
    assert lexicon.load_lexicon() == built
    assert build_cache.load_copy(lexicon.CACHE_NAME, _saved_key(), Lexicon) == built  # written anew


def test_a_lexicon_of_other_tables_is_not_cached(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    folder.mkdir()
    (folder / "verbs.tsv").write_text("zorble\tV\t-\t-\t-\t042\t-\tvisit\n", encoding="utf-8")
    own = lexicon.load_lexicon(folder)
    assert list(own.verbs) == ["zorble"]
    assert build_cache.cache_file(lexicon.CACHE_NAME) is not None
    assert not build_cache.cache_file(lexicon.CACHE_NAME).is_file()  # type: ignore[union-attr]
