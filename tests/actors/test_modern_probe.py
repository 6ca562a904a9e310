"""The modern-news probe (``data/modern_probe.jsonl``, our own sentences, 2020-2025): every expected actor
is found with its code and sector on the record's date; a sea or region (code ``-``) is no actor and
no event's source or target."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from multipolar.api import resolve_actors
from tests.events.conftest import code

PROBE = Path(__file__).parent / "data" / "modern_probe.jsonl"
RECORDS = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_probe_is_large_enough() -> None:
    assert len(RECORDS) >= 60
    assert all(record["date"][:4] in {"2020", "2021", "2022", "2023", "2024", "2025", "2026"} for record in RECORDS)


@pytest.mark.parametrize("record", RECORDS, ids=[record["id"] for record in RECORDS])
def test_probe_actors(nlp: Language, record: dict[str, object]) -> None:
    text, date = str(record["text"]), str(record["date"])
    mentions = resolve_actors(text, date)
    for surface, want, sector in record["expect"]:  # type: ignore[attr-defined]
        if want == "-":
            hits = [m.text for m in mentions if surface in m.text or m.text in surface]
            hits += [t for e in code(nlp, text, date) for c, t in ((e.source, e.source_text), (e.target, e.target_text))
                     if c and t and (t in surface or surface in t)]
            assert not hits, (surface, hits)
        else:
            got = [(m.code, m.sector) for m in mentions if surface in m.text or m.text in surface]
            assert any(c == want and sector in ("*", s) for c, s in got), (surface, want, sector, got)
