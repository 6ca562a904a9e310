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
without the classifier, so no figure is train-on-test. Likewise for the event-type model of the
second opinion (:mod:`multipolar.events.second_opinion`): on overlap, each fold of the gold file is
coded with a model retrained without it (:func:`multipolar.events.crossval.out_of_fold`), or the
second opinion is left out when its training files cannot be found.

Besides the outside scorer's measures, the result carries full-event precision and strict recall,
figures per quad family and per dyad kind, and error counts by class (see
:mod:`multipolar.events.scoring`); ``--half even|odd`` keeps one fixed half of the records.
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

from multipolar.events import classifier, typemodel
from multipolar.events.gold import GoldRecord, Half, read_gold, select_half
from multipolar.events.scoring import (
    ERROR_CLASSES,
    MEASURES,
    Accuracy,
    PredEvent,
    Scores,
    classify_errors,
    first_penta,
    full_event_match,
    score,
)
from multipolar.records import Document, Event


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


def pred_event(event: Event) -> PredEvent:
    return PredEvent(event.source, event.target, event.root or None, event.plover, event.penta, event.quad)


def run_coder(
    records: Sequence[GoldRecord], n_process: int = 1, use_classifier: bool = True, second_opinion: bool = True
) -> list[list[Event]]:
    """The coder's events for each record (in order)."""
    from multipolar.api import code_documents
    from multipolar.nlp.pipeline import PipelineConfig

    documents = [Document(id=r.id, text=r.text, date=r.date, origin=r.id) for r in records]
    config = PipelineConfig(n_process=n_process, use_classifier=use_classifier, second_opinion=second_opinion)
    return [events for _, events in code_documents(documents, config)]


def type_model_sources() -> list[Any] | None:
    """The shipped event-type model's training files, found again beside the repo (``None`` if one
    is missing)."""
    from multipolar.events.crossval import Source
    from multipolar.events.train import DEV_DIR

    out = []
    for item in typemodel.model_info().get("sources") or []:
        path = DEV_DIR / str(item["name"])
        if not path.is_file():
            return None
        out.append(Source(path, str(item["kind"])))
    return out or None


def code_records(
    records: Sequence[GoldRecord], n_process: int, folds: int, use_classifier: bool, second_opinion: bool
) -> tuple[list[list[Event]], str]:
    """The coder's events per record and how the second opinion was applied: by the shipped model,
    or, where the gold shares texts with its training data, by out-of-fold models (never in-sample)."""
    if not second_opinion:
        return run_coder(records, n_process, use_classifier, False), "off"
    if typemodel.load_type_model() is None:
        return run_coder(records, n_process, use_classifier, False), "no model shipped"
    settings = dict(typemodel.model_info().get("settings") or {})
    if settings and not (settings.get("recover") or settings.get("veto")):  # it cannot change an event
        return run_coder(records, n_process, use_classifier, False), "shipped model has recover and veto off"
    digests = typemodel.training_digests()
    overlap = sum(classifier.text_digest(r.text) in digests for r in records)
    if not overlap:
        return run_coder(records, n_process, use_classifier, True), "shipped model"
    sources = type_model_sources()
    if sources is None or folds < 2:
        why = "training files not found" if sources is None else "--folds < 2"
        return run_coder(records, n_process, use_classifier, False), f"off: {overlap} records in training data, {why}"
    from multipolar.events.crossval import out_of_fold, revised
    from multipolar.events.second_opinion import Settings

    info = typemodel.model_info()
    hyper = {**typemodel.default_hyper(), **dict(info.get("hyper") or {})}
    coded = out_of_fold(records, sources, folds, hyper, int(info.get("seed") or 0))
    events = revised(coded, Settings().updated(dict(info.get("settings") or {})))
    return events, f"{folds}-fold cross-validated ({overlap} records in training data)"


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


