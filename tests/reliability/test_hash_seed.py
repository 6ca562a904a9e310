"""Codings do not depend on Python's string-hash seed: two processes with different ``PYTHONHASHSEED``
code the same texts identically (a choice taken from a set's order would differ between runs)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
#: Texts that name namesakes, surnames and titles, where a choice among equal candidates is taken.
NAMESAKES = [
    ("papandreou-1987", "1987-03-27", "Greek Prime Minister Papandreou said Greece would hinder the Turkish ship."),
    ("papandreou-2010", "2010-05-01", "Greek Prime Minister Papandreou asked the EU for aid."),
    ("bush-1991", "1991-01-20", "President Bush ordered air strikes on Iraq."),
    ("bush-2003", "2003-03-20", "President Bush ordered air strikes on Iraq."),
]


def _code(feed: Path, seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run([sys.executable, "-m", "multipolar", "code", str(feed), "--format", "jsonl", "-j", "1"],
                            capture_output=True, text=True, timeout=600, env=env)
    assert result.returncode == 0, result.stderr[-500:]
    return sorted(result.stdout.splitlines())


@pytest.mark.slow
def test_codings_are_the_same_under_any_hash_seed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": i, "date": d, "text": t} for i, d, t in NAMESAKES]
    rows += [{"id": p.stem, "date": None, "text": p.read_text(encoding="utf-8")}
             for p in sorted(EXAMPLES.glob("*.txt"))]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    first, second = _code(feed, "1"), _code(feed, "4")
    assert first, "nothing coded"
    assert first == second
