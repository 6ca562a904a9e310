"""Pure scoring of coded events against gold records (format: ``../shared/gold/README.md``).

The three set measures follow the outside scorer ``../shared/tools/score.py`` exactly (same figures
on the same predictions):

* **type**, **dyad**, **dyad+type**: micro P/R/F1 over records whose events were annotated
  (``events_annotated`` is not ``false``), one *set* of keys per record. Type = PLOVER type where
  every gold event of the record has one, else CAMEO root (for the predictions too; a record without
  gold events uses roots). Actors: upper case, blocs normalised (``WEST`` → ``WST``, ``EUR`` → ``EU``),
  else the first three letters; where the gold names an ``IGO``, a predicted major organisation
  counts as ``IGO``.
* A gold event with a null source or target counts only at the type level; a record whose gold
  events have no resolved dyad is left out of dyad and dyad+type; one with no typed gold event is
  left out of type and dyad+type. A record with no gold event counts everywhere (all predictions
  false).
* **penta**: every record with a ``penta`` (annotated or not): the class of the coder's first event;
  a record without one counts as wrong.

Full events (:func:`full_event_match`) are stricter: ``(source, target, type)`` with a null actor
a value of its own (a coded ``null`` source is right where the gold has none), scored on every typed
annotated record. **Full-event precision** = share of distinct coded triples that are a gold
event; **strict recall** = share of gold events coded exactly. They are also split by quad family
and by domestic (source country = target country) vs international dyads, and the misses are
classified (:func:`classify_errors`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from multipolar.events.gold import (
    GoldEvent,
    GoldRecord,
    event_type,
    normalise_actor,
    quad_of_root,
)

Key = tuple[str | None, ...]
Triple = tuple[str | None, str | None, str]

#: Organisations a gold ``IGO`` (an unspecified international organisation) matches.
IGOS: frozenset[str] = frozenset({
    "UN", "EU", "NATO", "IGO", "AU", "ASEAN", "OPEC", "SCO", "BRICS", "G7", "G20", "OSCE", "WTO", "IMF", "WB",
    "OAS", "ARL", "GCC", "ICC", "IAEA", "WHO", "APEC", "CIS", "ECOWAS", "SADC", "OIC", "INTERPOL"})
#: GDELT QuadClass families, in order.
QUAD_NAMES: dict[int, str] = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                              4: "material conflict"}


@dataclass(frozen=True)
class PredEvent:
    """The part of a coded event that scoring looks at."""

    source: str | None
    target: str | None
    root: str | None
    plover: str | None
    penta: int | None
    quad: int | None = None

    @property
    def type(self) -> str | None:
        return event_type(self.plover, self.root)


AnyEvent = GoldEvent | PredEvent


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

    def add(self, tp: set[Any], fp: set[Any], fn: set[Any]) -> None:
        self.sentences += 1
        self.tp += len(tp)
        self.fp += len(fp)
        self.fn += len(fn)

    def to_dict(self) -> dict[str, Any]:
        # three decimals, rounded from the exact value, as ../shared/tools/score.py prints them
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "sentences": self.sentences,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3)}


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


# -- the outside scorer's sets -----------------------------------------------------------------------

def uses_plover(gold: GoldRecord) -> bool:
    """Whether the record's type key is the PLOVER type (every gold event has one) or the root."""
    return bool(gold.events) and all(e.plover for e in gold.events)


def typed(event: AnyEvent, plover: bool) -> str | None:
    """An event's type under the record's key."""
    return event.plover if plover else event.root


def _pred_actors(event: PredEvent, gold_igo: bool) -> tuple[str | None, str | None]:
    s, o = normalise_actor(event.source), normalise_actor(event.target)
    if gold_igo:
        s, o = ("IGO" if s in IGOS else s), ("IGO" if o in IGOS else o)
    return s, o


def _gold_igo(gold: GoldRecord) -> bool:
    return any(e.source == "IGO" or e.target == "IGO" for e in gold.events)


