"""``multipolar serve`` refuses a database it cannot read with a one-line error (exit 2)."""

from __future__ import annotations

from typer.testing import CliRunner

from multipolar.cli import app


def test_serve_missing_database_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "error: no database at" in result.output and "Traceback" not in result.output


def test_serve_foreign_file_is_a_clear_error(tmp_path):
    other = tmp_path / "other.duckdb"
    import duckdb

    duckdb.connect(str(other)).close()
    result = CliRunner().invoke(app, ["serve", "--db", str(other)])
    assert result.exit_code == 2 and "not a multipolar database" in result.output
