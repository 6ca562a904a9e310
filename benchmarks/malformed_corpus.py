"""Bad input at scale: ``multipolar ingest`` (real coder) over 1,000 generated malformed files.

The corpus comes from ``tests/reliability/malformed.py``: bad files and bad JSON lines (each must
give exactly one ``error:`` line naming it) and nasty-but-readable files (broken markup, Windows-1252
bytes, control characters, huge tokens, surrogate escapes, UTF-16), which must be coded and stored.
Prints tracebacks, bad inputs without exactly one line, good documents not stored, the exit code,
wall time and peak memory of the ingest process.

usage: python benchmarks/malformed_corpus.py [--files 1000] [-j 1] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.reliability.malformed import generate  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("-j", "--jobs", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    work = tempfile.TemporaryDirectory()
    root = Path(work.name)
    corpus = generate(root / "corpus", args.files)
    db = root / "db.duckdb"
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "multipolar", "ingest", str(corpus.root), "--db", str(db),
                           "-j", str(args.jobs)], cwd=REPO, capture_output=True, text=True)
    wall = time.perf_counter() - start
    output = proc.stdout + proc.stderr
    errors = [line[len("error: "):] for line in output.splitlines() if line.startswith("error: ")]
    named = Counter(next((bad for bad in corpus.bad if line.startswith(bad + ": ")), "?") for line in errors)
    con = duckdb.connect(str(db), read_only=True)
    stored = {row[0] for row in con.execute("SELECT doc_id FROM documents").fetchall()}
    coded = con.execute("SELECT count(DISTINCT doc_id) FROM mentions").fetchall()[0][0]
    con.close()
    figures = {
        "files": args.files, "bad_inputs": len(corpus.bad), "good_documents": len(corpus.good),
        "exit_code": proc.returncode, "tracebacks": output.count("Traceback"),
        "bad_inputs_without_exactly_one_line": sum(1 for bad in corpus.bad if named[bad] != 1),
        "error_lines_not_naming_a_bad_input": named["?"],
        "good_documents_not_stored": len(corpus.good - stored), "documents_with_events": coded,
        "wall_s": round(wall, 1),
        "peak_rss_mb_ingest_process": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    }
    print(f"{args.files} files ({len(corpus.bad)} bad inputs, {len(corpus.good)} readable documents): exit "
          f"{proc.returncode}, {figures['tracebacks']} tracebacks, {figures['bad_inputs_without_exactly_one_line']} "
          f"bad inputs without exactly one error line, {figures['error_lines_not_naming_a_bad_input']} stray error "
          f"lines, {figures['good_documents_not_stored']} readable documents not stored ({coded} with events); "
          f"{wall:.1f} s, peak RSS {figures['peak_rss_mb_ingest_process']} MB")
    if args.json:
        print(json.dumps(figures))
    work.cleanup()
    ok = figures["tracebacks"] == figures["bad_inputs_without_exactly_one_line"] == 0
    return 0 if ok and figures["good_documents_not_stored"] == 0 and proc.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
