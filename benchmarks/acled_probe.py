"""Conflict and protest probe: hand-written sentences in the style of ACLED event notes (ours, none
from a dev set) with the PLOVER type each should be coded with (``benchmarks/data/acled_probe.tsv``;
``NONE`` = no event). A sentence is right when its expected type is among the coded ones (for ``NONE``:
when nothing is coded), whether or not its actors resolve.

Run:  .venv/bin/python benchmarks/acled_probe.py [--misses]
"""

from __future__ import annotations

import argparse
from pathlib import Path

PROBE = Path(__file__).resolve().parent / "data" / "acled_probe.tsv"
DATE = "2021-05-01"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the sentences coded with another type")
    opts = parser.parse_args()
    from multipolar.api import get_pipeline
    from multipolar.nlp.pipeline import make_doc
    from multipolar.records import Document

    nlp = get_pipeline()
    rows = [line.split("\t", 1) for line in PROBE.read_text().splitlines() if line and not line.startswith("#")]
    right = 0
    for i, (expected, text) in enumerate(rows):
        doc = nlp(make_doc(nlp, Document(id=f"acled:{i}", text=text, date=DATE)))
        types = {e.plover or e.root for e in doc._.events}
        ok = not types if expected == "NONE" else expected in types
        right += ok
        if opts.misses and not ok:
            print(f"[{expected}] {text}\n    -> {', '.join(sorted(t for t in types if t)) or 'none'}")
    print(f"{right}/{len(rows)} sentences coded with the expected type")


if __name__ == "__main__":
    main()
