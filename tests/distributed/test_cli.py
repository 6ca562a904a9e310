"""``multipolar ingest --scheduler``: the install hint without Dask, a LocalCluster run with it."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

from multipolar.cli import app
from multipolar.store.database import open_db
from multipolar.workflow import commands
from tests.distributed.conftest import write_inputs
from tests.distributed.fakes import fake_code, fake_factory


def test_scheduler_without_dask_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    paths = write_inputs(tmp_path / "in")
    result = CliRunner().invoke(app, ["ingest", *paths, "--db", str(tmp_path / "x.duckdb"), "--scheduler", "local"])
    assert result.exit_code == 2
    assert "pip install 'multipolar[distributed]'" in result.output
    assert "Traceback" not in result.output


def test_unreachable_scheduler_is_a_one_line_error(tmp_path):
    pytest.importorskip("distributed")
    paths = write_inputs(tmp_path / "in")
    result = CliRunner().invoke(app, ["ingest", *paths, "--db", str(tmp_path / "x.duckdb"),
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output


@pytest.mark.slow
def test_ingest_on_a_local_cluster_stores_what_a_local_ingest_stores(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    import cloudpickle

    from tests.distributed import fakes
    from tests.store import factory

    for module in (fakes, factory):
        cloudpickle.register_pickle_by_value(module)
    monkeypatch.setattr(commands, "_worker_coder", fake_factory())
    monkeypatch.setattr(commands, "_coder", lambda jobs: fake_code)
    paths = write_inputs(tmp_path / "in")
    here, there = tmp_path / "here.duckdb", tmp_path / "there.duckdb"
    local = CliRunner().invoke(app, ["ingest", *paths, "--db", str(here), "--batch-size", "4"])
    assert local.exit_code == 0, local.output
    result = CliRunner().invoke(app, ["ingest", *paths, "--db", str(there), "--batch-size", "4",
                                      "--scheduler", "local", "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "Dask dashboard:" in result.output
    summary = local.output.strip().splitlines()[-1]  # the repeated id is kept as a new version, both ways
    assert summary.startswith("15 documents read: 15 stored, 0 replaced")
    assert "1 repeated ids kept as new versions" in summary
    assert result.output.strip().splitlines()[-1] == summary
    query = "SELECT event_id, num_mentions, num_documents, num_sources FROM events ORDER BY event_id"
    with open_db(here, read_only=True) as a, open_db(there, read_only=True) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
