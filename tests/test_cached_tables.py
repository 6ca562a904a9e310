"""The copies on disk of the tables built through :func:`multipolar.build_cache.load_or_build` (the
actor alias table, the event lexicon): read where present, built and saved where missing, stale or
corrupt. Each flow runs for both tables; the tests of one table's own keys follow."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from multipolar import build_cache, coder_stamp
from multipolar.actors import tables
from multipolar.events import lexicon
from multipolar.events.lexicon import Lexicon


@dataclass(frozen=True)
class CachedTable:
    """One table served by ``load_or_build``, and what tells its copies apart in the tests."""

    name: str  # the copy's name
    kind: type  # the type a copy must hold
    load: Callable[[], Any]  # the process's table (read or built)
    forget: Callable[[], None]  # forget the process's table, so that the next load reads or builds it
    stand_in: Callable[[], Any]  # a tiny table of the kind: a copy of it is read, never built
    same: Callable[[Any, Any], bool]  # the read table holds what the built one held
    full: Callable[[Any], bool]  # the table is the real build, not a stand-in
    garbage: bytes  # a corrupt copy's bytes


ALIASES = CachedTable(
    name=tables.ALIAS_CACHE, kind=dict, load=tables.alias_entries, forget=tables.alias_entries.cache_clear,
    stand_in=lambda: {"Zorbia": ()},
    same=lambda read, built: list(read) == list(built),  # the same order of aliases
    full=lambda table: "France" in table, garbage=b"not a pickle")
LEXICON = CachedTable(
    name=lexicon.CACHE_NAME, kind=Lexicon, load=lexicon.load_lexicon, forget=lexicon._load.cache_clear,
    stand_in=lambda: Lexicon(verbs={}, nouns={}, light_verbs={}, complement_verbs={}),
    same=lambda read, built: read.verbs["attack"] == built.verbs["attack"] and len(read) == len(built),
    full=lambda table: len(table) > 1000, garbage=b"\x80\x05 truncated")


@pytest.fixture(params=[ALIASES, LEXICON], ids=["aliases", "lexicon"])
def table(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CachedTable]:
    """Each table with an empty cache folder; the process's table is read afresh, and again after the test."""
    monkeypatch.setenv("MULTIPOLAR_CACHE_DIR", str(tmp_path))
    served: CachedTable = request.param
    served.forget()
    yield served
    served.forget()


def _saved_key(table: CachedTable) -> object:
    key = build_cache.saved_key(table.name)
    assert key is not None
    return key


def test_a_miss_builds_and_saves_and_the_next_process_reads_it(table: CachedTable) -> None:
    built = table.load()
    key = _saved_key(table)
    table.forget()
    read = table.load()
    assert read is not built and read == built
    assert table.same(read, built)
    assert build_cache.load_copy(table.name, key, table.kind) == built


def test_a_hit_is_the_saved_copy(table: CachedTable) -> None:
    table.load()
    build_cache.save_copy(table.name, _saved_key(table), table.stand_in())
    table.forget()
    assert table.load() == table.stand_in()  # read, not built


def test_a_stale_stamp_rebuilds(table: CachedTable, monkeypatch: pytest.MonkeyPatch) -> None:
    table.load()
    build_cache.save_copy(table.name, _saved_key(table), table.stand_in())
    monkeypatch.setattr(coder_stamp, "_stamp_for", lambda setting: "0.0.0+000000000000")  # the tables changed
    table.forget()
    assert table.full(table.load())


def test_a_corrupt_copy_rebuilds_and_is_replaced(table: CachedTable) -> None:
    built = table.load()
    path = build_cache.cache_file(table.name)
    assert path is not None
    path.write_bytes(table.garbage)
    table.forget()
    assert table.load() == built
    assert build_cache.load_copy(table.name, _saved_key(table), table.kind) == built  # written anew


@pytest.mark.parametrize("table", [ALIASES], ids=["aliases"], indirect=True)
def test_another_imported_setting_rebuilds_the_aliases(table: CachedTable, monkeypatch: pytest.MonkeyPatch) -> None:
    table.load()
    build_cache.save_copy(table.name, _saved_key(table), table.stand_in())
    # the same stamp, as if the stamp missed the setting: the key still tells the copies apart
    stamp = coder_stamp.coder_stamp()
    monkeypatch.setattr(coder_stamp, "_stamp_for", lambda setting: stamp)
    monkeypatch.setenv("MULTIPOLAR_IMPORTED", "all")
    table.forget()
    assert "France" in table.load()


@pytest.mark.parametrize("table", [LEXICON], ids=["lexicon"], indirect=True)
def test_a_lexicon_of_other_tables_is_not_cached(table: CachedTable, tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    folder.mkdir()
    (folder / "verbs.tsv").write_text("zorble\tV\t-\t-\t-\t042\t-\tvisit\n", encoding="utf-8")
    own = lexicon.load_lexicon(folder)
    assert list(own.verbs) == ["zorble"]
    assert build_cache.cache_file(lexicon.CACHE_NAME) is not None
    assert not build_cache.cache_file(lexicon.CACHE_NAME).is_file()  # type: ignore[union-attr]
