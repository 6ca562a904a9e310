"""Actor-resolution accuracy on the gold dev set (ConfliBERT sentences with hand-resolved actors).

For every gold event actor with a code and a text span (``source``/``source_name``,
``target``/``target_name``) we find the span in the sentence and ask which actor multipolar resolves
there: the mention found from the span's syntactic head (``actor_for_token``, as the event coder
does), else the first mention overlapping the span.

    precision = correct / spans we assign a code to;   recall = correct / gold-resolved actors.

A coordinated span ("India and Pakistan", the gold's source of two events) counts as right when
the gold code is one of the conjuncts' codes (the event coder emits one event per conjunct).

Gold uses UN/EU/NATO and IGO for every other organisation, and codes UN agencies as UN; our codes are
mapped the same way before comparing (WHO, IAEA -> UN; other blocs -> IGO).

Run:  .venv/bin/python benchmarks/actor_accuracy.py [--errors 40] [--gold PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dev" / "conflibert_train.jsonl"
GOLD_ORG_CODES = frozenset({"UN", "EU", "NATO", "IGO", "NGO", "IMG", "WST"})
UN_FAMILY = frozenset({"WHO", "IAEA"})


def to_gold_space(code: str) -> str:
    from multipolar.actors.tables import BLOC_CODES

    if code in UN_FAMILY:
        return "UN"
    if code in BLOC_CODES and code not in GOLD_ORG_CODES:
        return "IGO"
    return code


def locate(text: str, name: str) -> tuple[int, int] | None:
    """Char span of a gold actor name in the sentence (tolerates the gold's tokenised spacing)."""
    exact = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
    if exact:
        return exact.start(), exact.end()
    parts = [re.escape(p) for p in re.findall(r"\w+|[^\w\s]", name)]
    if not parts:
        return None
    match = re.search(r"\s*".join(parts), text, flags=re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"skipped: {args.gold} not found")
        return 0

    from multipolar.actors.lookup import actor_for_token
    from multipolar.api import get_pipeline

    records = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    nlp = get_pipeline()
    texts = [r["text"] for r in records]
    gold_total = assigned = correct = unlocated = 0
    errors: list[str] = []
    missed: Counter[str] = Counter()
    with nlp.select_pipes(disable=["multipolar_events"]):
        docs = nlp.pipe(texts, batch_size=64)
        for record, doc in zip(records, docs, strict=True):
            for event in record.get("events") or []:
                for side in ("source", "target"):
                    gold, name = event.get(side), event.get(f"{side}_name")
                    if not gold or not name:
                        continue
                    gold_total += 1
                    where = locate(record["text"], name)
                    if where is None:
                        unlocated += 1
                        continue
                    span = doc.char_span(*where, alignment_mode="expand")
                    if span is None:
                        unlocated += 1
                        continue
                    mention = actor_for_token(doc, span.root) or next(
                        (m for m in doc._.actors if m.start < span.end and m.end > span.start), None
                    )
                    if mention is None:
                        missed[name] += 1
                        if len(errors) < args.errors:
                            errors.append(f"MISS  gold={gold:5} span={name!r}")
                        continue
                    assigned += 1
                    ours = to_gold_space(mention.code)
                    # a coordinated span ("India and Pakistan") stands for each conjunct's actor
                    conjuncts = {to_gold_space(c) for t in span.root.conjuncts if span.start <= t.i < span.end
                                 for m in [actor_for_token(doc, t)] if m is not None
                                 for c in (m.members or (m.code,))}
                    ours = gold if gold in conjuncts else ours
                    if ours == gold:
                        correct += 1
                    elif len(errors) < args.errors:
                        errors.append(f"WRONG gold={gold:5} ours={ours:5} span={name!r} mention={mention.text!r}"
                                      f" rule={mention.rule}")
    precision = correct / assigned if assigned else 0.0
    recall = correct / gold_total if gold_total else 0.0
    print("command: .venv/bin/python benchmarks/actor_accuracy.py")
    print(f"gold file: {args.gold}")
    print(f"gold-resolved actors: {gold_total} (span not found in text: {unlocated})")
    print(f"assigned: {assigned}  correct: {correct}")
    print(f"precision: {precision:.3f}  recall: {recall:.3f}")
    for line in errors:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
