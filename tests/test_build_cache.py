"""Built tables kept on disk: read back under the same coder stamp and key, ignored when unusable."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipolar import build_cache, coder_stamp


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MULTIPOLAR_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_saved_table_reads_back_under_its_key(cache: Path) -> None:
    build_cache.save_copy("zorbian-words", ("words", 1), {"plinth": ("a", "b")})
    assert build_cache.cache_file("zorbian-words") == cache / f"zorbian-words-{coder_stamp.coder_stamp()}.pickle"
    assert build_cache.load_copy("zorbian-words", ("words", 1), dict) == {"plinth": ("a", "b")}
    assert not list(cache.glob(".zorbian-words-*"))  # no temporary file left behind


def test_a_missing_copy_is_none(cache: Path) -> None:
    assert build_cache.load_copy("zorbian-words", ("words", 1), dict) is None


def test_another_key_or_type_is_not_used(cache: Path) -> None:
    build_cache.save_copy("zorbian-words", ("words", 1), {"plinth": ()})
    assert build_cache.load_copy("zorbian-words", ("words", 2), dict) is None  # built under other settings
    assert build_cache.load_copy("zorbian-words", ("words", 1), list) is None  # not what the caller builds


def test_another_stamps_copy_is_not_read(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_cache.save_copy("zorbian-words", "k", {"plinth": ()})
    monkeypatch.setattr(coder_stamp, "_stamp_for", lambda setting: "0.0.0+000000000000")  # the code changed
    assert build_cache.load_copy("zorbian-words", "k", dict) is None


def test_a_corrupt_copy_is_ignored(cache: Path) -> None:
    path = build_cache.cache_file("zorbian-words")
    assert path is not None
    path.write_bytes(b"\x80\x05 half a pickle")
    assert build_cache.load_copy("zorbian-words", "k", dict) is None
    path.write_bytes(b"")
    assert build_cache.load_copy("zorbian-words", "k", dict) is None


def test_a_value_that_cannot_be_pickled_is_not_saved(cache: Path) -> None:
    build_cache.save_copy("zorbian-words", "k", {"f": lambda: None})
    assert build_cache.load_copy("zorbian-words", "k", dict) is None
    assert not list(cache.iterdir())


def test_off_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIPOLAR_CACHE_DIR", "off")
    assert build_cache.cache_file("zorbian-words") is None
    build_cache.save_copy("zorbian-words", "k", {})
    assert build_cache.load_copy("zorbian-words", "k", dict) is None


def test_copies_of_other_tables_are_left_alone(cache: Path) -> None:
    other = cache / "zorbian-names-0.0.1+000000000000.pickle"
    other.write_bytes(b"x")
    build_cache.save_copy("zorbian-words", "k", {})
    build_cache.drop_unused("zorbian-words", build_cache.cache_file("zorbian-words"), now=other.stat().st_mtime + 10**7)
    assert other.exists()


def test_a_table_whose_name_extends_another_s_keeps_its_copies(cache: Path) -> None:
    longer = cache / "zorbian-words-plural-0.0.1+000000000000.pickle"  # table "zorbian-words-plural"
    longer.write_bytes(b"x")
    build_cache.save_copy("zorbian-words", "k", {})
    current = build_cache.cache_file("zorbian-words")
    assert current is not None
    build_cache.drop_unused("zorbian-words", current, now=longer.stat().st_mtime + 10**7)
    assert longer.exists()


def test_a_copy_saved_by_another_python_or_layout_is_built_afresh(cache: Path) -> None:
    import pickle

    path = build_cache.cache_file("zorbian-words")
    assert path is not None
    path.write_bytes(pickle.dumps(((build_cache.FORMAT, (2, 7), "k"), {"plinth": ()})))
    assert build_cache.load_copy("zorbian-words", "k", dict) is None
    path.write_bytes(pickle.dumps(("k", {"plinth": ()})))  # the layout before FORMAT
    assert build_cache.load_copy("zorbian-words", "k", dict) is None


def test_an_old_copy_that_cannot_be_removed_is_left(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = cache / "zorbian-words-0.0.1+000000000000.pickle"
    old.write_bytes(b"x")

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(f"not yours: {self.name}")

    monkeypatch.setattr(Path, "unlink", refuse)
    build_cache.save_copy("zorbian-words", "k", {"plinth": ()})  # no error escapes
    assert build_cache.load_copy("zorbian-words", "k", dict) == {"plinth": ()} and old.exists()


def test_the_saved_key_is_the_builder_s(cache: Path) -> None:
    assert build_cache.saved_key("zorbian-words") is None
    build_cache.save_copy("zorbian-words", ("words", 3), {"plinth": ()})
    assert build_cache.saved_key("zorbian-words") == ("words", 3)


def test_the_collector_is_paused_and_restored() -> None:
    import gc

    assert gc.isenabled()
    with build_cache.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_load_or_build_builds_once_then_reads(cache: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, tuple[str, ...]]:
        calls.append(1)
        return {"plinth": ("a",)}

    assert build_cache.load_or_build("zorbian-words", "k", dict, build) == {"plinth": ("a",)}
    assert build_cache.load_or_build("zorbian-words", "k", dict, build) == {"plinth": ("a",)}
    assert len(calls) == 1
