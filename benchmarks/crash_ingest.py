"""Crash safety: ``multipolar ingest`` killed with SIGKILL at random points, then re-run.

One uninterrupted ingest of a small corpus is the reference. Then, ``--runs`` times: a fresh
database, an ingest SIGKILLed at a random point (once a random number of documents, 1 to N-1,
is committed, plus a random 0-1 s, so kills land while coding, writing or committing), and a
re-run to completion. After each re-run the database must hold every document
exactly once and the same documents, mentions and events as the reference (ingest timestamps
aside). Prints documents lost, duplicated, runs whose events differ, and tracebacks seen; plus the
peak memory of the ingest processes.

usage: python benchmarks/crash_ingest.py [--runs 20] [--limit 60] [--batch-size 5] [-j 1] [--seed 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "reuters_world_1987.jsonl"


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Everything an ingest stored, in a fixed order (ingest times left out)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "documents": con.execute("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id").fetchall(),
            "mentions": con.execute("SELECT * FROM mentions ORDER BY doc_id, mention_index").fetchall(),
            "events": con.execute("SELECT * EXCLUDE (date_added) FROM events ORDER BY event_id").fetchall(),
        }
    finally:
        con.close()


def stored_ids(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [row[0] for row in con.execute("SELECT doc_id FROM documents").fetchall()]
    finally:
        con.close()


def ingest_command(feed: Path, db: Path, args: argparse.Namespace) -> list[str]:
    return [sys.executable, "-m", "multipolar", "ingest", str(feed), "--db", str(db),
            "--batch-size", str(args.batch_size), "-j", str(args.jobs)]


def count_stored(db: Path) -> int | None:
    """Documents committed so far, or None while the ingest holds the lock."""
    if not db.exists():
        return 0
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None
    try:
        return int(con.execute("SELECT count(*) FROM documents").fetchall()[0][0])
    except duckdb.Error:
        return None
    finally:
        con.close()


def run(command: list[str], db: Path | None = None, kill_at: tuple[int, float] | None = None) -> tuple[int | None, str]:
    """Run ``command`` in its own process group.

    With ``kill_at = (k, s)``: once at least ``k`` documents are committed (polled from another
    process, as a reader would), wait ``s`` more seconds and SIGKILL the group, wherever it is.
    """
    proc = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    if kill_at is None or db is None:
        _, err = proc.communicate()
        return proc.returncode, err
    target, extra = kill_at
    while proc.poll() is None:
        stored = count_stored(db)
        if stored is not None and stored >= target:
            time.sleep(extra)
            break
        time.sleep(0.05)
    if proc.poll() is not None:
        _, err = proc.communicate()
        return proc.returncode, err  # finished before the kill
    os.killpg(proc.pid, signal.SIGKILL)
    _, err = proc.communicate()
    return None, err


def make_corpus(path: Path, limit: int) -> int:
    count = 0
    with CORPUS.open(encoding="utf-8") as source, path.open("w", encoding="utf-8") as out:
        for line in source:
            if count >= limit:
                break
            if line.strip():
                out.write(line)
                count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="kill + re-run rounds")
    parser.add_argument("--limit", type=int, default=60, help="first N stories of the corpus")
    parser.add_argument("--batch-size", type=int, default=5, help="documents per stored batch")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="coding processes")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--max-extra", type=float, default=1.0,
                        help="seconds, at most, between reaching the random document count and the kill")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"skipped: {args.corpus} is not available")
        return 0
    rng = random.Random(args.seed)
    work = tempfile.TemporaryDirectory()
    root = Path(work.name)
    feed = root / "corpus.jsonl"
    documents = make_corpus(feed, args.limit)

    reference_db = root / "reference.duckdb"
    start = time.perf_counter()
    code, err = run(ingest_command(feed, reference_db, args))
    reference_s = time.perf_counter() - start
    if code != 0:
        print(f"error: the reference ingest failed ({code}): {err.strip()[-300:]}")
        return 1
    reference = snapshot(reference_db)
    expected = len(reference["documents"])

    lost = duplicated = differing = tracebacks = partial = finished_early = 0
    for number in range(1, args.runs + 1):
        db = root / f"run{number}.duckdb"
        target, extra = rng.randint(1, expected - 1), rng.uniform(0.0, args.max_extra)
        code, err = run(ingest_command(feed, db, args), db, kill_at=(target, extra))
        tracebacks += err.count("Traceback")
        if code is not None:
            finished_early += 1
        at_kill = len(stored_ids(db)) if db.exists() else 0
        partial += 0 < at_kill < expected
        code, err = run(ingest_command(feed, db, args))
        tracebacks += err.count("Traceback")
        ids = stored_ids(db)
        run_lost = expected - len(set(ids))
        run_duplicated = len(ids) - len(set(ids))
        run_differs = snapshot(db) != reference
        lost, duplicated, differing = lost + run_lost, duplicated + run_duplicated, differing + run_differs
        print(f"run {number:2d}: killed {extra:.2f} s after >= {target} stored, with {at_kill:3d}/{expected} stored; "
              f"re-run exit {code}: "
              f"{run_lost} lost, {run_duplicated} duplicated, events {'DIFFER' if run_differs else 'identical'}",
              flush=True)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    figures = {
        "runs": args.runs, "documents": documents, "stored_reference": expected,
        "reference_s": round(reference_s, 1), "kills_with_partial_store": partial,
        "finished_before_kill": finished_early, "documents_lost": lost, "documents_duplicated": duplicated,
        "runs_with_different_events": differing, "tracebacks": tracebacks,
        "peak_rss_mb_ingest_process": round(peak_mb),
    }
    print(f"{args.runs} kills (SIGKILL) + re-runs of a {documents}-document ingest (reference {reference_s:.1f} s; "
          f"{partial} kills left a partly stored database): {lost} documents lost, {duplicated} duplicated, "
          f"{differing} runs with different events, {tracebacks} tracebacks; peak RSS of an ingest "
          f"process {peak_mb:.0f} MB")
    if args.json:
        print(json.dumps(figures))
    work.cleanup()
    return 0 if lost == duplicated == differing == tracebacks == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
