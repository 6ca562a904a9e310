"""`multipolar code`: formats, and bad input handled without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from multipolar.cli import app

runner = CliRunner()


def test_bad_inputs_give_one_line_errors_and_zero_exit_when_something_was_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Russia invaded Ukraine in February 2022.", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"id": "1", "text": "Iran condemned Israel."}\n{oops\n',
                                        encoding="utf-8")
    result = runner.invoke(app, ["code", str(good), str(tmp_path / "missing.txt"), str(tmp_path / "bad.jsonl"),
                                 "--format", "jsonl", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert f"error: {tmp_path / 'missing.txt'}: no such file or directory" in result.stderr
    assert f"error: {tmp_path / 'bad.jsonl'}:2: malformed JSON" in result.stderr
    for line in result.stdout.splitlines():
        assert json.loads(line)["doc_id"] in {"good.txt", "1"}


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["code", str(tmp_path / "empty.txt"), str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "no document could be read" in result.stderr


def test_bad_date_option_is_a_usage_error(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Chile protested.", encoding="utf-8")
    result = runner.invoke(app, ["code", str(good), "--date", "yesterday"])
    assert result.exit_code == 2
    assert "unrecognised date" in result.output
