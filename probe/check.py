"""Score the probe: per sentence, right type / full events; list misses. Usage: check.py PRED.jsonl [-v]"""
import json
import sys
from collections import defaultdict
from pathlib import Path

gold = [json.loads(line) for line in open(Path(__file__).parent / "plover_probe.jsonl")]
pred = defaultdict(list)
for line in open(sys.argv[1]):
    e = json.loads(line)
    pred[e["doc_id"]].append(e)
typed = full = 0
per = defaultdict(lambda: [0, 0, 0])
for g in gold:
    ps = pred[g["id"]]
    ptypes = {p["plover"] or p["root"] for p in ps}
    gtypes = {e["plover"] for e in g["events"]}
    ok_t = gtypes <= ptypes
    gtrip = {(e["source"], e["target"], e["plover"]) for e in g["events"]}
    ptrip = {(p["source"], p["target"], p["plover"] or p["root"]) for p in ps}
    ok_f = gtrip <= ptrip
    typed += ok_t
    full += ok_f
    c = per[g["probe_type"]]
    c[0] += 1; c[1] += ok_t; c[2] += ok_f
    if not ok_f and "-q" not in sys.argv:
        mark = "TYPE" if not ok_t else "DYAD"
        got = "; ".join(f"{p['source']}>{p['target']} {p['cameo']} {p['plover']} [{p['rule']}]" for p in ps) or "-"
        print(f"{mark} {g['probe_type']:9} {g['text']}\n      want {sorted(gtrip)}\n      got  {got}")
print(f"sentences {len(gold)} type-right {typed} full-event {full}")
for k, (n, t, f) in per.items():
    print(f"  {k:10} {n:2} type {t:2} full {f:2}")
