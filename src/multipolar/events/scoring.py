"""Pure scoring of coded events against gold records (format: ``../shared/gold/README.md``).

Which sentences (records) count, per measure:

* **penta**: every record with a ``penta`` (annotated or not). Predicted class = the penta of the
  coder's first event in the record; a record without one counts as wrong.
* **type**, **dyad**, **dyad+type**: micro P/R/F1 over records whose events were annotated
  (``events_annotated`` is not ``false``), including records with no gold event (where every
  prediction is a false positive). Keys: type = PLOVER type, else CAMEO root; dyad =
  ``(source, target)``; dyad+type = ``(source, target, type)``. A gold event whose key is fully known
  counts for recall. A gold event with an unknown part (actor ``null``, or neither PLOVER type nor
  root) is not scored, but it *shields* the predictions compatible with it (equal on every known
  part, and for type on its ``penta`` when given): such predictions are neither true nor false
  positives, because the gold cannot say whether they are right.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Key = tuple[str | None, ...]


@dataclass(frozen=True)
class GoldEvent:
    source: str | None = None
    target: str | None = None
    root: str | None = None
    plover: str | None = None
    penta: int | None = None

    @property
    def type(self) -> str | None:
        return event_type(self.plover, self.root)


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    date: str | None = None
    penta: int | None = None
    events: tuple[GoldEvent, ...] = ()
    events_annotated: bool = True


@dataclass(frozen=True)
class PredEvent:
    """The part of a coded event that scoring looks at."""

    source: str | None
    target: str | None
    root: str | None
    plover: str | None
    penta: int | None

    @property
    def type(self) -> str | None:
        return event_type(self.plover, self.root)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    sentences: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "sentences": self.sentences,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0
    confusion: Counter[tuple[int, int | None]] = field(default_factory=Counter)  # (gold, predicted)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, gold: int, predicted: int | None) -> None:
        self.total += 1
        self.correct += int(predicted == gold)
        self.confusion[(gold, predicted)] += 1

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.value, 4), "correct": self.correct, "total": self.total}


def event_type(plover: str | None, root: str | None) -> str | None:
    """The scored event type: PLOVER type, else CAMEO root."""
    return plover or root or None


def normalise_actor(code: str | None) -> str | None:
    """Actor codes compared upper-case; empty means unresolved."""
    if code is None:
        return None
    code = code.strip().upper()
    return code or None


def _gold_event(data: dict[str, Any]) -> GoldEvent:
    root = data.get("root") or (data.get("cameo") or "")[:2] or None
    penta = data.get("penta")
    return GoldEvent(
        source=normalise_actor(data.get("source")),
        target=normalise_actor(data.get("target")),
        root=root,
        plover=data.get("plover") or None,
        penta=int(penta) if penta is not None else None,
    )


def parse_gold(data: dict[str, Any], line: int = 0) -> GoldRecord:
    """One gold record from its JSON object."""
    penta = data.get("penta")
    return GoldRecord(
        id=str(data.get("id", f"line:{line}")),
        text=data["text"],
        date=data.get("date") or None,
        penta=int(penta) if penta is not None else None,
        events=tuple(_gold_event(e) for e in data.get("events") or ()),
        events_annotated=data.get("events_annotated") is not False,
    )


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Every record of a gold JSONL file."""
    records = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                records.append(parse_gold(json.loads(line), number))
    return records


# -- keys ------------------------------------------------------------------------------------------

def _gold_key(event: GoldEvent, measure: str) -> Key:
    if measure == "type":
        return (event.type,)
    if measure == "dyad":
        return (event.source, event.target)
    return (event.source, event.target, event.type)


def _pred_key(event: PredEvent, measure: str) -> Key | None:
    key: Key
    if measure == "type":
        key = (event.type,)
    elif measure == "dyad":
        key = (normalise_actor(event.source), normalise_actor(event.target))
    else:
        key = (normalise_actor(event.source), normalise_actor(event.target), event.type)
    return None if None in key else key


def _compatible(pred: Key, gold: Key, pred_penta: int | None, gold_penta: int | None) -> bool:
    if any(g is not None and g != p for p, g in zip(pred, gold, strict=True)):
        return False
    typed = len(gold) != 2
    if typed and gold[-1] is None and gold_penta is not None:  # untyped gold event: its penta must fit
        return pred_penta == gold_penta
    return True


def match_record(
    gold: GoldRecord, predicted: Sequence[PredEvent], measure: str
) -> tuple[set[Key], set[Key], set[Key]]:
    """``(true positives, false positives, false negatives)`` of one record for one measure."""
    full = {_gold_key(e, measure) for e in gold.events if None not in _gold_key(e, measure)}
    partial = [(_gold_key(e, measure), e.penta) for e in gold.events if None in _gold_key(e, measure)]
    pred_pentas: dict[Key, int | None] = {}
    for event in predicted:
        key = _pred_key(event, measure)
        if key is not None:
            pred_pentas.setdefault(key, event.penta)
    tp = full & pred_pentas.keys()
    fp = {
        key for key, penta in pred_pentas.items()
        if key not in full and not any(_compatible(key, g, penta, gp) for g, gp in partial)
    }
    return tp, fp, full - tp


MEASURES: tuple[str, ...] = ("type", "dyad", "dyad+type")


@dataclass
class Scores:
    counts: dict[str, Counts] = field(default_factory=lambda: {m: Counts() for m in MEASURES})
    penta: Accuracy = field(default_factory=Accuracy)
    root_confusion: Counter[tuple[str, str | None]] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {m: c.to_dict() for m, c in self.counts.items()}
        out["penta"] = self.penta.to_dict()
        return out


def first_penta(predicted: Sequence[PredEvent]) -> int | None:
    """The class of the coder's first event in a record."""
    return next((e.penta for e in predicted if e.penta is not None), None)


def score(
    records: Iterable[GoldRecord],
    predictions: Iterable[Sequence[PredEvent]],
    penta_predictions: Iterable[int | None] | None = None,
) -> Scores:
    """Score predicted events (one sequence per record, same order) against the gold.

    ``penta_predictions`` overrides the per-record class (e.g. the lexicon combined with the
    classifier); by default it is :func:`first_penta` of the predicted events.
    """
    scores = Scores()
    pentas = iter(penta_predictions) if penta_predictions is not None else None
    for gold, predicted in zip(records, predictions, strict=True):
        predicted_penta = next(pentas) if pentas is not None else first_penta(predicted)
        if gold.penta is not None:
            scores.penta.add(gold.penta, predicted_penta)
        if not gold.events_annotated:
            continue
        for measure in MEASURES:
            tp, fp, fn = match_record(gold, predicted, measure)
            counts = scores.counts[measure]
            counts.sentences += 1
            counts.tp += len(tp)
            counts.fp += len(fp)
            counts.fn += len(fn)
        gold_roots = [e.root for e in gold.events if e.root]
        if gold_roots:
            first_root = next((e.root for e in predicted if e.root), None)
            scores.root_confusion[(gold_roots[0], first_root)] += 1
    return scores
