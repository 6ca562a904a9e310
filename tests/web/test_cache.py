"""The response cache: keyed by the database files' state, one computation for concurrent misses."""

from __future__ import annotations

import asyncio

import pytest

from multipolar.web.cache import ResponseCache


def test_concurrent_misses_share_one_computation(tmp_path):
    db = tmp_path / "store.duckdb"
    db.write_text("state 1")
    cache, calls = ResponseCache(8), []

    async def compute():
        calls.append(1)
        await asyncio.sleep(0.05)
        return f"answer {len(calls)}"

    async def many():
        return await asyncio.gather(*(cache.get_async("k", db, compute) for _ in range(10)))

    assert asyncio.run(many()) == ["answer 1"] * 10 and len(calls) == 1
    assert asyncio.run(cache.get_async("k", db, compute)) == "answer 1"  # a hit
    db.write_text("state 2, longer")  # the database changed: computed again
    assert asyncio.run(cache.get_async("k", db, compute)) == "answer 2"


def test_errors_are_not_cached_and_size_bounds_entries(tmp_path):
    db = tmp_path / "store.duckdb"
    db.write_text("x")
    cache = ResponseCache(2)

    async def fail():
        raise ValueError("no")

    with pytest.raises(ValueError):
        asyncio.run(cache.get_async("bad", db, fail))
    for key in "abc":
        assert cache.get(key, db, lambda key=key: key.upper()) == key.upper()
    assert len(cache._entries) == 2 and cache.get("a", db, lambda: "again") == "again"
