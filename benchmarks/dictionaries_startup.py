"""Start-up time and peak memory of the pipeline with and without the imported PETRARCH2 tables.

Each mode runs in a fresh process (``python -c``), alternating, ``--repeat`` times; the least CPU
time (user + system, robust on a shared machine) of each mode is kept. Modes: bare spaCy (the
English model via ``multipolar.nlp.loader`` + one sentence), multipolar with no imported tables
(``MULTIPOLAR_IMPORTED=none``), with the default ones (patterns, agents) and with all of them.
Start-up = load + build the pipeline + code one sentence (which builds the matchers and reads
every table). Peak RSS is the child's ``ru_maxrss``. Budget (issue 9): at most 1.5 s over bare
spaCy, peak RSS at most 1 GB.

    .venv/bin/python benchmarks/dictionaries_startup.py --repeat 3
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

SENTENCE = "Iraqi insurgents hammered the base with mortars, police in Dhaka said."
CODE = {
    "bare spaCy": "from multipolar.nlp.loader import load_model; nlp = load_model(); nlp(S)",
    "multipolar, no imported tables": "from multipolar.api import code_text; code_text(S)",
    "multipolar, default imported": "from multipolar.api import code_text; code_text(S)",
    "multipolar, imported tables": "from multipolar.api import code_text; code_text(S)",
}
SETTING = {"multipolar, no imported tables": "none", "multipolar, default imported": "default",
           "multipolar, imported tables": "all"}


def run(mode: str) -> tuple[float, float]:
    """(CPU seconds, peak RSS in MB) of one fresh process in ``mode``."""
    env = dict(os.environ, MULTIPOLAR_IMPORTED=SETTING.get(mode, "all"))
    script = (f"S = {SENTENCE!r}\n{CODE[mode]}\nimport resource\nu = resource.getrusage(resource.RUSAGE_SELF)\n"
              "print(u.ru_utime + u.ru_stime, u.ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True)
    cpu, rss = out.stdout.split()[-2:]
    return float(cpu), int(rss) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    best: dict[str, tuple[float, float]] = {}
    for _ in range(args.repeat):
        for mode in CODE:
            seconds, rss = run(mode)
            old = best.get(mode)
            best[mode] = (min(seconds, old[0]) if old else seconds, max(rss, old[1]) if old else rss)
    bare = best["bare spaCy"][0]
    for mode, (seconds, rss) in best.items():
        print(f"{mode:32s} {seconds:6.2f} s  (+{seconds - bare:5.2f} s over bare spaCy)  peak RSS {rss:7.1f} MB")
    added = best["multipolar, imported tables"][0] - best["multipolar, no imported tables"][0]
    over = best["multipolar, imported tables"][0] - bare
    print(f"imported tables add {added:.2f} s; multipolar with them: +{over:.2f} s over bare spaCy "
          "(budget 1.5 s), peak RSS budget 1024 MB")
    if args.json:
        print(json.dumps({m: {"seconds": round(s, 3), "rss_mb": round(r, 1)} for m, (s, r) in best.items()}))


if __name__ == "__main__":
    main()
