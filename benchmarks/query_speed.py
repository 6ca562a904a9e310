"""Query speed: ``dyad`` and ``relations`` over a generated table of 10 million events.

The events (and one mention per event, for the evidence) are generated directly in DuckDB with
SQL: 200 actors drawn with a skewed distribution (so USA/CHN is a heavy pair and RUS/CHN a
middling one), real CAMEO codes with their Goldstein and QuadClass, ten years of dates.
Each query runs ``--repeat`` times on an open read-only connection; the median and worst times
are printed (goal: < 0.5 s per query), and once through a path (connection opened per call).

usage: python benchmarks/query_speed.py [--events 10000000] [--repeat 5] [--db PATH] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pycountry

from multipolar.analysis.dyad import dyad
from multipolar.analysis.relations import relations
from multipolar.events.ontology import cameo_codes
from multipolar.store.database import open_db

GOAL_S = 0.5
FIRST_ACTORS = ["USA", "CHN", "RUS", "WST", "UKR", "GBR", "FRA", "DEU", "IND", "JPN"]

GENERATE = """
INSERT INTO events BY NAME
WITH g AS (
    SELECT range AS n,
           floor(random() * {n_codes})::INTEGER AS ci,
           floor(200 * pow(random(), 3))::INTEGER AS si,
           floor(200 * pow(random(), 3))::INTEGER AS ti,
           (DATE '2015-01-01' + floor(random() * 3652)::INTEGER) AS day,
           1 + floor(-ln(1 - random()) * 1.5)::INTEGER AS nm
    FROM range({n_events})
)
SELECT g.n AS event_id, g.day AS date, s.code AS source, t.code AS target, c.code AS cameo,
       c.root, left(c.code, 3) AS base, c.plover, c.plover_mode, c.quad, c.penta, c.goldstein,
       g.nm AS num_mentions, greatest(1, g.nm - 1) AS num_documents, greatest(1, g.nm - 2) AS num_sources,
       0.5 + (g.n % 50) / 100.0 AS confidence, NULL AS source_sector, NULL AS target_sector,
       s.code AS source_name, t.code AS target_name, g.n % 7 = 0 AS is_root,
       'doc-' || (g.n // 4) AS first_doc_id, (g.n % 4)::INTEGER AS first_sentence,
       NULL AS url, TIMESTAMP '2025-01-01 00:00:00' AS date_added
FROM g JOIN _cameo c ON c.i = g.ci JOIN _actors s ON s.i = g.si JOIN _actors t ON t.i = g.ti
"""

MENTIONS = """
INSERT INTO mentions BY NAME
SELECT first_doc_id AS doc_id, first_sentence AS mention_index, event_id, first_sentence AS sentence_index,
       'Synthetic sentence ' || event_id || ' about ' || source || ' and ' || target AS sentence,
       0 AS sentence_start, 'did' AS trigger, 0 AS char_start, 3 AS char_end,
       source, NULL AS source_sector, source AS source_text, target, NULL AS target_sector,
       target AS target_text, cameo, root, plover, plover_mode, quad, penta, goldstein, date,
       'synthetic' AS rule, confidence, false AS negated, NULL AS modality, 'Wire' AS publisher,
       NULL AS url, NULL AS extra, true AS counted
FROM events
"""


def register_lookups(con: Any) -> int:
    """Register the generators' lookup tables on ``con``: ``_cameo`` (every CAMEO code, numbered) and
    ``_actors`` (200 actors, the busiest first); returns the number of CAMEO codes."""
    codes = list(cameo_codes().values())
    con.register("_cameo", pa.Table.from_pylist([
        {"i": i, "code": c.code, "root": c.root, "plover": c.plover, "plover_mode": c.plover_mode,
         "quad": c.quad, "penta": c.penta, "goldstein": c.goldstein} for i, c in enumerate(codes)
    ]))
    others = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in FIRST_ACTORS]
    actors = (FIRST_ACTORS + others)[:200]
    con.register("_actors", pa.table({"i": list(range(len(actors))), "code": actors}))
    return len(codes)


def generate(db: Path, n_events: int) -> float:
    """Fill a fresh database; returns seconds taken."""
    con = open_db(db)
    n_codes = register_lookups(con)
    start = time.perf_counter()
    con.execute(GENERATE.format(n_codes=n_codes, n_events=n_events))
    con.execute(MENTIONS)
    con.execute("CHECKPOINT")
    seconds = time.perf_counter() - start
    con.close()
    return seconds


def timed(call: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, default=None, help="reuse or create this database file")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    workdir = tempfile.TemporaryDirectory()
    db = args.db or Path(workdir.name) / "query_bench.duckdb"
    figures: dict[str, Any] = {"events": args.events}
    if not db.exists():
        figures["generate_s"] = round(generate(db, args.events), 1)
        print(f"generated {args.events:,} events and mentions in {figures['generate_s']} s")
    figures["db_mb"] = round(db.stat().st_size / 1e6, 1)
    con = open_db(db, read_only=True)
    queries: dict[str, Callable[[], Any]] = {
        "dyad USA CHN month": lambda: dyad(con, "USA", "CHN", freq="month"),
        "dyad RUS CHN week": lambda: dyad(con, "rus", "chn", freq="week"),
        "relations USA CHN": lambda: relations(con, "USA", "CHN"),
        "relations RUS CHN": lambda: relations(con, "RUS", "CHN"),
        "relations (path) RUS CHN": lambda: relations(db, "RUS", "CHN"),
    }
    slowest = 0.0
    for name, call in queries.items():
        median, worst, result = timed(call, args.repeat)
        size = result["events"] if isinstance(result, dict) else int(result["events"].sum())
        print(f"{name:26s} median {median * 1000:7.1f} ms  worst {worst * 1000:7.1f} ms  ({size:,} events)")
        figures[name] = {"median_s": round(median, 4), "worst_s": round(worst, 4), "events": size}
        slowest = max(slowest, median)
    con.close()
    print(f"database {figures['db_mb']} MB; slowest median {slowest * 1000:.1f} ms "
          f"({'meets' if slowest < GOAL_S else 'MISSES'} the {GOAL_S} s goal)")
    if args.json:
        print(json.dumps(figures))
    workdir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
