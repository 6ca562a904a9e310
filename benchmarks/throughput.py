"""Throughput of the full multipolar pipeline against bare spaCy on the same texts.

Codes the first N stories of ``../shared/corpora/reuters21578.jsonl`` with ``multipolar.api``
and, in the same run, parses the same texts with the bare English model. Both go through
:func:`multipolar.nlp.parallel.map_batches` with the same processes and batch size, so the
ratio measures what multipolar's components cost, not differences in process handling.

usage: python benchmarks/throughput.py [--limit 2000] [-j 0] [--batch-size 64] [--repeat 1]
       [--second-opinion-cost]   (also the pipeline without multipolar_second_opinion)
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from multipolar.api import code_documents
from multipolar.nlp.loader import cached_model
from multipolar.nlp.parallel import map_batches
from multipolar.nlp.pipeline import PipelineConfig, resolve_processes
from multipolar.records import Document

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "reuters21578.jsonl"
GOAL = 0.90  # full-pipeline words/s as a share of bare spaCy's


@dataclass(frozen=True)
class Run:
    """One timed pass over the texts."""

    mode: str  # "bare" | "full"
    seconds: float
    cpu_seconds: float  # user + system time of this process and its finished workers
    words: int
    events: int

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else float("inf")

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / self.cpu_seconds if self.cpu_seconds > 0 else float("inf")


def read_corpus(path: Path, limit: int) -> list[Document]:
    """The first ``limit`` stories with non-empty text."""
    documents: list[Document] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if len(documents) >= limit:
                break
            if not line.strip():
                continue
            item = json.loads(line)
            text = item.get("text") or ""
            if text.strip():
                documents.append(
                    Document(id=str(item["id"]), text=text, date=item.get("date"), title=item.get("title"))
                )
    return documents


def _bare_model() -> Language:
    nlp: Language = cached_model()
    return nlp


def _bare_handle(nlp: Language, batch: list[Document], batch_size: int) -> list[int]:
    """Parse texts with the bare model; one 0 per document (bare spaCy codes no events)."""
    return [0 for _doc in nlp.pipe((d.text for d in batch), batch_size=batch_size)]


def _bare(documents: list[Document], jobs: int, batch_size: int) -> Iterator[int]:
    yield from map_batches(_bare_model, _bare_handle, documents, n_process=jobs, batch_size=batch_size)


def _full(documents: list[Document], jobs: int, batch_size: int) -> Iterator[int]:
    config = PipelineConfig(n_process=jobs, batch_size=batch_size)
    return (len(events) for _doc, events in code_documents(documents, config))


def _no_opinion(documents: list[Document], jobs: int, batch_size: int) -> Iterator[int]:
    config = PipelineConfig(n_process=jobs, batch_size=batch_size, second_opinion=False)
    return (len(events) for _doc, events in code_documents(documents, config))


MODES: dict[str, Callable[[list[Document], int, int], Iterator[int]]] = {
    "bare": _bare, "full": _full, "no_opinion": _no_opinion}


def cpu_time() -> float:
    """User + system CPU seconds of this process and of its finished child processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(mode: str, documents: list[Document], words: int, jobs: int, batch_size: int) -> Run:
    """Run one mode over all documents (pool start and model load included); wall and CPU time.

    CPU time is the steadier figure on a shared machine: other load stretches wall time only.
    """
    cpu_start, start = cpu_time(), time.perf_counter()
    results = list(MODES[mode](documents, jobs, batch_size))
    seconds, cpu_seconds = time.perf_counter() - start, cpu_time() - cpu_start
    if len(results) != len(documents):
        raise RuntimeError(f"{mode}: {len(results)} results for {len(documents)} documents")
    return Run(mode, seconds, cpu_seconds, words, sum(results))


def peak_rss_mib() -> tuple[float, float]:
    """Peak RSS of this process and of the largest finished child process, in MiB."""
    unit = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / unit
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / unit
    return own, child


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSON-lines corpus (id, date, title, text)")
    parser.add_argument("--limit", type=int, default=2000, help="number of stories (default 2000)")
    parser.add_argument("-j", "--jobs", type=int, default=0, help="processes; 0 = all cores (default)")
    parser.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch size (default 64)")
    parser.add_argument("--repeat", type=int, default=1, help="alternate bare/full runs N times, keep the best")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    parser.add_argument("--second-opinion-cost", action="store_true",
                        help="also time the pipeline without multipolar_second_opinion (its cost)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.corpus.is_file():
        print(f"skipped: corpus not found at {args.corpus} (it lives in ../shared beside the repo)")
        return 0
    documents = read_corpus(args.corpus, args.limit)
    if not documents:
        print(f"skipped: no stories with text in {args.corpus}")
        return 0
    jobs = resolve_processes(args.jobs)
    words = sum(len(d.text.split()) for d in documents)
    print(
        f"{len(documents)} stories, {words} words, {jobs} process(es), batch size {args.batch_size}, "
        f"{max(1, args.repeat)} round(s)"
    )

    best: dict[str, Run] = {}
    best_cpu: dict[str, Run] = {}
    for round_ in range(1, max(1, args.repeat) + 1):
        for mode in ("bare", "full", "no_opinion") if args.second_opinion_cost else ("bare", "full"):
            run = timed(mode, documents, words, jobs, args.batch_size)
            print(f"  round {round_} {mode}: {run.seconds:8.2f} s  {run.words_per_second:10.0f} words/s"
                  f"  {run.cpu_seconds:8.2f} CPU s  {run.words_per_cpu_second:8.0f} words/CPU s")
            if mode not in best or run.seconds < best[mode].seconds:
                best[mode] = run
            if mode not in best_cpu or run.cpu_seconds < best_cpu[mode].cpu_seconds:
                best_cpu[mode] = run

    bare, full = best["bare"], best["full"]
    ratio = full.words_per_second / bare.words_per_second
    own, child = peak_rss_mib()
    print(f"bare spaCy : {bare.words_per_second:10.0f} words/s (best {bare.seconds:.2f} s)")
    print(f"multipolar : {full.words_per_second:10.0f} words/s (best {full.seconds:.2f} s)")
    print(f"ratio      : {ratio:.3f} (goal >= {GOAL:.2f}) {'OK' if ratio >= GOAL else 'BELOW GOAL'}")
    cpu_ratio = best_cpu["full"].words_per_cpu_second / best_cpu["bare"].words_per_cpu_second
    print(f"CPU ratio  : {cpu_ratio:.3f} (words per CPU second, best of each; steadier under other load)")
    if "no_opinion" in best:
        without = best_cpu["no_opinion"].words_per_cpu_second / best_cpu["bare"].words_per_cpu_second
        print(f"CPU ratio without the second opinion: {without:.3f} (its cost: {without - cpu_ratio:+.3f})")
    print(f"events     : {full.events} coded from {len(documents)} stories")
    print(f"peak RSS   : {own:.0f} MiB main process, {child:.0f} MiB largest worker")
    if args.json:
        print(json.dumps({
            "stories": len(documents), "words": words, "jobs": jobs, "batch_size": args.batch_size,
            "repeat": max(1, args.repeat), "bare_wps": round(bare.words_per_second, 1),
            "full_wps": round(full.words_per_second, 1), "ratio": round(ratio, 4),
            "cpu_ratio": round(cpu_ratio, 4), "events": full.events,
            "peak_rss_main_mib": round(own, 1), "peak_rss_worker_mib": round(child, 1),
        }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
