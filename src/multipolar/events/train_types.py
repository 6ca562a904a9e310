"""``multipolar train --kind types``: train the event-type model of the second opinion.

1. With ``--folds K`` (K ≥ 2): K-fold cross-validation by record over the tuning file (agnews_dev):
   each fold's model is trained on the other folds plus the other training sets; the lexicon coder
   plus the second opinion is scored on the held-out folds. The thresholds
   (:data:`multipolar.events.crossval.RECOVER_GRID` ...) are chosen on the **even** half's
   out-of-fold figures; the odd half checks them: a behaviour stays on only if it also raises the
   odd half's dyad+type F1 (:func:`confirm`). Lexicon-only and second-opinion figures of both
   halves go to the model's meta (``multipolar.cv``) and to the terminal. ``--check`` also
   cross-validates the other gold files (conflibert_train) the same way, with the same settings.
2. The model is trained on all the data and written with its settings, the training-text digests and
   the training sources (so ``multipolar evaluate`` can rebuild out-of-fold models).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import typer

from multipolar.events import typemodel
from multipolar.events.crossval import Coded, Source, choose_settings, out_of_fold, revised, score_events
from multipolar.events.gold import GoldRecord, Half, half_of, read_gold
from multipolar.events.second_opinion import Settings

REPORTED = ("type", "dyad", "dyad+type")


def figures(records: Sequence[GoldRecord], coded: Sequence[Coded], settings: Settings | None) -> dict[str, Any]:
    """F1 of each measure, full-event P/R, per half, for the lexicon alone (``settings=None``) or with
    the second opinion."""
    out: dict[str, Any] = {}
    off = Settings(recover=False, veto=False)
    for half in ("even", "odd"):
        picked = [i for i, r in enumerate(records) if half_of(r.id) == half]
        events = revised([coded[i] for i in picked], settings or off)
        scores = score_events([records[i] for i in picked], events)
        row = {m: round(scores.counts[m].f1, 4) for m in REPORTED}
        row["full_event_precision"] = round(scores.full.precision, 4)
        row["strict_recall"] = round(scores.full.recall, 4)
        row["records"] = len(picked)
        out[half] = row
    return out


def _report(path: Path, records: Sequence[GoldRecord], coded: Sequence[Coded], folds: int, settings: Settings,
            candidates: dict[str, Settings]) -> dict[str, Any]:
    return {"file": path.name, "folds": folds, "lexicon": figures(records, coded, None),
            "second_opinion": figures(records, coded, settings), "settings": asdict(settings),
            "candidates": {name: {"settings": asdict(c), "figures": figures(records, coded, c)}
                           for name, c in candidates.items()}}


def confirm(settings: Settings, report: dict[str, Any], measure: str = "dyad+type") -> Settings:
    """Keep a behaviour on only where its best candidate also raises the check (odd) half's
    out-of-fold ``measure`` F1 over the lexicon alone: a gain on the tuning half only is not general."""
    lexicon = report["lexicon"]["odd"][measure]
    candidates = report["candidates"]
    recover = settings.recover and candidates["best recovery"]["figures"]["odd"][measure] > lexicon
    veto = settings.veto and candidates["best veto"]["figures"]["odd"][measure] > lexicon
    return replace(settings, recover=recover, veto=veto)


def cross_validate(tune: Path, sources: Sequence[Source], folds: int, hyper: dict[str, Any], seed: int,
                   check: Sequence[Path] = ()) -> tuple[Settings, list[dict[str, Any]]]:
    """Settings chosen on the even half of the tuning file's out-of-fold figures, and the CV reports
    (the tuning file, then each ``check`` file, also out of fold, with the same settings)."""
    records = read_gold(tune)
    coded = out_of_fold(records, sources, folds, hyper, seed)
    even = [i for i, r in enumerate(records) if half_of(r.id) == Half.even]
    settings, candidates = choose_settings([records[i] for i in even], [coded[i] for i in even])
    reports = [_report(tune, records, coded, folds, settings, candidates)]
    settings = confirm(settings, reports[0])
    reports[0]["confirmed"] = asdict(settings)
    for path in check:
        other = read_gold(path)
        reports.append(_report(path, other, out_of_fold(other, sources, folds, hyper, seed), folds, settings,
                               candidates))
    return settings, reports


def print_report(report: dict[str, Any]) -> None:
    typer.echo(f"{report['folds']}-fold cross-validated on {report['file']} (thresholds tuned on the even half "
               "of the tuning file):")
    rows = [("lexicon", report["lexicon"]), ("second_opinion", report["second_opinion"]),
            *((name, c["figures"]) for name, c in report["candidates"].items())]
    for name, figs in rows:
        for half, row in figs.items():
            cells = "  ".join(f"{k}={row[k]:.3f}" for k in (*REPORTED, "full_event_precision", "strict_recall"))
            typer.echo(f"  {name:15s} {half:4s} ({row['records']:3d} records)  {cells}")


def train_types(tune: Path, others: Sequence[Source], output: Path, folds: int, seed: int,
                epochs: int | None, check: bool = False) -> None:
    """Cross-validate (optional), train on everything, write the model."""
    hyper = typemodel.default_hyper()
    if epochs is not None:
        hyper["epochs"] = epochs
    sources = [Source(tune, "gold"), *others]
    started = time.perf_counter()
    settings, reports = Settings(), None
    if folds > 1:
        checked = [s.path for s in others if s.kind == "gold"] if check else []
        settings, reports = cross_validate(tune, sources, folds, hyper, seed, checked)
        for report in reports:
            print_report(report)
        typer.echo(f"shipped settings (chosen on the even half, confirmed on the odd): {settings}")
        for name, candidate in reports[0]["candidates"].items():
            typer.echo(f"{name} (not kept unless chosen above): {candidate['settings']}")
    examples = [ex for source in sources for ex in source.examples()]
    model = typemodel.train_type_model(examples, hyper, seed)
    gold_records = [r for source in sources for r in source.records()]
    info = {
        "sources": [{"name": s.path.name, "kind": s.kind} for s in sources],
        "examples": len(examples), "seed": seed, "hyper": hyper, "settings": asdict(settings),
        "cameo_counts": typemodel.cameo_counts(gold_records), "cv": reports,
    }
    typemodel.save_model(model, output, (text for text, _ in examples), info)
    size = sum(f.stat().st_size for f in output.rglob("*") if f.is_file())
    typer.echo(f"model written to {output} ({size / 1e6:.1f} MB) in {time.perf_counter() - started:.0f} s")