def _sets(events: Iterable[AnyEvent], plover: bool, gold_igo: bool, is_gold: bool) -> tuple[set[Key], ...]:
    types: set[Key] = set()
    dyads: set[Key] = set()
    triples: set[Key] = set()
    for e in events:
        ty = typed(e, plover)
        if ty:
            types.add((ty,))
        s, o = (e.source, e.target) if is_gold else _pred_actors(e, gold_igo)  # type: ignore[arg-type]
        if s and o:
            dyads.add((s, o))
            if ty:
                triples.add((s, o, ty))
    return types, dyads, triples


def match_record(
    gold: GoldRecord, predicted: Sequence[PredEvent], measure: str
) -> tuple[set[Key], set[Key], set[Key]] | None:
    """``(true positives, false positives, false negatives)`` of one record for one measure, or
    ``None`` where the outside scorer does not score the record at that level."""
    if not gold.events_annotated:
        return None
    plover, igo = uses_plover(gold), _gold_igo(gold)
    index = MEASURES.index(measure)
    g = _sets(gold.events, plover, igo, True)[index]
    p = _sets(predicted, plover, igo, False)[index]
    has_dyads = bool(_sets(gold.events, plover, igo, True)[1]) or not gold.events
    is_typed = not gold.events or any(typed(e, plover) for e in gold.events)
    if index > 0 and not has_dyads:
        return None
    if measure != "dyad" and not is_typed:
        return None
    return g & p, p - g, g - p


MEASURES: tuple[str, ...] = ("type", "dyad", "dyad+type")


# -- full events ---------------------------------------------------------------------------------------

def full_triples(events: Iterable[AnyEvent], plover: bool, gold_igo: bool = False) -> dict[Triple, int | None]:
    """Distinct ``(source, target, type)`` of events (null actors kept) → the event's quad family."""
    out: dict[Triple, int | None] = {}
    for e in events:
        ty = typed(e, plover)
        if not ty:
            continue
        if isinstance(e, PredEvent):
            s, o = _pred_actors(e, gold_igo)
        else:
            s, o = e.source, e.target
        out.setdefault((s, o, ty), e.quad if e.quad is not None else quad_of_root(e.root))
    return out


def full_event_match(
    gold: GoldRecord, predicted: Sequence[PredEvent]
) -> tuple[dict[Triple, int | None], dict[Triple, int | None]] | None:
    """Gold and predicted full-event triples of a record (each → quad), ``None`` where not scored
    (events not annotated, or gold events without any type)."""
    if not gold.events_annotated:
        return None
    plover = uses_plover(gold)
    if gold.events and not any(typed(e, plover) for e in gold.events):
        return None
    return full_triples(gold.events, plover), full_triples(predicted, plover, _gold_igo(gold))


def dyad_kind(triple: Triple) -> str | None:
    """``domestic`` (same country both sides), ``international``, or ``None`` with a null actor."""
    s, o, _ = triple
    if s is None or o is None:
        return None
    return "domestic" if s == o else "international"


#: Error classes, in the order they are listed.
ERROR_CLASSES: tuple[str, ...] = ("missed event", "false event", "wrong type", "wrong source", "wrong target",
                                  "null actor")


def classify_errors(gold: dict[Triple, Any], pred: dict[Triple, Any]) -> list[tuple[str, Triple | None, Triple | None]]:
    """``(class, gold triple, predicted triple)`` of every mismatch of one record.

    A coded triple that is no gold event is paired with an unmatched gold event: same actors →
    wrong type; same type and target → wrong source (null actor if the coded source is null); same
    type and source → wrong target (likewise); else it is a false event. Gold events left
    unpaired are missed events.
    """
    open_gold = [g for g in gold if g not in pred]
    out: list[tuple[str, Triple | None, Triple | None]] = []
    for p in (p for p in pred if p not in gold):
        found: tuple[str, Triple] | None = None
        for g in open_gold:
            if (g[0], g[1]) == (p[0], p[1]):
                found = ("wrong type", g)
            elif g[2] == p[2] and g[1] == p[1]:
                found = ("null actor" if p[0] is None else "wrong source", g)
            elif g[2] == p[2] and g[0] == p[0]:
                found = ("null actor" if p[1] is None else "wrong target", g)
            if found:
                break
        if found:
            open_gold.remove(found[1])
            out.append((found[0], found[1], p))
        else:
            out.append(("false event", None, p))
    out.extend(("missed event", g, None) for g in open_gold)
    return out


