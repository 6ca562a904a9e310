"""The query commands on the command line."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
from typer.testing import CliRunner

from multipolar.cli import app

runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_events_command_formats(event_db):
    db = ["--db", str(event_db)]
    rows = json.loads(run("events", "--source", "rus", "--target", "chn", "--format", "json", *db))
    assert [(r["cameo"], r["num_sources"], r["date"]) for r in rows] == [("057", 2, "2024-01-10"),
                                                                          ("061", 1, "2024-03-05")]
    lines = run("events", "--root", "19", "--format", "jsonl", *db).splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["cameo"] == "190"
    table = list(csv.DictReader(io.StringIO(run("events", "--plover", "CONSULT", "-f", "csv", *db))))
    assert {r["cameo"] for r in table} == {"040", "042"}
    text = run("events", "--limit", "2", *db)
    assert "num_mentions" in text and text.count("2024-") == 2


def test_dyad_and_relations_commands(event_db):
    db = ["--db", str(event_db)]
    rows = json.loads(run("dyad", "rus", "ukr", "--freq", "week", "-f", "json", *db))
    assert [(r["source"], r["material_conflict"]) for r in rows] == [("RUS", 1), ("UKR", 1)]
    summary = json.loads(run("relations", "Rus", "Chn", "-f", "json", *db))
    assert summary["goldstein_mean"] > 0 and summary["evidence"][0]["sentences"]
    text = run("relations", "CHN", "WST", *db)
    assert "goldstein_mean" in text and "evidence" in text
    flat = list(csv.DictReader(io.StringIO(run("relations", "CHN", "WST", "-f", "csv", *db))))
    assert float(flat[0]["goldstein_mean"]) < 0


def test_graph_blocs_export_commands(event_db, tmp_path):
    db = ["--db", str(event_db)]
    path = tmp_path / "net.graphml"
    run("graph", "--format", "graphml", "--output", str(path), *db)
    assert nx.read_graphml(path).has_edge("RUS", "CHN")
    assert json.loads(run("graph", *db))["directed"] is True
    blocs = json.loads(run("blocs", "-f", "json", *db))
    bloc = {r["actor"]: r["bloc"] for r in blocs}
    assert bloc["RUS"] == bloc["CHN"] != bloc["WST"]
    gdelt = run("export", "--format", "gdelt", *db).splitlines()
    assert len(gdelt) == 12 and all(line.count("\t") == 60 for line in gdelt)


def test_errors_are_one_line_and_exit_2(tmp_path, event_db):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2 and "no database" in result.output
    result = runner.invoke(app, ["dyad", "RUS", "CHN", "--since", "yesterday", "--db", str(event_db)])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_parquet_export_to_stdout_is_refused(event_db):
    result = runner.invoke(app, ["export", "--format", "parquet", "--db", str(event_db)])
    assert result.exit_code == 2 and "--output" in result.output
