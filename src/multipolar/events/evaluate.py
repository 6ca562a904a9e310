"""``multipolar evaluate GOLD.jsonl``: score the event coder on a gold file.

The coder runs through :func:`multipolar.api.code_documents` (batched, ``-j`` processes), dates
from the records; scoring is :mod:`multipolar.events.scoring` (which sentences count is
documented there). Penta is reported three ways:

* ``lexicon``: the class of the coder's first event in the record (no event = wrong);
* ``classifier``: the shipped sentence classifier (:mod:`multipolar.events.classifier`) alone;
* ``combined``: :func:`~multipolar.events.classifier.combine_penta`, the first event's class,
  else the classifier's, i.e. what the coder's ``doc._.sentence_penta`` hook yields.

When the gold file shares sentences with the classifier's training data, the classifier's figures
come from K-fold out-of-fold predictions on the gold file (``--folds``), and the coder runs
without the classifier, so no figure is train-on-test.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from multipolar.events import classifier
from multipolar.events.scoring import (
    MEASURES,
    Accuracy,
    GoldRecord,
    PredEvent,
    Scores,
    first_penta,
    match_record,
    read_gold,
    score,
)
from multipolar.records import Document, Event


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


def pred_event(event: Event) -> PredEvent:
    return PredEvent(event.source, event.target, event.root or None, event.plover, event.penta)


def run_coder(
    records: Sequence[GoldRecord], n_process: int = 1, use_classifier: bool = True
) -> list[list[Event]]:
    """The coder's events for each record (in order)."""
    from multipolar.api import code_documents
    from multipolar.nlp.pipeline import PipelineConfig

    documents = [Document(id=r.id, text=r.text, date=r.date, origin=r.id) for r in records]
    config = PipelineConfig(n_process=n_process, use_classifier=use_classifier)
    return [events for _, events in code_documents(documents, config)]


def classifier_pentas(
    records: Sequence[GoldRecord], folds: int
) -> tuple[list[tuple[int, float]] | None, str]:
    """The classifier's ``(penta, prob)`` per record and how they were obtained."""
    if not classifier.available():
        return None, "no model shipped"
    digests = classifier.training_digests()
    overlap = sum(classifier.text_digest(r.text) in digests for r in records)
    if not overlap:
        return classifier.predict_penta([r.text for r in records]), "shipped model"
    from multipolar.events.train import cross_val_predict, default_hyper

    labelled = [(r.text, r.penta) for r in records if r.penta is not None]
    if folds < 2 or len(labelled) < folds:
        return None, f"{overlap} records in training data; cross-validation off"
    hyper = {**default_hyper(), **dict(classifier.model_info().get("hyper") or {})}  # type: ignore[call-overload]
    oof = iter(cross_val_predict(labelled, folds, hyper))
    out = [next(oof) if r.penta is not None else (0, 0.0) for r in records]
    return out, f"{folds}-fold cross-validated ({overlap} records in training data)"


def confusion_rows(confusion: Counter[Any], labels: Sequence[Any]) -> list[list[Any]]:
    """Rows ``[gold, n(pred=label)..., n(pred=None)]`` of a confusion counter."""
    golds = sorted({g for g, _ in confusion})
    return [[g, *[confusion[(g, p)] for p in labels], confusion[(g, None)]] for g in golds]


