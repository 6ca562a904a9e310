"""Cross-validation of the second opinion: out-of-fold models, coding and threshold search.

Folds are by record (:func:`record_folds`, a fixed function of the text digest and the seed). The
model for fold *k* is trained on every training example whose text is not in fold *k* (the other
folds plus the other training sets), so each record is scored by a model that never saw it. The
records are parsed and lexicon-coded once (second opinion off); each fold's model then gives the
sentence probabilities, and :func:`multipolar.events.second_opinion.revise` applies any settings
to them: the threshold search costs no second parse.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from multipolar.events import second_opinion as so
from multipolar.events import typemodel
from multipolar.events.classifier import text_digest
from multipolar.events.gold import GoldRecord, read_gold
from multipolar.events.scoring import PredEvent, Scores, score
from multipolar.records import Document, Event

#: Grid searched by :func:`choose_settings`.
#: The bag-of-words probabilities are low (most labels are rare), so the grid starts low.
RECOVER_GRID = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7, 1.01)  # 1.01 = never recover
VETO_GRID = (0.0, 0.03, 0.06, 0.1)  # 0.0 = never veto
VETO_SUPPORT_GRID = (0.15, 0.3)
VETO_CONFIDENCE_GRID = (0.6, 1.01)
#: A behaviour is switched on only when it gains at least this much F1 on the tuning records: a
#: smaller gain is within what one debatable gold event moves, and does not carry over.
MIN_GAIN = 0.005
RETYPE_GRID = (1.01, 0.3, 0.2, 0.1)  # 1.01 = drop vetoed events, never retype


@dataclass(frozen=True)
class Source:
    """One training file: ``gold`` (events and/or penta) or ``synthetic`` (doc-level PLOVER type)."""

    path: Path
    kind: str

    def examples(self) -> list[typemodel.TypeExample]:
        if self.kind == "synthetic":
            return typemodel.examples_from_synthetic(self.path)
        return typemodel.examples_from_gold(read_gold(self.path))

    def records(self) -> list[GoldRecord]:
        return read_gold(self.path) if self.kind == "gold" else []


def record_folds(texts: Sequence[str], folds: int, seed: int = 0) -> list[int]:
    """Fold number of each record: balanced, fixed by the texts and the seed."""
    order = sorted(range(len(texts)), key=lambda i: hashlib.sha1(f"{seed}:{text_digest(texts[i])}:{i}".encode())
                   .hexdigest())
    out = [0] * len(texts)
    for position, index in enumerate(order):
        out[index] = position % folds
    return out


@dataclass
class Coded:
    """One record parsed and lexicon-coded, with its out-of-fold sentence probabilities."""

    doc: Doc
    lexicon: list[Event]
    probs: list[dict[str, float] | None]
    cameo: dict[str, str | None]


def parse_records(records: Sequence[GoldRecord]) -> list[tuple[Doc, list[Event]]]:
    """Parse and lexicon-code records in this process (second opinion off)."""
    from multipolar.nlp.pipeline import PipelineConfig, build_pipeline, parse_documents

    nlp = build_pipeline(PipelineConfig(second_opinion=False))
    documents = [Document(id=r.id, text=r.text, date=r.date, origin=r.id) for r in records]
    return [(doc, list(doc._.events or [])) for doc in parse_documents(nlp, documents)]


def out_of_fold(records: Sequence[GoldRecord], sources: Sequence[Source], folds: int, hyper: dict[str, Any],
                seed: int = 0) -> list[Coded]:
    """Each record coded by the lexicon, with probabilities from the model of its held-out fold."""
    examples = [ex for source in sources for ex in source.examples()]
    gold_records = [r for source in sources for r in source.records()]
    assignment = record_folds([r.text for r in records], folds, seed)
    parsed = parse_records(records)
    out: list[Coded | None] = [None] * len(records)
    for fold in range(folds):
        held = {text_digest(r.text) for r, f in zip(records, assignment, strict=True) if f == fold}
        train = [ex for ex in examples if text_digest(ex[0]) not in held]
        model = typemodel.train_type_model(train, hyper, seed)
        counts = typemodel.cameo_counts(r for r in gold_records if text_digest(r.text) not in held)
        cameo = {label: typemodel.default_cameo(label, counts) for label in typemodel.labels()}
        for index in (i for i, f in enumerate(assignment) if f == fold):
            doc, events = parsed[index]
            probs = so.score_sentences(doc, events, partial(typemodel.predict_docs, model))
            out[index] = Coded(doc, events, probs, cameo)
    return [c for c in out if c is not None]


def pred_event(event: Event) -> PredEvent:
    return PredEvent(event.source, event.target, event.root or None, event.plover, event.penta, event.quad)


def revised(coded: Sequence[Coded], settings: so.Settings) -> list[list[Event]]:
    """The events of each record under the given settings."""
    return [so.revise(c.doc, c.lexicon, c.probs, settings, c.cameo.get) for c in coded]


def score_events(records: Sequence[GoldRecord], events: Sequence[Sequence[Event]]) -> Scores:
    return score(records, [[pred_event(e) for e in evs] for evs in events])


def _best(records: Sequence[GoldRecord], coded: Sequence[Coded], measure: str,
          candidates: Iterable[so.Settings]) -> tuple[so.Settings, float]:
    best: tuple[float, so.Settings] | None = None
    for settings in candidates:
        f1 = score_events(records, revised(coded, settings)).counts[measure].f1
        if best is None or f1 > best[0] + 1e-9:  # ties: the earlier (more conservative) point
            best = (f1, settings)
    assert best is not None
    return best[1], best[0]


def choose_settings(records: Sequence[GoldRecord], coded: Sequence[Coded], measure: str = "dyad+type",
                    base: so.Settings | None = None) -> tuple[so.Settings, dict[str, so.Settings]]:
    """Recovery and veto chosen apart (they act on different sentences: with and without lexicon
    events) by ``measure`` F1 on these records; each is switched on only when it beats the lexicon
    alone by :data:`MIN_GAIN` (the thresholds of the best candidate are kept either way, so a user
    who switches a behaviour on gets them). Also returns the best candidate of each (for the report)."""
    off = replace(base or so.Settings(), recover=False, veto=False)
    baseline = score_events(records, revised(coded, off)).counts[measure].f1
    recovery, recover_f1 = _best(records, coded, measure, (
        replace(off, recover=True, recover_threshold=t, recover_needs_target=n)
        for t, n in itertools.product(reversed(RECOVER_GRID), (True, False))))
    veto, veto_f1 = _best(records, coded, measure, (
        replace(off, veto=True, veto_threshold=t, veto_support=s, veto_max_confidence=c, retype_threshold=r)
        for t, s, c, r in itertools.product(VETO_GRID[1:], VETO_SUPPORT_GRID, VETO_CONFIDENCE_GRID, RETYPE_GRID)))
    chosen = replace(off, recover=recover_f1 >= baseline + MIN_GAIN, recover_threshold=recovery.recover_threshold,
                     recover_needs_target=recovery.recover_needs_target,
                     veto=veto_f1 >= baseline + MIN_GAIN, veto_threshold=veto.veto_threshold,
                     veto_support=veto.veto_support, veto_max_confidence=veto.veto_max_confidence,
                     retype_threshold=veto.retype_threshold)
    return chosen, {"best recovery": recovery, "best veto": veto}
