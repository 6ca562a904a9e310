"""The event lake at scale: synthetic mentions written as raw parts, compacted, loaded, queried.

Generates ``--mentions`` mentions (five per document, 200 actors drawn with a skew so USA/CHN is
a heavy pair, real CAMEO codes, one year of dates, so many mentions share an event key) in
DuckDB, writes them as ``--parts`` raw lake parts (as ``ingest --lake`` workers do), then times
``lake compact`` (group into events with the store's logic, write the partitioned datasets),
``lake load`` into a DuckDB file, and ``dyad``/``relations`` over the lake (DuckDB views over
Parquet) against the same queries over the DuckDB file (median of ``--repeat``).

usage: python benchmarks/lake_speed.py [--mentions 1000000] [--parts 100] [--partition-by date] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from multipolar.analysis.dyad import dyad
from multipolar.analysis.relations import relations
from multipolar.store import lake
from multipolar.store.database import open_db
from query_speed import register_lookups

DOCUMENTS = """
CREATE TABLE g_docs AS
SELECT range AS n, 'doc-' || lpad(range::VARCHAR, 9, '0') AS doc_id,
       DATE '2024-01-01' + floor(random() * 366)::INTEGER AS date, 'Wire' || (range % 40) AS publisher,
       range % {parts} AS part
FROM range({docs})
"""

MENTIONS = """
CREATE TABLE g_mentions AS
WITH g AS (
    SELECT d.doc_id, d.date, d.publisher, d.part, k.range AS k,
           floor(random() * {n_codes})::INTEGER AS ci,
           floor(200 * pow(random(), 3))::INTEGER AS si,
           floor(200 * pow(random(), 3))::INTEGER AS ti,
           random() < 0.1 AS negated
    FROM g_docs d CROSS JOIN range({per_doc}) k
)
SELECT g.doc_id, g.k::INTEGER AS mention_index,
       (hash(g.date, s.code, t.code, c.code) & 9223372036854775807::UBIGINT)::BIGINT AS event_id,
       g.k::INTEGER AS sentence_index, 'Synthetic sentence about ' || s.code || ' and ' || t.code AS sentence,
       0 AS sentence_start, 'did' AS trigger, 0 AS char_start, 3 AS char_end,
       s.code AS source, NULL AS source_sector, s.code AS source_text,
       t.code AS target, NULL AS target_sector, t.code AS target_text,
       c.code AS cameo, c.root, c.plover, c.plover_mode, c.quad::TINYINT AS quad, c.penta::TINYINT AS penta,
       c.goldstein, g.date, 'synthetic' AS rule, 0.9 AS confidence, g.negated, NULL AS modality,
       g.publisher, NULL AS url, NULL AS extra, NOT g.negated AS counted, g.part
FROM g JOIN _cameo c ON c.i = g.ci JOIN _actors s ON s.i = g.si JOIN _actors t ON t.i = g.ti
"""


def write_parts(root: Path, n_mentions: int, n_parts: int) -> float:
    """Generate the rows and write them as raw lake parts; returns seconds for the writing."""
    lake.init_lake(root)
    con = open_db(":memory:")
    n_codes = register_lookups(con)
    per_doc = 5
    con.execute(DOCUMENTS.format(docs=max(1, n_mentions // per_doc), parts=n_parts))
    con.execute(MENTIONS.format(n_codes=n_codes, per_doc=per_doc))
    doc_columns = [n for n, _ in lake.table_columns(con, "documents") if n != "ingested_at"]
    values = {"title": "NULL", "url": "NULL", "text_hash": "md5(doc_id)", "n_chars": "1000",
              "num_events": "5", "origin": "'synthetic'", "text": "NULL"}
    select_docs = ", ".join(f"{values[n]} AS {n}" if n in values else n for n in doc_columns)
    start = time.perf_counter()
    staging = root / "_staging"
    staging.mkdir()
    for table, select in (("mentions", "SELECT * FROM g_mentions"),
                          ("documents", f"SELECT {select_docs}, part FROM g_docs")):
        con.execute(f"COPY ({select}) TO '{staging / table}' (FORMAT parquet, PARTITION_BY (part))")
    for table in ("mentions", "documents"):  # documents last, as workers write them
        for folder in (staging / table).iterdir():
            k = int(folder.name.split("=")[1])
            os.replace(folder / "data_0.parquet", root / lake.PARTS / table / f"part-bench-{k:08d}.parquet")
    shutil.rmtree(staging)
    seconds = time.perf_counter() - start
    con.close()
    return seconds


def same(one: Any, other: Any) -> bool:
    """Equal query results, floats within 1e-9 (sums of doubles depend on the order DuckDB adds them in)."""
    if hasattr(one, "to_dict"):
        one, other = one.to_dict(orient="records"), other.to_dict(orient="records")
    if isinstance(one, float) and isinstance(other, float):
        return math.isclose(one, other, rel_tol=1e-9, abs_tol=1e-9) or (one != one and other != other)
    if isinstance(one, dict) and isinstance(other, dict):
        return one.keys() == other.keys() and all(same(one[k], other[k]) for k in one)
    if isinstance(one, list | tuple) and isinstance(other, list | tuple):
        return len(one) == len(other) and all(same(x, y) for x, y in zip(one, other, strict=True))
    return bool(one == other)


def timed(call: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--parts", type=int, default=100)
    parser.add_argument("--partition-by", default="date", choices=[str(p) for p in lake.PartitionBy])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    root = work / "lake"
    figures: dict[str, Any] = {"mentions": args.mentions, "parts": args.parts, "partition_by": args.partition_by}
    figures["write_parts_s"] = round(write_parts(root, args.mentions, args.parts), 2)
    start = time.perf_counter()
    _result, counts = lake.compact(root, lake.PartitionBy(args.partition_by))
    figures["compact_s"] = round(time.perf_counter() - start, 2)
    figures.update({f"lake_{k}": v for k, v in counts.items()})
    db = work / "loaded.duckdb"
    start = time.perf_counter()
    lake.load(root, db)
    figures["load_s"] = round(time.perf_counter() - start, 2)
    figures["lake_mb"] = round(sum(p.stat().st_size for p in root.rglob("*.parquet")) / 1e6, 1)
    figures["db_mb"] = round(db.stat().st_size / 1e6, 1)
    print(f"{args.mentions:,} mentions in {args.parts} parts written in {figures['write_parts_s']} s; "
          f"compacted in {figures['compact_s']} s into {counts['events']:,} events "
          f"({figures['lake_mb']} MB of Parquet); loaded into DuckDB in {figures['load_s']} s ({figures['db_mb']} MB)")
    lake_con = lake.open_lake(root)
    db_con = open_db(db, read_only=True)
    for name, query in {
        "dyad USA CHN month": lambda con: dyad(con, "USA", "CHN", freq="month"),
        "relations USA CHN": lambda con: relations(con, "USA", "CHN"),
        "relations RUS CHN": lambda con: relations(con, "RUS", "CHN"),
    }.items():
        on_lake = timed(lambda q=query: q(lake_con), args.repeat)
        on_db = timed(lambda q=query: q(db_con), args.repeat)
        equal = same(query(lake_con), query(db_con))
        figures[name] = {"lake_s": round(on_lake, 4), "duckdb_s": round(on_db, 4), "same": equal}
        print(f"{name:20s} lake {on_lake * 1000:7.1f} ms   DuckDB file {on_db * 1000:7.1f} ms   "
              f"same result: {equal}")
    lake_con.close()
    db_con.close()
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
