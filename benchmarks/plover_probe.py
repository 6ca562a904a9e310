"""PLOVER event-type probe: hand-written sentences (ours, none from a dev set), 2004-style and modern
wording, at least six per type for AGREE, CONSULT, SUPPORT, COOPERATE, AID, RETREAT, CONCEDE, REQUEST,
ACCUSE, REJECT, THREATEN, SANCTION and MOBILIZE, in the gold format (``benchmarks/data/plover_probe.jsonl``;
``probe_type`` names the type a sentence probes; embargoes and tariffs, CAMEO 163, are COERCE in PLOVER).

Per sentence: *type right* = every gold PLOVER type is among the coded ones; *full event* = every gold
(source, target, type) triple is coded (the CAMEO root where PLOVER has no type: appeals,
denials). Gold IGO matches any organisation code but UN/EU/NATO.
``multipolar evaluate benchmarks/data/plover_probe.jsonl`` gives the usual micro scores on the same file.

``benchmarks/data/target_probe.jsonl`` is the slot and target probe: hand-written sentences
whose target sits outside the trigger's own slots, ``probe_type`` naming where (LIGHT, POSS, OVER,
PASSIVE, COORD, RECIP, ADJUNCT, FROM, SAYING, NOUN); ``tprobe:0``-``46`` were written before the rules they
probe, ``tprobe:47``-``68`` after them (held out).

``benchmarks/data/idiom_probe.jsonl`` holds 115 more of our own sentences, each a political act
told by a news idiom ("pulled the plug on", "took X to task"), in four batches (``phr1`` to ``phr4``): batch 1
was written before the idiom rows of the lexicon, batches 2-4 as held-out checks after each round.

Run:  .venv/bin/python benchmarks/plover_probe.py [--misses] [--probe FILE]   (FILE: one of the probes above)
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

PROBE = Path(__file__).resolve().parent / "data" / "plover_probe.jsonl"
NAMED_ORGS = frozenset({"UN", "EU", "NATO"})


def same_actor(gold: str | None, coded: str | None) -> bool:
    """The gold's IGO stands for any organisation but the UN, EU and NATO."""
    from multipolar.reference import is_state_code

    if gold == "IGO":
        return coded is not None and coded not in NAMED_ORGS and not is_state_code(coded)
    return gold == coded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the sentences not fully right")
    parser.add_argument("--probe", type=Path, default=PROBE, help="another probe file in the same format")
    args = parser.parse_args(argv)
    from multipolar.api import code_documents
    from multipolar.nlp.pipeline import PipelineConfig
    from multipolar.records import Document

    gold = [json.loads(line) for line in args.probe.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [Document(id=g["id"], text=g["text"], date=g["date"]) for g in gold]
    coded: dict[str, list[tuple[str | None, str | None, str | None]]] = defaultdict(list)
    for doc, events in code_documents(docs, PipelineConfig(n_process=1)):
        coded[doc.id] += [(e.source, e.target, e.plover or e.root) for e in events]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for g in gold:
        got = coded[g["id"]]
        wanted = [(e["source"], e["target"], e["plover"] or e["root"]) for e in g["events"]]
        type_ok = {t for _, _, t in wanted} <= {t for _, _, t in got}
        full_ok = all(any(t == ty and same_actor(src, s) and same_actor(tgt, o)
                          for s, o, t in got) for src, tgt, ty in wanted)
        row = counts[g["probe_type"]]
        row[0], row[1], row[2] = row[0] + 1, row[1] + type_ok, row[2] + full_ok
        if args.misses and not full_ok:
            want = sorted(wanted, key=str)
            miss = "TYPE" if not type_ok else "DYAD"
            print(f"{miss} {g['text']}\n     want {want}\n     got  {sorted(got, key=str)}")
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    print(f"{'type':10} {'n':>4} {'type ok':>8} {'full ok':>8}")
    for name, (n, t, f) in sorted(counts.items()):
        print(f"{name:10} {n:4} {t:8} {f:8}")
    print(f"{'all':10} {total[0]:4} {total[1]:8} {total[2]:8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
