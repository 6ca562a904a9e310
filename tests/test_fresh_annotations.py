"""The hand-coded fresh-news annotations (``benchmarks/data/reuters_fresh.jsonl``) are well-formed."""

import json
from pathlib import Path

import pytest

from multipolar.events.gold import parse_gold
from multipolar.reference import is_state_code, lookup, root_of

ANNOTATIONS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "reuters_fresh.jsonl"
GROUPS = {"UN", "EU", "NATO", "IGO", "NGO", "IMG", "WST", "AU", "ASEAN"}


def notes() -> list[dict]:
    return [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines()]


def test_each_story_is_annotated_once_with_a_digest_and_a_batch():
    ids = [note["id"] for note in notes()]
    assert len(ids) == len(set(ids))
    assert all(len(note["digest"]) == 12 and note["batch"] for note in notes())


@pytest.mark.parametrize("note", notes(), ids=lambda note: note["id"])
def test_event_codes_agree_with_the_cameo_table(note):
    record = parse_gold({"id": note["id"], "text": "-", "events": note["events"]})
    for raw, event in zip(note["events"], record.events, strict=True):
        code = lookup(raw["cameo"])
        assert raw["root"] == root_of(raw["cameo"]) == event.root
        assert raw["quad"] == code.quad
        assert raw["plover"] == (None if raw["root"] in ("01", "02") else code.plover)
        for actor in (raw["source"], raw["target"]):
            assert actor is None or actor in GROUPS or is_state_code(actor)
