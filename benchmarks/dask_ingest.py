"""Dask ingest against a local one on the same stories: speed, worker start-up, identical events.

Writes the first N Reuters-21578 stories to a JSON Lines file (the workers read it themselves)
and ingests it into fresh DuckDB files three ways: local processes (``-j 2``), a LocalCluster
with 2 workers and one with 1 worker (``--scheduler local --workers N``). Each run is timed
whole (pool or cluster start, pipeline builds, coding, storing) and, for Dask, also from the
moment every worker is ready. A checksum of each events table (every column but ``date_added``)
shows the three runs stored the same events. Worker start-up: the time the worker plugin takes
to build the coder, against loading bare spaCy in the same worker.

usage: python benchmarks/dask_ingest.py [--limit 400] [--batch-size 32] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

from multipolar.api import code_documents
from multipolar.nlp.pipeline import PipelineConfig
from multipolar.store.database import open_db
from multipolar.workflow.ingest import ingest_paths

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "reuters21578.jsonl"


def write_feed(path: Path, corpus: Path, limit: int) -> int:
    n = 0
    with corpus.open(encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
        for line in lines:
            if n >= limit:
                break
            item = json.loads(line) if line.strip() else {}
            if (item.get("text") or "").strip():
                out.write(json.dumps({k: item.get(k) for k in ("id", "text", "date", "title")}) + "\n")
                n += 1
    return n


def checksum(db: Path) -> tuple[str, int, int]:
    """md5 of the events rows (all columns but date_added), and the mention and event counts."""
    con = open_db(db, read_only=True)
    rows = con.execute("SELECT * EXCLUDE (date_added) FROM events ORDER BY event_id").fetchall()
    mentions = con.execute("SELECT count(*) FROM mentions").fetchall()[0][0]
    con.close()
    return hashlib.md5(repr(rows).encode()).hexdigest()[:12], int(mentions), len(rows)


def local_run(feed: Path, db: Path, jobs: int, batch_size: int) -> dict[str, Any]:
    coder = partial(code_documents, config=PipelineConfig(n_process=jobs, batch_size=max(1, batch_size // 4)))
    start = time.perf_counter()
    con = open_db(db)
    stats = ingest_paths(con, [str(feed)], coder, batch_size=batch_size, report=lambda line: None)
    con.close()
    return {"total_s": round(time.perf_counter() - start, 2), "documents": stats.stored}


def _bare_load_seconds() -> float:
    from multipolar.nlp.loader import load_model

    start = time.perf_counter()
    nlp = load_model()
    nlp("Russia and China signed a deal.")
    return time.perf_counter() - start


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _ready_seconds(dask_worker: Any) -> float:
    from multipolar.distributed.worker import PLUGIN_NAME

    return float(dask_worker.plugins[PLUGIN_NAME].ready_seconds)


def dask_run(feed: Path, db: Path, workers: int, batch_size: int) -> dict[str, Any]:
    from multipolar.distributed.cluster import open_client
    from multipolar.distributed.ingest import DaskIngest, register_coder
    from multipolar.distributed.worker import pipeline_coder

    start = time.perf_counter()
    with open_client("local", workers) as client:
        register_coder(client, pipeline_coder)
        ready = time.perf_counter()
        cpu_before = sum(client.run(_cpu_seconds).values())
        con = open_db(db)
        stats = DaskIngest(client, con=con, report=lambda line: None).run_paths([str(feed)], batch_size)
        con.close()
        end = time.perf_counter()
        worker_cpu = sum(client.run(_cpu_seconds).values()) - cpu_before
        plugin = list(client.run(_ready_seconds).values())
        bare = list(client.run(_bare_load_seconds).values())
    return {"total_s": round(end - start, 2), "after_ready_s": round(end - ready, 2),
            "startup_s": round(ready - start, 2), "documents": stats.stored,
            "worker_cpu_s": round(worker_cpu, 2), "docs_per_worker_cpu_s": round(stats.stored / worker_cpu, 2),
            "plugin_build_s": [round(s, 2) for s in plugin], "bare_spacy_load_s": [round(s, 2) for s in bare]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--batch-size", type=int, default=32, help="documents per batch (all modes)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"skipped: {args.corpus} is not available")
        return 0
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("skipped: dask[distributed] is not installed")
        return 0
    work = Path(tempfile.mkdtemp())
    feed = work / "stories.jsonl"
    n = write_feed(feed, args.corpus, args.limit)
    figures: dict[str, Any] = {"stories": n, "batch_size": args.batch_size}
    runs = {
        "local -j 2": lambda db: local_run(feed, db, 2, args.batch_size),
        "dask workers=2": lambda db: dask_run(feed, db, 2, args.batch_size),
        "dask workers=1": lambda db: dask_run(feed, db, 1, args.batch_size),
    }
    for name, call in runs.items():
        db = work / f"{name.replace(' ', '_').replace('=', '')}.duckdb"
        figures[name] = call(db)
        figures[name]["checksum"], figures[name]["mentions"], figures[name]["events"] = checksum(db)
        print(name, figures[name], flush=True)
    local, two, one = (figures[k] for k in runs)
    figures["dask2_vs_local_total"] = round(two["total_s"] / local["total_s"], 3)
    figures["dask2_speedup_over_dask1_after_ready"] = round(one["after_ready_s"] / two["after_ready_s"], 3)
    figures["dask2_speedup_over_dask1_total"] = round(one["total_s"] / two["total_s"], 3)
    figures["identical_events"] = len({figures[k]["checksum"] for k in runs}) == 1
    extra = [p - b for p, b in zip(two["plugin_build_s"], two["bare_spacy_load_s"], strict=True)]
    figures["worker_ready_extra_over_bare_spacy_s"] = round(max(extra), 2)
    print(f"{n} stories: local -j 2 {local['total_s']} s; Dask 2 workers {two['total_s']} s "
          f"(x{figures['dask2_vs_local_total']} of local; {two['after_ready_s']} s after ready); "
          f"Dask 1 worker {one['total_s']} s ({one['after_ready_s']} s after ready)")
    print(f"coding cost: {two['docs_per_worker_cpu_s']} documents per worker CPU second (2 workers), "
          f"{one['docs_per_worker_cpu_s']} (1 worker)")
    print(f"2 workers vs 1, after ready: x{figures['dask2_speedup_over_dask1_after_ready']}; "
          f"identical event tables: {figures['identical_events']}; worker ready "
          f"{figures['worker_ready_extra_over_bare_spacy_s']} s more than bare spaCy")
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