# -- all records -------------------------------------------------------------------------------------

@dataclass
class Scores:
    counts: dict[str, Counts] = field(default_factory=lambda: {m: Counts() for m in MEASURES})
    full: Counts = field(default_factory=Counts)  # full events: precision and strict recall
    by_quad: dict[int, Counts] = field(default_factory=lambda: {q: Counts() for q in QUAD_NAMES})
    by_quad_type: dict[int, Counts] = field(default_factory=lambda: {q: Counts() for q in QUAD_NAMES})
    by_dyad_kind: dict[str, Counts] = field(
        default_factory=lambda: {"domestic": Counts(), "international": Counts()})
    error_counts: Counter[str] = field(default_factory=Counter)
    penta: Accuracy = field(default_factory=Accuracy)
    doc_type_coded: Accuracy = field(default_factory=Accuracy)  # the document's type among the coded types
    doc_type_first: Accuracy = field(default_factory=Accuracy)  # the document's type = the first coded type
    root_confusion: Counter[tuple[str, str | None]] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {m: c.to_dict() for m, c in self.counts.items()}
        out["full_event"] = self.full.to_dict()
        out["by_quad"] = {QUAD_NAMES[q]: {"type": self.by_quad_type[q].to_dict(), "full_event": c.to_dict()}
                          for q, c in self.by_quad.items()}
        out["by_dyad"] = {k: c.to_dict() for k, c in self.by_dyad_kind.items()}
        out["error_counts"] = {k: self.error_counts[k] for k in ERROR_CLASSES}
        out["penta"] = self.penta.to_dict()
        if self.doc_type_coded.total:
            out["document_type"] = {"among_coded": self.doc_type_coded.to_dict(),
                                    "first_event": self.doc_type_first.to_dict()}
        return out


def first_penta(predicted: Sequence[PredEvent]) -> int | None:
    """The class of the coder's first event in a record."""
    return next((e.penta for e in predicted if e.penta is not None), None)


def _split(gold: dict[Triple, int | None], pred: dict[Triple, int | None], keep: Any) -> tuple[set[Triple], ...]:
    g = {t for t, q in gold.items() if keep(t, q)}
    p = {t for t, q in pred.items() if keep(t, q)}
    return g & p, p - g, g - p


def _score_full(scores: Scores, gold: GoldRecord, predicted: Sequence[PredEvent]) -> None:
    sets = full_event_match(gold, predicted)
    if sets is None:
        return
    g, p = sets
    scores.full.add(*_split(g, p, lambda t, q: True))
    for quad in QUAD_NAMES:
        scores.by_quad[quad].add(*_split(g, p, lambda t, q, quad=quad: q == quad))
        g_types = {t[2] for t, q in g.items() if q == quad}
        p_types = {t[2] for t, q in p.items() if q == quad}
        scores.by_quad_type[quad].add(g_types & p_types, p_types - g_types, g_types - p_types)
    for kind, counts in scores.by_dyad_kind.items():
        counts.add(*_split(g, p, lambda t, q, kind=kind: dyad_kind(t) == kind))
    scores.error_counts.update(c for c, _, _ in classify_errors(g, p))


def _score_doc_type(scores: Scores, doc_type: str, predicted: Sequence[PredEvent]) -> None:
    """A document labelled with one PLOVER type: is it among the coded types, and is it the first?"""
    types = [e.plover.upper() for e in predicted if e.plover]
    scores.doc_type_coded.add(1, int(doc_type in types))
    scores.doc_type_first.add(1, int(bool(types) and types[0] == doc_type))


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
        if gold.doc_type is not None:
            _score_doc_type(scores, gold.doc_type, predicted)
        if not gold.events_annotated:
            continue
        for measure in MEASURES:
            matched = match_record(gold, predicted, measure)
            if matched is not None:
                scores.counts[measure].add(*matched)
        _score_full(scores, gold, predicted)
        gold_roots = [e.root for e in gold.events if e.root]
        if gold_roots:
            first_root = next((e.root for e in predicted if e.root), None)
            scores.root_confusion[(gold_roots[0], first_root)] += 1
    return scores


# -- fixed halves ------------------------------------------------------------------------------------
