"""Ingest throughput: read, code and store Reuters-21578 stories into a fresh DuckDB database.

Three figures: the whole ingest (reading + coding on ``-j`` processes + storing, as
``multipolar ingest`` does), a second ingest of the same stories (all skipped as unchanged),
and the storage layer alone (the same coded documents written again into an empty database),
plus the database size.

usage: python benchmarks/store_ingest.py [--limit 2000] [-j 0] [--batch-size 500] [--db PATH] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from multipolar.api import code_documents
from multipolar.ingest.readers import read_inputs
from multipolar.nlp.pipeline import PipelineConfig, resolve_processes
from multipolar.records import Document, Event
from multipolar.store.database import open_db
from multipolar.store.ingest import ingest
from multipolar.store.writer import write_batch

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "reuters21578.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000, help="first N inputs (0 = all 18,821)")
    parser.add_argument("-j", "--jobs", type=int, default=0, help="coding processes (0 = all cores)")
    parser.add_argument("--batch-size", type=int, default=500, help="documents per transaction")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--db", type=Path, default=None, help="database file (default: a temporary one)")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"skipped: {args.corpus} is not available")
        return 0
    workdir = tempfile.TemporaryDirectory()
    db = args.db or Path(workdir.name) / "bench.duckdb"
    for path in (db, db.with_name(db.name + ".wal")):
        path.unlink(missing_ok=True)

    def items() -> Iterator[object]:
        return itertools.islice(read_inputs([str(args.corpus)]), args.limit or None)

    coded: list[tuple[Document, list[Event]]] = []
    config = PipelineConfig(n_process=args.jobs)

    def coder(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        for pair in code_documents(documents, config):
            coded.append(pair)
            yield pair

    con = open_db(db)
    start = time.perf_counter()
    stats = ingest(con, items(), coder, batch_size=args.batch_size, report=lambda line: None)
    full = time.perf_counter() - start
    start = time.perf_counter()
    again = ingest(con, items(), coder, batch_size=args.batch_size, report=lambda line: None)
    repeat = time.perf_counter() - start
    events = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    con.close()
    size = db.stat().st_size

    store_db = Path(workdir.name) / "store_only.duckdb"
    store_con = open_db(store_db)
    start = time.perf_counter()
    for offset in range(0, len(coded), args.batch_size):
        write_batch(store_con, coded[offset : offset + args.batch_size])
    store_only = time.perf_counter() - start
    store_con.close()

    figures = {
        "documents": stats.read,
        "read_errors": stats.read_errors,
        "mentions": stats.mentions,
        "events": events,
        "processes": resolve_processes(args.jobs),
        "ingest_s": round(full, 2),
        "ingest_docs_per_s": round(stats.read / full, 1),
        "reingest_s": round(repeat, 2),
        "reingest_docs_per_s": round(again.read / repeat, 1),
        "reingest_stored": again.stored + again.replaced,
        "store_only_s": round(store_only, 3),
        "store_only_docs_per_s": round(len(coded) / store_only, 1),
        "store_only_mentions_per_s": round(stats.mentions / store_only, 1),
        "db_bytes": size,
        "db_bytes_per_doc": round(size / max(1, stats.read)),
    }
    print(f"ingest    {figures['documents']} documents in {full:.1f} s = {figures['ingest_docs_per_s']} docs/s "
          f"on {figures['processes']} processes; {stats.mentions} mentions, {events} events")
    print(f"re-ingest {again.read} documents in {repeat:.2f} s = {figures['reingest_docs_per_s']} docs/s "
          f"({figures['reingest_stored']} stored: unchanged documents are skipped)")
    print(f"store only {len(coded)} coded documents in {store_only:.3f} s = "
          f"{figures['store_only_docs_per_s']} docs/s, {figures['store_only_mentions_per_s']} mentions/s")
    print(f"database  {size / 1e6:.1f} MB ({figures['db_bytes_per_doc']} bytes/document)")
    if args.json:
        print(json.dumps(figures))
    workdir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
