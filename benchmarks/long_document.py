"""Long documents: one book-length text coded whole, against the same text as many short documents.

The text is built from the script's own sentences (no corpus needed) up to ``--chars`` characters
(default 2.4 million, beyond spaCy's 1,000,000-character ``max_length``). Mode ``long`` codes it as
one document (split into pieces at paragraph/sentence boundaries by ``multipolar.nlp.chunks``);
mode ``short`` codes the same paragraphs as separate documents of about 5,000 characters, the
baseline. Each mode runs in its own process and reports its wall time, events and peak RSS;
the figures to read are the ratios long/short.

usage: python benchmarks/long_document.py [--chars 2400000] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

PARAGRAPH = ("Russia attacked Ukraine on Monday, officials in Kyiv said. China and India signed a trade "
             "agreement in Delhi. Iran threatened Israel with retaliation, and the United States urged "
             "restraint. Egypt hosted talks between Sudan and South Sudan on the border dispute.")


def text_of(chars: int) -> str:
    paragraphs = []
    total = 0
    number = 0
    while total < chars:
        paragraphs.append(f"{number}. {PARAGRAPH}")
        total += len(paragraphs[-1]) + 2
        number += 1
    return "\n\n".join(paragraphs)


def run_mode(mode: str, chars: int) -> dict[str, float]:
    from multipolar.api import code_documents
    from multipolar.nlp.pipeline import PipelineConfig
    from multipolar.records import Document

    text = text_of(chars)
    if mode == "long":
        documents = [Document(id="book", text=text, date="2024-05-16")]
    else:
        parts = text.split("\n\n")
        step = max(1, 5000 // (len(PARAGRAPH) + 8))
        documents = [Document(id=f"part{i}", text="\n\n".join(parts[i:i + step]), date="2024-05-16")
                     for i in range(0, len(parts), step)]
    config = PipelineConfig(n_process=1)
    list(code_documents([Document(id="warm", text=PARAGRAPH)], config))  # load the model outside the timing
    start = time.perf_counter()
    events = sum(len(found) for _, found in code_documents(documents, config))
    wall = time.perf_counter() - start
    return {"chars": len(text), "documents": len(documents), "events": events, "wall_s": round(wall, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2_400_000)
    parser.add_argument("--mode", choices=["long", "short"], help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.chars)))
        return 0
    results = {}
    for mode in ("short", "long"):
        out = subprocess.run([sys.executable, __file__, "--mode", mode, "--chars", str(args.chars)],
                             capture_output=True, text=True, check=True).stdout
        results[mode] = json.loads(out.strip().splitlines()[-1])
    short, long = results["short"], results["long"]
    figures = {"short": short, "long": long,
               "time_ratio_long_over_short": round(long["wall_s"] / max(short["wall_s"], 1e-9), 2),
               "rss_ratio_long_over_short": round(long["peak_rss_mb"] / max(short["peak_rss_mb"], 1), 2),
               "events_equal": long["events"] == short["events"]}
    print(f"one document of {long['chars']:,} characters: {long['wall_s']} s, {long['events']} events, peak RSS "
          f"{long['peak_rss_mb']} MB")
    print(f"same text as {short['documents']} documents: {short['wall_s']} s, {short['events']} events, peak RSS "
          f"{short['peak_rss_mb']} MB")
    print(f"ratio long/short: time {figures['time_ratio_long_over_short']}, memory "
          f"{figures['rss_ratio_long_over_short']}")
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