def errors_by_class(
    records: Sequence[GoldRecord], predicted: Sequence[Sequence[PredEvent]], limit: int
) -> dict[str, list[dict[str, Any]]]:
    """Up to ``limit`` examples of each error class (:func:`~multipolar.events.scoring.classify_errors`)."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in ERROR_CLASSES}
    for record, events in zip(records, predicted, strict=True):
        sets = full_event_match(record, events)
        if sets is None:
            continue
        for name, gold, coded in classify_errors(*sets):
            if len(out[name]) < limit:
                out[name].append({"id": record.id, "text": record.text, "gold": list(gold) if gold else None,
                                  "coded": list(coded) if coded else None})
    return out


def _figures(scores: Scores) -> dict[str, Any]:
    data = scores.to_dict()
    return {key: data[key] for key in ("full_event", "by_quad", "by_dyad", "error_counts", "document_type")
            if key in data}


def evaluate(
    records: Sequence[GoldRecord], n_process: int = 1, folds: int = 5, use_classifier: bool = True,
    errors: int = 0, second_opinion: bool = True,
) -> dict[str, Any]:
    """Run the coder (and classifier) on gold records and return every figure as a dict."""
    sentence, how = (None, "not used")
    if use_classifier:
        sentence, how = classifier_pentas(records, folds)
    leaky = "cross-validated" in how  # the gold overlaps the classifier's training data
    started = time.perf_counter()
    events, opinion = code_records(records, n_process, folds, use_classifier and not leaky, second_opinion)
    coded = time.perf_counter() - started
    predicted = [[pred_event(e) for e in evs] for evs in events]
    scores: Scores = score(records, predicted)
    result: dict[str, Any] = {
        "records": len(records),
        "annotated": sum(r.events_annotated for r in records),
        "events_coded": sum(map(len, events)),
        "seconds": round(coded, 1),
        "second_opinion": opinion,
        **{m: scores.counts[m].to_dict() for m in MEASURES},
        **_figures(scores),
    }
    lexicon = [first_penta(p) for p in predicted]
    penta: dict[str, Any] = {"lexicon": scores.penta.to_dict(), "classifier_source": how}
    best_confusion = scores.penta.confusion
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
        best_confusion = combined.confusion
    result["penta"] = penta
    result["penta_confusion"] = {"predicted": [*range(5), None], "rows": confusion_rows(best_confusion, range(5))}
    roots = sorted({r for pair in scores.root_confusion for r in pair if r})
    result["root_confusion"] = {"predicted": [*roots, None], "rows": confusion_rows(scores.root_confusion, roots)}
    if errors:
        result["errors"] = errors_by_class(records, predicted, errors)
    return result


def _table(rows: Sequence[Sequence[Any]], header: Sequence[Any]) -> str:
    cells = [[("-" if c is None else str(c)) for c in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    return "\n".join("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in cells)


def _prf(counts: dict[str, Any]) -> list[str]:
    return [f"{counts[k]:.3f}" if counts["tp"] + counts["fn"] + counts["fp"] else "n/a"
            for k in ("precision", "recall", "f1")]


def render_table(result: dict[str, Any], name: str) -> str:
    lines = [f"{name}: {result['records']} records, {result['annotated']} with annotated events, "
             f"{result['events_coded']} events coded in {result['seconds']} s "
             f"(second opinion: {result['second_opinion']})", ""]
    header = ["measure", "sentences", "tp", "fp", "fn", "precision", "recall", "F1"]
    rows = [[m, *(result[m][k] for k in ("sentences", "tp", "fp", "fn")),
             *(f"{result[m][k]:.3f}" if result[m]["tp"] + result[m]["fn"] else "n/a"
               for k in ("precision", "recall", "f1"))] for m in MEASURES]
    full = result["full_event"]
    rows.append(["full event", *(full[k] for k in ("sentences", "tp", "fp", "fn")), *_prf(full)])
    lines += [_table(rows, header)]
    if any(not result[m]["tp"] + result[m]["fn"] for m in MEASURES):
        lines.append("n/a: the gold has no event with this key fully known (false positives still counted)")
    lines.append("full event: (source, target, type) all right, null actors included; precision = full-event "
                 "precision, recall = strict recall")
    quad_rows = [[family, *(v["type"][k] for k in ("tp", "fp", "fn")), *_prf(v["type"]),
                  *(v["full_event"][k] for k in ("tp", "fp", "fn")), *_prf(v["full_event"])]
                 for family, v in result["by_quad"].items()]
    lines += ["", "per quad family (type | full event)",
              _table(quad_rows, ["family", "tp", "fp", "fn", "P", "R", "F1", "tp", "fp", "fn", "P", "R", "F1"])]
    dyad_rows = [[kind, *(v[k] for k in ("tp", "fp", "fn")), *_prf(v)] for kind, v in result["by_dyad"].items()]
    lines += ["", "full events by dyad (domestic: source country = target country; null actors in neither)",
              _table(dyad_rows, ["dyads", "tp", "fp", "fn", "P", "R", "F1"])]
    lines += ["", "errors: " + ", ".join(f"{k} {v}" for k, v in result["error_counts"].items())]
    if "document_type" in result:
        doc = result["document_type"]
        lines += ["", "document type (doc_plover; a development aid: labelled stories such as the synthetic ones "
                  "find missing vocabulary, they do not measure accuracy)"]
        for key, label in (("among_coded", "among the coded types"), ("first_event", "type of the first event")):
            lines.append(f"  {label:42s} {doc[key]['accuracy']:.3f}  ({doc[key]['correct']}/{doc[key]['total']})")
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
    for klass, items in result.get("errors", {}).items():
        if items:
            lines += ["", f"== {klass} (first {len(items)}; triples are source, target, type)"]
        for item in items:
            lines.append(f"[{item['id']}] {item['text']}")
            lines.append(f"    gold: {item['gold']}  coded: {item['coded']}")
    return "\n".join(lines)


def evaluate_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (format: ../shared/gold/README.md).")],
    errors: Annotated[int, typer.Option(help="List up to N examples of each error class.")] = 0,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="table or json.")] = OutputFormat.table,
    jobs: Annotated[int, typer.Option("-j", "--jobs", help="Processes (0 = all cores).")] = 1,
    folds: Annotated[int, typer.Option(help="Folds for the models when gold overlaps their training data.")] = 5,
    use_classifier: Annotated[bool, typer.Option("--classifier/--no-classifier",
                                                 help="Also score the penta classifier.")] = True,
    second_opinion: Annotated[bool, typer.Option("--second-opinion/--no-second-opinion",
                                                 help="Let the event-type model veto and recover events.")] = True,
    half: Annotated[Half | None, typer.Option(help="Only records whose id's last digit is even (the tuning "
                                                   "half) or odd (the check half).")] = None,
) -> None:
    """Score the event coder on a gold file: type, dyad, dyad+type P/R/F1 (as ../shared/tools/score.py),
    full-event precision and strict recall, per quad family and dyad kind, errors by class, penta."""
    if not gold.is_file():
        raise typer.BadParameter(f"{gold} is not a file")
    try:
        records = select_half(read_gold(gold), half.value if half else None)
    except (ValueError, KeyError) as exc:
        typer.echo(f"error: {gold} is not a gold JSONL file ({exc.__class__.__name__}: {exc})", err=True)
        raise typer.Exit(1) from None
    if not records:
        typer.echo(f"error: no records in {gold}" + (f" ({half.value} half)" if half else ""), err=True)
        raise typer.Exit(1)
    result = evaluate(records, jobs, folds, use_classifier, errors, second_opinion)
    if half:
        result["half"] = half.value
    if output_format is OutputFormat.json:
        typer.echo(json.dumps({"gold": str(gold), **result}, indent=1, ensure_ascii=False))
    else:
        typer.echo(render_table(result, gold.name + (f" ({half.value} half)" if half else "")))
