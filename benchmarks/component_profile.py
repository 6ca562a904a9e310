"""CPU time of each multipolar component over pre-parsed stories, document by document as in the pipeline.

Parses the first N stories of the Reuters corpus once with the English model (and
``multipolar_paragraphs``, which runs before the parser), keeps the parsed Docs in a ``DocBin`` file
(``--docs``; reused when present with the same stories), then runs multipolar's later components on
each Doc in pipeline order, timing each with ``time.process_time``. ``--passes N`` repeats the
timing and keeps the least per component; ``--time`` also times named functions (inclusive CPU
seconds and calls per pass, an outer call only where one recurses); ``--profile`` prints a cProfile of
one pass instead (its per-call overhead inflates the many small rules several times over: compare
figures of ``--time``, not of the profile).

usage: python benchmarks/component_profile.py [--limit 1000] [--passes 3] [--docs /tmp/parsed.spacy]
       [--time multipolar.events.slots:SlotFiller.verb_specs,multipolar.actors.coref:resolve_coreference]
       [--profile cumulative|tottime] [--lines 60]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import importlib
import pstats
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from multipolar.nlp.extensions import DOC_EXTENSIONS
from multipolar.nlp.pipeline import PipelineConfig, build_pipeline, make_doc
from multipolar.records import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import CORPUS, read_corpus

#: What the components set on a document (reset before each pass; the document's id, date and record stay).
SET_BY_COMPONENTS = tuple(name for name in DOC_EXTENSIONS if name not in ("doc_id", "date", "meta"))


def own_components(nlp: Language) -> list[str]:
    """multipolar's components after the parse, in pipeline order."""
    names = nlp.pipe_names
    return [n for n in names if n.startswith("multipolar_") and names.index(n) > names.index("ner")]


def parsed_docs(nlp: Language, documents: list[Document], path: Path | None) -> list[Doc]:
    """The stories parsed by every component before multipolar's own (read from ``path`` where it holds them)."""
    if path is not None and path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        same = len(docs) == len(documents) and all(
            d.text == make_doc(nlp, s).text for d, s in zip(docs, documents, strict=True))
        if same:
            for doc, document in zip(docs, documents, strict=True):
                doc._.doc_id, doc._.date, doc._.meta = document.id, document.date, document
            return docs
    with nlp.select_pipes(disable=own_components(nlp)):
        docs = list(nlp.pipe((make_doc(nlp, d) for d in documents), batch_size=64))
    if path is not None:
        DocBin(docs=docs, store_user_data=False).to_disk(path)
    return docs


def timed_functions(names: list[str], seconds: Counter[str], calls: Counter[str]) -> None:
    """Wrap each ``module:function`` or ``module:Class.method`` to add its CPU seconds and calls to the
    counters; a function is replaced too in every loaded multipolar module that imported it by name."""
    for name in names:
        module_name, _, path = name.partition(":")
        owner: Any = importlib.import_module(module_name)
        *outer, attr = path.split(".")
        for part in outer:
            owner = getattr(owner, part)
        original = getattr(owner, attr)
        wrapper = _timer(name, original, seconds, calls)
        setattr(owner, attr, wrapper)
        if not outer:
            for module in [m for n, m in sys.modules.items() if n.startswith("multipolar.")]:
                for key, value in list(vars(module).items()):
                    if value is original:
                        setattr(module, key, wrapper)


def _timer(name: str, function: Callable[..., Any], seconds: Counter[str], calls: Counter[str]) -> Callable[..., Any]:
    active = [0]

    @wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if active[0]:  # a recursive call: counted in the outer one
            return function(*args, **kwargs)
        active[0] += 1
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[name] += time.process_time() - start
            calls[name] += 1
            active[0] -= 1
    return timed


def one_pass(nlp: Language, docs: list[Doc]) -> tuple[dict[str, float], int]:
    """CPU seconds per component over all docs, and the number of events coded."""
    steps = [(name, nlp.get_pipe(name)) for name in own_components(nlp)]
    seconds = dict.fromkeys((name for name, _ in steps), 0.0)
    events = 0
    for doc in docs:
        for attr in SET_BY_COMPONENTS:  # as parsed: a pass reads nothing a previous pass kept on the doc
            setattr(doc._, attr, DOC_EXTENSIONS[attr])
        for name, proc in steps:
            start = time.process_time()
            doc = proc(doc)
            seconds[name] += time.process_time() - start
        events += len(doc._.events or [])
    return seconds, events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--docs", type=Path, default=None, help="DocBin file of the parsed stories (made if absent)")
    parser.add_argument("--time", default="", help="comma-separated module:function or module:Class.method to time")
    parser.add_argument("--profile", default="", help="print a cProfile of one pass sorted by this key")
    parser.add_argument("--lines", type=int, default=60)
    args = parser.parse_args(argv)
    documents = read_corpus(args.corpus, args.limit)
    nlp = build_pipeline(PipelineConfig())
    docs = parsed_docs(nlp, documents, args.docs)
    seconds: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    timed_functions([n for n in args.time.split(",") if n], seconds, calls)
    one_pass(nlp, docs[:20])  # warm-up: first calls fill spaCy's and our lazy tables
    gc.freeze()  # as each worker freezes its pipeline (nlp/parallel.py); the parsed stories too
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        one_pass(nlp, docs)
        profile.disable()
        pstats.Stats(profile).sort_stats(args.profile).print_stats(args.lines)
        return 0
    best: dict[str, float] = {}
    for number in range(1, max(1, args.passes) + 1):
        seconds.clear()
        calls.clear()
        per_component, events = one_pass(nlp, docs)
        total = sum(per_component.values())
        print(f"pass {number}: {total:.2f} CPU s, {events} events  "
              + "  ".join(f"{n.removeprefix('multipolar_')} {s:.2f}" for n, s in per_component.items()), flush=True)
        for name, value in seconds.most_common():
            print(f"    {value:7.3f} s {calls[name]:7d} calls  {name}")
        for name, value in per_component.items():
            best[name] = min(best.get(name, value), value)
        best["total"] = min(best.get("total", total), total)
    print("least: " + "  ".join(f"{n.removeprefix('multipolar_')} {s:.2f}" for n, s in best.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