def _errors(
    records: Sequence[GoldRecord], predicted: Sequence[Sequence[PredEvent]], pentas: Sequence[int | None],
    limit: int,
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for record, events, penta in zip(records, predicted, pentas, strict=True):
        if len(out) >= limit:
            break
        item: dict[str, Any] = {"id": record.id, "text": record.text}
        if record.events_annotated:
            for measure in ("dyad", "type"):
                _, fp, fn = match_record(record, events, measure)
                if fn:
                    item[f"missed {measure}"] = sorted(map(list, fn), key=str)
                if fp:
                    item[f"false {measure}"] = sorted(map(list, fp), key=str)
        if record.penta is not None and penta != record.penta:
            item["penta"] = {"gold": record.penta, "predicted": penta}
        if len(item) > 2:
            item["coded"] = [[e.source, e.target, e.type, e.penta] for e in events]
            out.append(item)
    return out


def evaluate(
    records: Sequence[GoldRecord], n_process: int = 1, folds: int = 5, use_classifier: bool = True,
    errors: int = 0,
) -> dict[str, Any]:
    """Run the coder (and classifier) on gold records and return every figure as a dict."""
    sentence, how = (None, "not used")
    if use_classifier:
        sentence, how = classifier_pentas(records, folds)
    leaky = "cross-validated" in how  # the gold overlaps the classifier's training data
    started = time.perf_counter()
    events = run_coder(records, n_process, use_classifier=use_classifier and not leaky)
    coded = time.perf_counter() - started
    predicted = [[pred_event(e) for e in evs] for evs in events]
    scores: Scores = score(records, predicted)
    result: dict[str, Any] = {
        "records": len(records),
        "annotated": sum(r.events_annotated for r in records),
        "events_coded": sum(map(len, events)),
        "seconds": round(coded, 1),
        **{m: scores.counts[m].to_dict() for m in MEASURES},
    }
    lexicon = [first_penta(p) for p in predicted]
    penta: dict[str, Any] = {"lexicon": scores.penta.to_dict(), "classifier_source": how}
    best, best_confusion = lexicon, scores.penta.confusion
    if sentence is not None:
        alone, combined = Accuracy(), Accuracy()
        pentas = [classifier.combine_penta([] if lex is None else [lex], cls)
                  for lex, cls in zip(lexicon, sentence, strict=True)]
        for record, (cls, _), comb in zip(records, sentence, pentas, strict=True):
            if record.penta is not None:
                alone.add(record.penta, cls)
                combined.add(record.penta, comb)
        penta["classifier"] = alone.to_dict()
        penta["combined"] = combined.to_dict()
        best, best_confusion = pentas, combined.confusion
    result["penta"] = penta
    result["penta_confusion"] = {"predicted": [*range(5), None], "rows": confusion_rows(best_confusion, range(5))}
    roots = sorted({r for pair in scores.root_confusion for r in pair if r})
    result["root_confusion"] = {"predicted": [*roots, None], "rows": confusion_rows(scores.root_confusion, roots)}
    if errors:
        result["errors"] = _errors(records, predicted, best, errors)
    return result


def _table(rows: Sequence[Sequence[Any]], header: Sequence[Any]) -> str:
    cells = [[("-" if c is None else str(c)) for c in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    return "\n".join("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in cells)


def render_table(result: dict[str, Any], name: str) -> str:
    lines = [f"{name}: {result['records']} records, {result['annotated']} with annotated events, "
             f"{result['events_coded']} events coded in {result['seconds']} s", ""]
    header = ["measure", "sentences", "tp", "fp", "fn", "precision", "recall", "F1"]
    rows = [[m, *(result[m][k] for k in ("sentences", "tp", "fp", "fn")),
             *(f"{result[m][k]:.3f}" if result[m]["tp"] + result[m]["fn"] else "n/a"
               for k in ("precision", "recall", "f1"))] for m in MEASURES]
    lines += [_table(rows, header)]
    if any(not result[m]["tp"] + result[m]["fn"] for m in MEASURES):
        lines.append("n/a: the gold has no event with this key fully known (false positives still counted)")
    lines.append("")
    penta = result["penta"]
    lines.append(f"penta accuracy (classifier: {penta['classifier_source']})")
    for key, label in (("lexicon", "lexicon (first event)"), ("classifier", "classifier alone"),
                       ("combined", "combined (first event, else classifier)")):
        if key in penta:
            lines.append(f"  {label:42s} {penta[key]['accuracy']:.3f}  ({penta[key]['correct']}/{penta[key]['total']})")
    for title, key in (("penta confusion (rows gold, columns predicted; - = none)", "penta_confusion"),
                       ("CAMEO root confusion (rows gold, columns first coded root)", "root_confusion")):
        table = result[key]
        if table["rows"]:
            lines += ["", title, _table(table["rows"], ["gold", *table["predicted"]])]
    for item in result.get("errors", []):
        lines += ["", f"[{item['id']}] {item['text']}"]
        lines += [f"  {key}: {value}" for key, value in item.items() if key not in ("id", "text")]
    return "\n".join(lines)


def evaluate_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (format: ../shared/gold/README.md).")],
    errors: Annotated[int, typer.Option(help="List the first N records with misses or false events.")] = 0,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="table or json.")] = OutputFormat.table,
    jobs: Annotated[int, typer.Option("-j", "--jobs", help="Processes (0 = all cores).")] = 1,
    folds: Annotated[int, typer.Option(help="Folds for the classifier when gold overlaps its training data.")] = 5,
    use_classifier: Annotated[bool, typer.Option("--classifier/--no-classifier",
                                                 help="Also score the penta classifier.")] = True,
) -> None:
    """Score the event coder on a gold file: type, dyad, dyad+type P/R/F1 and penta accuracy."""
    if not gold.is_file():
        raise typer.BadParameter(f"{gold} is not a file")
    result = evaluate(read_gold(gold), jobs, folds, use_classifier, errors)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps({"gold": str(gold), **result}, indent=1, ensure_ascii=False))
    else:
        typer.echo(render_table(result, gold.name))
