"""``multipolar dictionaries import``: errors, and the checked-in tables are what it writes."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest
from typer.testing import CliRunner

from multipolar.cli import app
from multipolar.dictionaries.importer import import_all

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "multipolar"


def test_missing_directory_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["dictionaries", "import", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "cannot read" in result.output and "Traceback" not in result.output


def test_bad_scope_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["dictionaries", "import", str(tmp_path), "--scope", "all"])
    assert result.exit_code == 2


@pytest.mark.slow
def test_import_is_reproducible_and_matches_the_checked_in_tables(shared_dir: Path, tmp_path: Path) -> None:
    source = shared_dir / "reference" / "petrarch2"
    if not (source / "CAMEO.2.0.txt").is_file():
        pytest.skip("PETRARCH2 dictionaries not available")
    report = import_all(source, package=tmp_path)
    assert any(line.startswith("verb dictionary") for line in report)
    for sub in ("events/data/lexicon/petrarch", "actors/data/petrarch"):
        written, checked_in = tmp_path / sub, PACKAGE / sub
        names = sorted(p.name for p in written.glob("*.tsv"))
        assert names == sorted(p.name for p in checked_in.glob("*.tsv"))
        _, mismatch, errors = filecmp.cmpfiles(written, checked_in, names, shallow=False)
        assert not mismatch and not errors, (mismatch, errors)
