"""Determinism: no use of today's date; undated documents follow one fixed rule and are counted."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from multipolar.api import resolve_actors
from multipolar.cli import app
from multipolar.ingest import read_inputs
from multipolar.records import Document

SRC = Path(__file__).resolve().parents[2] / "src" / "multipolar"
CLOCK = re.compile(r"\b(?:date\.today|datetime\.(?:now|today|utcnow)|time\.time)\s*\(")


def test_no_module_reads_the_clock_to_code() -> None:
    offenders = [
        f"{path.relative_to(SRC)}:{number}"
        for path in SRC.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if CLOCK.search(line)
    ]
    assert offenders == []


def _actors(text: str, date: str | None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.code, m.sector) for m in resolve_actors(text, date=date)]


def test_undated_leaders_and_titles_resolve_without_tenure() -> None:
    text = "Merkel criticised Russia. The German chancellor met Bush. The former chancellor Merkel spoke."
    undated = resolve_actors(text)
    by_text = {m.text: m for m in undated}
    assert (by_text["Merkel"].code, by_text["Merkel"].sector) == ("DEU", "GOV")
    assert "undated" in by_text["Merkel"].rule
    assert by_text["German chancellor"].sector == "GOV" and by_text["German chancellor"].name is None
    assert "@undated" in by_text["German chancellor"].rule
    assert by_text["Bush"].name == "George W. Bush"  # the namesake whose latest term began last
    assert any(m.sector == "ELI" and "Merkel" in m.text for m in undated)  # "former" still marks ELI
    # a dated document is resolved against its own date, both before and after the tenure ended
    assert ("Merkel", "DEU", "GOV") in _actors(text, "2015-01-01")
    assert ("Merkel", "DEU", "ELI") in _actors(text, "2023-01-01")


def test_date_rule_own_date_then_option_then_file_name(tmp_path: Path) -> None:
    (tmp_path / "wire-2015-06-01.txt").write_text("Merkel met Putin.", encoding="utf-8")
    (tmp_path / "wire-2016-01-01.txt").write_text("BERLIN, March 3, 2012 - Merkel met Putin.", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Merkel met Putin.", encoding="utf-8")
    (tmp_path / "feed-2019-02-03.jsonl").write_text(
        json.dumps({"id": "a", "text": "x"}) + "\n" + json.dumps({"id": "b", "text": "y", "date": "2001-01-01"}),
        encoding="utf-8")

    def dates(option: str | None) -> dict[str, str | None]:
        return {d.id: d.date for d in read_inputs([str(tmp_path)], option) if isinstance(d, Document)}

    assert dates(None) == {"wire-2015-06-01.txt": "2015-06-01", "wire-2016-01-01.txt": "2012-03-03",
                           "plain.txt": None, "a": "2019-02-03", "b": "2001-01-01"}
    assert dates("2020-05-05") == {"wire-2015-06-01.txt": "2020-05-05", "wire-2016-01-01.txt": "2012-03-03",
                                   "plain.txt": "2020-05-05", "a": "2020-05-05", "b": "2001-01-01"}


def test_code_summary_counts_undated_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Merkel criticised Russia.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("BERLIN, March 3, 2012 - Merkel criticised Russia.", encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(tmp_path), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "in 2 documents; 1 undated (coded without tenure)" in result.stderr
    dated = CliRunner().invoke(app, ["code", str(tmp_path), "-j", "1", "--date", "2013-01-01"])
    assert "undated" not in dated.stderr
