"""Geolocation coverage and hand-checked accuracy on agnews_dev and the seed article.

Codes ``../shared/gold/dev/agnews_dev.jsonl`` (split by the last digit of the id's number: even = tune
half, odd = check half) and ``../shared/seed/*.txt`` with the full pipeline, then reports

* coverage: the share of coded events with an action location, by half and by location type;
* with ``--sample N``: a fixed sample of N events (ordered by a hash of document id and trigger
  offset, so the same events come back on every run) printed for hand-checking;
* with ``--judged FILE``: accuracy against hand judgements, a TSV of
  ``doc_id  char_start  correct_country  note`` written by a person reading each sampled event's
  story (the country where the event took place): the share of judged events whose action country,
  as coded now, is that country (an event with no location counts as wrong).

Gold has no locations, so accuracy rests on the hand judgements; the file holds ids and codes only.

Run:  .venv/bin/python benchmarks/geo_accuracy.py [--sample 50] [--judged benchmarks/data/geo_handcheck.tsv]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
AGNEWS = SHARED / "gold" / "dev" / "agnews_dev.jsonl"
SEED_DIR = SHARED / "seed"


def half(doc_id: str) -> str:
    """agnews tune (even last digit) or check (odd) half; the seed is its own set."""
    digits = re.findall(r"\d", doc_id)
    if doc_id.startswith("seed:") or not digits:
        return "seed"
    return "tune" if int(digits[-1]) % 2 == 0 else "check"


def documents() -> list[object]:
    from multipolar.records import Document

    docs: list[object] = []
    with AGNEWS.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                docs.append(Document(id=row["id"], text=row["text"], date=row.get("date"), title=row.get("title")))
    for path in sorted(SEED_DIR.glob("*.txt")):
        docs.append(Document(id=f"seed:{path.name}", text=path.read_text(encoding="utf-8")))
    return docs


def sample_key(doc_id: str, char_start: int) -> str:
    return hashlib.blake2b(f"{doc_id}|{char_start}".encode(), digest_size=8).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sample", type=int, default=0, help="print N events for hand-checking")
    parser.add_argument("--skip", type=int, default=0, help="start the sample after the first N events")
    parser.add_argument("--judged", type=Path, help="TSV of hand judgements to score")
    args = parser.parse_args(argv)
    if not AGNEWS.is_file():
        print(f"skipped: {AGNEWS} not found (it lives in ../shared beside the repo)")
        return 0
    from multipolar.api import code_documents
    from multipolar.nlp.pipeline import PipelineConfig

    coded = list(code_documents(documents(), PipelineConfig(n_process=1)))  # type: ignore[arg-type]
    events = [e for _doc, evs in coded for e in evs]
    texts = {doc.id: doc for doc, _evs in coded}
    print(f"{len(coded)} documents, {len(events)} events")
    for name in ("tune", "check", "seed"):
        part = [e for e in events if half(e.doc_id) == name]
        located = [e for e in part if e.action_geo is not None]
        types = Counter(str(e.action_geo.type) for e in located if e.action_geo)
        share = len(located) / len(part) if part else 0.0
        print(f"  {name:5}: {len(part):4} events, {share:6.1%} located  {dict(types)}")
    if args.sample:
        ordered = sorted(events, key=lambda e: sample_key(e.doc_id, e.char_start))
        picked = ordered[args.skip: args.skip + args.sample]
        for e in picked:
            doc = texts[e.doc_id]
            geo = e.action_geo
            print("\t".join([e.doc_id, str(e.char_start), geo.country if geo else "-",
                             geo.full_name if geo else "-", f"{e.source}->{e.target} {e.cameo}",
                             repr(e.sentence[:160]), repr((doc.title or "")[:60]), repr(doc.text[:60])]))
    if args.judged:
        judged = [line.split("\t") for line in args.judged.read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#")]
        predicted: dict[tuple[str, int], list[str]] = {}
        for e in events:
            predicted.setdefault((e.doc_id, e.char_start), []).append(e.action_geo.country if e.action_geo else "-")
        by_half: dict[str, list[bool]] = {}
        by_set: dict[str, list[bool]] = {}
        for doc_id, start, correct, *note in judged:
            for country in predicted.get((doc_id, int(start)), ["(not coded)"])[:1]:
                by_half.setdefault(half(doc_id), []).append(country == correct)
                judged_set = "set 2 (fresh)" if note and note[0].startswith("[2]") else "set 1 (tuned on)"
                by_set.setdefault(judged_set, []).append(country == correct)
        total = [ok for oks in by_half.values() for ok in oks]
        print(f"hand-checked: {sum(total)}/{len(total)} correct ({sum(total) / len(total):.1%})")
        for name, oks in [*sorted(by_half.items()), *sorted(by_set.items())]:
            print(f"  {name:5}: {sum(oks)}/{len(oks)} correct ({sum(oks) / len(oks):.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
