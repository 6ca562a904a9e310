"""A LocalCluster with two worker processes, shared by the Dask tests of a module."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    import cloudpickle

    from tests.distributed import fakes
    from tests.store import factory

    for module in (fakes, factory):
        cloudpickle.register_pickle_by_value(module)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, worker_dashboard_address=None)
    with distributed.Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


def write_inputs(folder, n=12, bad_line=True):
    """A JSON Lines feed (a malformed line, a repeated id) and two text files: paths to ingest."""
    folder.mkdir(parents=True, exist_ok=True)
    feed = folder / "feed.jsonl"
    records = [
        {"id": f"d{i:03d}", "text": f"story {i}" + (" WAR" if i % 3 == 0 else ""), "date": "2024-05-16",
         "publisher": f"P{i % 4}"}
        for i in range(n)
    ]
    records.insert(5, {"id": "d001", "text": "story 1 rewritten WAR", "date": "2024-05-17", "publisher": "P9"})
    lines = [json.dumps(r) for r in records]
    if bad_line:
        lines.insert(3, "{not json")
    feed.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    texts = folder / "texts"
    texts.mkdir(exist_ok=True)
    (texts / "a.txt").write_text("MOSCOW, May 16, 2024 - Russia and China met. WAR.", encoding="utf-8")
    (texts / "b.txt").write_text("Talks went on.", encoding="utf-8")
    return [str(feed), str(texts)]
