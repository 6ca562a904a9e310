"""The shipped examples: non-empty UTF-8 articles and a well-formed JSON-lines feed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FEED_KEYS = {"id", "date", "publisher", "url", "title", "text"}
ARTICLES = sorted(EXAMPLES.glob("*.txt"))


def test_there_are_enough_articles() -> None:
    assert len(ARTICLES) >= 6


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_article_is_non_empty_utf8(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")  # strict: raises on bad bytes
    assert len(text.split()) >= 100
    assert re.match(r"[A-Z][A-Z .'-]+, [A-Z][a-z]+ \d{1,2}, \d{4} - ", text), "dateline missing"


def test_feed_lines_parse_with_required_keys() -> None:
    lines = (EXAMPLES / "feed.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    assert len(items) >= 3
    for item in items:
        assert item.keys() >= FEED_KEYS, item.get("id")
        assert all(isinstance(item[key], str) and item[key].strip() for key in FEED_KEYS)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["date"])
    assert len({item["id"] for item in items}) == len(items)
