"""Fresh-news check: lead paragraphs of Reuters stories (1987; the world-politics set, and from round 12 on
the rest of Reuters-21578) that we coded by hand under
``../shared/gold/dev/ANNOTATION.md``, kept as annotations only (``benchmarks/data/reuters_fresh.jsonl``:
story id, a digest of the paragraph, the events; the texts stay in ``../shared/corpora/``).

Each batch (``batch`` field) was coded before its coder looked at multipolar's output for it. Batches
whose name ends in ``-heldout`` were never used to tune a rule: their figures are the ones to quote; the
others were coded as tuning material for the rules of the round named in ``batch`` (``r11`` = round 11); in
rounds 12 to 14 each tuning batch was also held out from the branches that did not code it.

The lead paragraph is the story text up to its first blank line. A story whose paragraph no longer
matches its digest is reported and left out.

Run:  .venv/bin/python benchmarks/reuters_fresh.py [--batch NAME] [--write-gold FILE] [--errors N]
(``--write-gold`` writes the joined gold JSONL for ``multipolar evaluate`` or ``../shared/tools/score.py``.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "data" / "reuters_fresh.jsonl"
CORPORA = HERE.parent.parent / "shared" / "corpora"
#: The world-politics stories first; the whole Reuters-21578 collection for ids not among them.
CORPUS = CORPORA / "reuters_world_1987.jsonl"
ALL_STORIES = CORPORA / "reuters21578.jsonl"


def lead_paragraph(text: str) -> str:
    """The story's text up to its first blank line."""
    return text.split("\n\n", 1)[0].strip()


def digest(text: str) -> str:
    """Short digest of a paragraph, to notice a changed corpus."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _stories(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return {story["id"]: story for story in map(json.loads, handle)}


def joined_records(batch: str | None) -> tuple[list[dict[str, object]], int]:
    """Gold records (annotation + paragraph text) and the number left out because the text changed."""
    notes = [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines()]
    stories = _stories(CORPUS)
    if any(note["id"] not in stories for note in notes) and ALL_STORIES.exists():
        stories = {**_stories(ALL_STORIES), **stories}
    records, stale = [], 0
    for note in notes:
        if batch and note["batch"] != batch:
            continue
        story = stories.get(note["id"])
        text = lead_paragraph(story["text"]) if story else ""
        if not story or digest(text) != note["digest"]:
            stale += 1
            continue
        records.append({"id": note["id"], "set": "reuters_fresh", "text": text, "date": story.get("date"),
                        "events": note["events"], "events_annotated": True})
    return records, stale


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", help="only this batch of annotations")
    parser.add_argument("--write-gold", type=Path, help="write the joined gold JSONL here and stop")
    parser.add_argument("--errors", type=int, default=0, help="list up to N examples of each error class")
    opts = parser.parse_args()
    if not CORPUS.is_file():
        print(f"{CORPUS} not found: nothing to check (it lives in ../shared beside the repository)")
        return
    records, stale = joined_records(opts.batch)
    if stale:
        print(f"{stale} annotated stories left out: their lead paragraph changed in the corpus", file=sys.stderr)
    if opts.write_gold:
        opts.write_gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        print(f"{len(records)} records written to {opts.write_gold}")
        return
    from multipolar.events.evaluate import evaluate, render_table
    from multipolar.events.gold import parse_gold

    batches = Counter(json.loads(line)["batch"] for line in ANNOTATIONS.read_text().splitlines())
    print("batches: " + ", ".join(f"{name} {count}" for name, count in sorted(batches.items())))
    gold = [parse_gold(record, i + 1) for i, record in enumerate(records)]
    result = evaluate(gold, use_classifier=False, errors=opts.errors)
    print(render_table(result, "reuters_fresh" + (f" ({opts.batch})" if opts.batch else "")))


if __name__ == "__main__":
    main()
