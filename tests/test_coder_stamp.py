"""The coder stamp: short, stable, and different when anything that decides codings differs."""

from __future__ import annotations

import re

import pytest

from multipolar import coder_stamp


@pytest.fixture
def fresh(monkeypatch):
    """Recompute the stamp on every call (the cache keeps one per process and setting)."""
    coder_stamp._stamp_for.cache_clear()
    yield
    coder_stamp._stamp_for.cache_clear()


def test_the_stamp_is_the_version_and_a_short_digest_and_stable():
    stamp = coder_stamp.coder_stamp()
    assert re.fullmatch(r"[^+\s]+\+[0-9a-f]{12}", stamp)
    assert stamp.startswith(coder_stamp.package_version() + "+")
    assert coder_stamp.coder_stamp() == stamp


def test_it_covers_rules_tables_and_models_of_the_coder():
    files = {path.relative_to(coder_stamp.PACKAGE_DIR).as_posix() for path in coder_stamp._coding_files()}
    assert {"events/coder.py", "actors/data/leaders.tsv", "events/data/model/meta.json",
            "reference.py", "data/cameo.tsv"} <= files
    assert not any(name.startswith(("store/", "analysis/", "web/")) for name in files)
    assert not any("__pycache__" in name for name in files)


def test_the_imported_table_setting_changes_it(monkeypatch, fresh):
    default = coder_stamp.coder_stamp()
    monkeypatch.setenv("MULTIPOLAR_IMPORTED", "none")
    assert coder_stamp.coder_stamp() != default
    files = [path.name for path in coder_stamp._coding_files()]
    assert not any(path.parent.name == "petrarch" for path in coder_stamp._coding_files()), files
    monkeypatch.setenv("MULTIPOLAR_IMPORTED", "default")
    assert coder_stamp.coder_stamp() == default


def test_an_edited_table_changes_it(tmp_path, monkeypatch, fresh):
    table = tmp_path / "events" / "data" / "lexicon.tsv"
    table.parent.mkdir(parents=True)
    table.write_text("visit\t042\n", encoding="utf-8")
    monkeypatch.setattr(coder_stamp, "PACKAGE_DIR", tmp_path)
    before = coder_stamp.coder_stamp()
    coder_stamp._stamp_for.cache_clear()
    assert coder_stamp.coder_stamp() == before
    table.write_text("visit\t043\n", encoding="utf-8")
    coder_stamp._stamp_for.cache_clear()
    assert coder_stamp.coder_stamp() != before
