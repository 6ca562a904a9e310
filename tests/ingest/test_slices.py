"""Slices read elsewhere give the documents (ids, dates, origins) and errors of a plain read, in order."""

from __future__ import annotations

import json

import pytest

from multipolar.ingest.readers import read_inputs
from multipolar.ingest.slices import FileList, JsonlSlice, plan_slices, read_slice


def inputs(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": f"story {i} – é", "date": "2024-05-16"}) for i in range(7)]
    lines.insert(2, "")
    lines.insert(4, "{broken")
    feed.write_bytes(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
    (tmp_path / "docs").mkdir()
    for name in ("a.txt", "b.html", "c.txt"):
        (tmp_path / "docs" / name).write_text(f"<p>MOSCOW, May 1, 2024 - text {name}</p>", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    return [str(feed), str(tmp_path / "docs"), str(tmp_path / "empty.jsonl"), str(tmp_path / "missing.txt")]


@pytest.mark.parametrize("size", [1, 2, 3, 100])
def test_reading_every_slice_is_reading_the_inputs(tmp_path, size):
    paths = inputs(tmp_path)
    pieces = list(plan_slices(paths, size))
    from_slices = [item for piece in pieces
                   for item in (read_slice(piece) if isinstance(piece, JsonlSlice | FileList) else [piece])]
    assert from_slices == list(read_inputs(paths))
    jsonl = [p for p in pieces if isinstance(p, JsonlSlice)]
    assert all(len([d for d in read_slice(p)]) <= size for p in jsonl)
    assert sum(p.end - p.start for p in jsonl) == (tmp_path / "feed.jsonl").stat().st_size


def test_feed_urls_and_stdin_become_their_own_slices(tmp_path, monkeypatch):
    import io

    from multipolar.ingest.slices import FeedUrl, Shipped

    monkeypatch.setattr("sys.stdin", io.StringIO('{"id": "s1", "text": "one"}\n{"id": "s2", "text": "two"}\n'))
    (tmp_path / "a.txt").write_text("text a", encoding="utf-8")
    pieces = list(plan_slices([str(tmp_path / "a.txt"), "https://example.org/feed.rss", "-"], 1))
    assert pieces[0] == FileList((str(tmp_path / "a.txt"),))
    assert pieces[1] == FeedUrl("https://example.org/feed.rss")
    assert [type(p) for p in pieces[2:]] == [Shipped, Shipped]
    assert [d.id for p in pieces[2:] for d in read_slice(p)] == ["s1", "s2"]
