"""``MULTIPOLAR_IMPORTED`` switches generated tables on and off by kind."""

from __future__ import annotations

import pytest

from multipolar.imported import DEFAULT_KINDS, imported_table_enabled


@pytest.mark.parametrize(("setting", "on", "off"), [
    ("all", ["patterns-19.tsv", "verbs-01.tsv", "people.tsv"], []),
    ("none", [], ["patterns-19.tsv", "agents.tsv"]),
    ("agents, people", ["agents.tsv", "people.tsv"], ["patterns-19.tsv", "organisations.tsv"]),
])
def test_setting_selects_kinds(monkeypatch: pytest.MonkeyPatch, setting: str, on: list[str], off: list[str]) -> None:
    monkeypatch.setenv("MULTIPOLAR_IMPORTED", setting)
    assert all(imported_table_enabled(name) for name in on)
    assert not any(imported_table_enabled(name) for name in off)


def test_unset_means_the_default_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MULTIPOLAR_IMPORTED", raising=False)
    assert imported_table_enabled("patterns-05.tsv") == ("patterns" in DEFAULT_KINDS)
    assert not imported_table_enabled("verbs-05.tsv")  # bare verbs are never on by default
