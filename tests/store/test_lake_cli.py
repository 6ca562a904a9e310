"""The lake from the command line: ingest --lake, lake compact/load, --lake on queries, export --partition-by."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from multipolar.cli import app
from multipolar.workflow import commands
from tests.distributed.conftest import write_inputs
from tests.distributed.fakes import fake_code


def run(*args):
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


def events_json(*where):
    rows = json.loads(run("events", "--limit", 0, "--format", "json", *where).stdout)
    return sorted(rows, key=lambda r: r["event_id"])


def test_lake_round_trips_through_the_commands(tmp_path, monkeypatch):
    monkeypatch.setattr(commands, "_coder", lambda jobs: fake_code)
    paths = write_inputs(tmp_path / "in")
    db = tmp_path / "direct.duckdb"
    run("ingest", *paths, "--db", db, "--batch-size", 4)
    root = tmp_path / "lake"
    written = run("ingest", *paths, "--lake", root, "--batch-size", 4)
    assert "multipolar lake compact" in written.output
    loaded = tmp_path / "loaded.duckdb"
    assert "4 raw parts applied" in run("lake", "load", root, "--db", loaded).output
    run("lake", "compact", root, "--partition-by", "source")
    assert any(p.name.startswith("source=") for p in (root / "events").iterdir())
    direct = events_json("--db", db)
    assert direct and events_json("--db", loaded) == direct
    for row in direct:
        row.pop("label", None)
    lake_rows = events_json("--lake", root)
    assert [r["event_id"] for r in lake_rows] == [r["event_id"] for r in direct]
    relations = run("relations", "RUS", "UKR", "--lake", root, "--format", "json").stdout
    assert relations == run("relations", "RUS", "UKR", "--db", db, "--format", "json").stdout
    exported = tmp_path / "by-root"
    run("export", "--format", "parquet", "--partition-by", "root", "--output", exported, "--db", db)
    assert {p.name for p in (exported / "events").iterdir()} == {"root=04", "root=19"}
    assert run("dyad", "RUS", "CHN", "--lake", exported).stdout == run("dyad", "RUS", "CHN", "--db", db).stdout
    run("ingest", *paths, "--lake", root, "--batch-size", 100)  # new raw parts: queries say they are left out
    assert "1 raw parts in" in run("events", "--lake", root).stderr


def test_lake_errors_are_one_line(tmp_path):
    result = CliRunner().invoke(app, ["events", "--lake", str(tmp_path)])
    assert result.exit_code == 2 and "not a multipolar event lake" in result.output
    result = CliRunner().invoke(app, ["lake", "compact", str(tmp_path / "none")])
    assert result.exit_code == 2 and "not a multipolar event lake" in result.output
    result = CliRunner().invoke(app, ["export", "--format", "csv", "--partition-by", "date", "-o", str(tmp_path)])
    assert result.exit_code == 2 and "--partition-by needs --format parquet" in result.output
