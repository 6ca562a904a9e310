"""Load test of ``multipolar serve``: concurrent async clients against a synthetic store.

A store of ``--events`` generated events (``query_speed.generate``: 200 actors with skewed activity,
real CAMEO codes, ten years; one mention per event, documents for the first thousand ids) is served by
``multipolar serve`` in its own process. First every endpoint is timed once, cold (nothing cached).
Then ``--clients`` clients send ``--requests`` requests in all, drawn with a fixed seed from a
dashboard-like mix (event pages and filters, dyads, relations, documents, graph, blocs, actors,
overview). Reported per endpoint: requests, errors (non-2xx or transport), p50, p95 and max latency.
Goal: zero errors; p95 < 300 ms for relations and dyad.

usage: python benchmarks/serve_load.py [--events 1000000] [--clients 200] [--requests 3000]
                                       [--cache 512] [--db PATH] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from multipolar.store.database import open_db
from query_speed import FIRST_ACTORS, generate

GOAL_MS = 300
DOCUMENTS = """
INSERT INTO documents
SELECT first_doc_id, min(date), 'Wire', NULL, NULL, 'synthetic', 100, count(*)::INTEGER, NULL,
       string_agg(DISTINCT 'Synthetic sentence ' || event_id || ' about ' || source || ' and ' || target, ' '),
       TIMESTAMP '2025-01-01 00:00:00'
FROM events WHERE event_id < 4000 GROUP BY first_doc_id
"""


def prepare(db: Path, n_events: int) -> None:
    seconds = generate(db, n_events)
    con = open_db(db)
    con.execute(DOCUMENTS)
    con.execute("CHECKPOINT")
    con.close()
    print(f"generated {n_events:,} events in {seconds:.1f} s ({db.stat().st_size / 1e6:.0f} MB)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def request_mix(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` (endpoint name, URL) pairs, weighted like a dashboard session."""
    rng = random.Random(seed)
    actors = FIRST_ACTORS[:10]
    pairs = [(a, b) for i, a in enumerate(actors) for b in actors[i + 1:]]

    def pick() -> tuple[str, str]:
        kind = rng.choices(
            ["events", "events_filtered", "dyad", "relations", "document", "graph", "blocs", "actors", "overview"],
            weights=[15, 15, 20, 20, 10, 5, 5, 5, 5])[0]
        a, b = rng.choice(pairs)
        if kind == "events":
            return kind, f"/api/events?page={rng.randint(1, 20)}&page_size=50"
        if kind == "events_filtered":
            return kind, f"/api/events?actor={a}&from=2019-01-01&sort=goldstein&order=desc&page={rng.randint(1, 5)}"
        if kind == "dyad":
            return kind, f"/api/dyad/{a}/{b}?freq={rng.choice(['month', 'year'])}"
        if kind == "relations":
            return kind, f"/api/relations/{a}/{b}?evidence=10"
        if kind == "document":
            return kind, f"/api/documents/doc-{rng.randint(0, 999)}"
        if kind == "graph":
            return kind, f"/api/graph?min_events={rng.choice([1, 100])}"
        if kind == "blocs":
            return kind, "/api/blocs"
        return kind, f"/api/{kind}"

    return [pick() for _ in range(n)]


async def run_load(base: str, mix: list[tuple[str, str]], clients: int) -> dict[str, dict[str, Any]]:
    """Send ``mix`` with ``clients`` concurrent clients; latency (ms) and errors per endpoint."""
    latencies: dict[str, list[float]] = {}
    errors: dict[str, list[str]] = {}
    queue = iter(mix)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=300, limits=limits) as http:

        async def client() -> None:
            for name, url in queue:
                start = time.perf_counter()
                try:
                    response = await http.get(url)
                    if response.status_code >= 300:
                        errors.setdefault(name, []).append(f"{response.status_code} {url}")
                except httpx.HTTPError as exc:
                    errors.setdefault(name, []).append(f"{type(exc).__name__} {url}")
                latencies.setdefault(name, []).append((time.perf_counter() - start) * 1000)

        await asyncio.gather(*(client() for _ in range(clients)))
    return {
        name: {"requests": len(times), "errors": len(errors.get(name, [])),
               "p50_ms": round(statistics.median(times), 1),
               "p95_ms": round(statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0], 1),
               "max_ms": round(max(times), 1), "first_errors": errors.get(name, [])[:3]}
        for name, times in sorted(latencies.items())
    }


def cold_times(base: str) -> dict[str, float]:
    """Each endpoint once, before anything is cached (ms)."""
    urls = {"overview": "/api/overview", "actors": "/api/actors", "events": "/api/events?page=3",
            "events_filtered": "/api/events?actor=CHN&from=2019-01-01&sort=goldstein&order=desc",
            "dyad": "/api/dyad/USA/CHN?freq=month", "relations": "/api/relations/RUS/CHN?evidence=10",
            "document": "/api/documents/doc-7", "graph": "/api/graph", "blocs": "/api/blocs"}
    out = {}
    with httpx.Client(base_url=base, timeout=300) as http:
        for name, url in urls.items():
            start = time.perf_counter()
            http.get(url).raise_for_status()
            out[name] = round((time.perf_counter() - start) * 1000, 1)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--cache", type=int, default=512, help="server's --cache (0: every request hits DuckDB)")
    parser.add_argument("--db", type=Path, default=None, help="reuse or create this database file")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    workdir = tempfile.TemporaryDirectory()
    db = args.db or Path(workdir.name) / "serve_load.duckdb"
    if not db.exists():
        prepare(db, args.events)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "multipolar", "serve", "--db", str(db), "--port", str(port),
                               "--cache", str(args.cache)])
    base = f"http://127.0.0.1:{port}"
    try:
        while server.poll() is None:
            try:
                httpx.get(base + "/openapi.json", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            print("error: the server did not start", file=sys.stderr)
            return 2
        cold = cold_times(base)
        print("cold, one request each (ms): " + ", ".join(f"{k} {v}" for k, v in cold.items()))
        start = time.perf_counter()
        figures = asyncio.run(run_load(base, request_mix(args.requests), args.clients))
        seconds = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=30)
    total_errors = sum(f["errors"] for f in figures.values())
    print(f"{args.requests} requests, {args.clients} clients, cache {args.cache}: {seconds:.1f} s, "
          f"{args.requests / seconds:.0f} req/s, {total_errors} errors")
    print(f"{'endpoint':16s} {'requests':>8s} {'errors':>6s} {'p50 ms':>8s} {'p95 ms':>8s} {'max ms':>8s}")
    for name, f in figures.items():
        print(f"{name:16s} {f['requests']:8d} {f['errors']:6d} "
              f"{f['p50_ms']:8.1f} {f['p95_ms']:8.1f} {f['max_ms']:8.1f}")
        for line in f["first_errors"]:
            print(f"    {line}")
    goal = all(figures[k]["p95_ms"] < GOAL_MS for k in ("relations", "dyad") if k in figures)
    print(f"relations/dyad p95 {'meet' if goal else 'MISS'} the {GOAL_MS} ms goal; errors: {total_errors}")
    if args.json:
        print(json.dumps({"events": args.events, "clients": args.clients, "requests": args.requests,
                          "seconds": round(seconds, 1), "cold_ms": cold, "endpoints": figures}))
    workdir.cleanup()
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())
