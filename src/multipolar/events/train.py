"""``multipolar train``: train the penta text classifier (:mod:`multipolar.events.classifier`), or
with ``--kind types`` the event-type model of the second opinion (:mod:`multipolar.events.train_types`).

A spaCy bag-of-words ``textcat`` (unigrams + bigrams, hashed), CPU-only, deterministic for a seed.
``--folds K`` first reports stratified K-fold cross-validated accuracy (never train-on-test),
then the model is trained on all the data and written with its meta and training digests.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import spacy
import typer
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch

from multipolar.events.classifier import DIGESTS_FILE, LABELS, model_dir, predict_penta, text_digest
from multipolar.events.gold import read_gold
from multipolar.events.ontology import cameo_codes

DEV_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "gold" / "dev"
DEFAULT_GOLD = DEV_DIR / "conflibert_train.jsonl"
DEFAULT_TUNE = DEV_DIR / "agnews_dev.jsonl"


class ModelKind(StrEnum):
    penta = "penta"  # the exclusive penta classifier (events/data/model)
    types = "types"  # the multi-label event-type model of the second opinion (events/data/event_types)


def default_hyper() -> dict[str, Any]:
    """Hyper-parameters: chosen by cross-validation on the dev set (see the report in meta.json)."""
    return {"ngram_size": 2, "length": 2**16, "epochs": 8, "dropout": 0.2}


def plover_penta() -> dict[str, int]:
    """Majority penta of the CAMEO codes mapped to each PLOVER type (to label PLOVER-only data)."""
    votes: dict[str, Counter[int]] = defaultdict(Counter)
    for code in cameo_codes().values():
        if code.plover:
            votes[code.plover][code.penta] += 1
    return {plover: counts.most_common(1)[0][0] for plover, counts in votes.items()}


def load_examples(path: Path) -> list[tuple[str, int]]:
    """``(text, penta)`` of every gold record with a penta."""
    return [(r.text, r.penta) for r in read_gold(path) if r.penta is not None]


def load_synthetic(path: Path) -> list[tuple[str, int]]:
    """``(lead paragraph, penta)`` of PLOVER-labelled documents (``doc_plover``)."""
    mapping = plover_penta()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        penta = mapping.get(data.get("doc_plover") or "")
        lead = data["text"].strip().split("\n")[0].strip()
        if penta is not None and lead:
            out.append((lead, penta))
    return out


def blank_classifier(hyper: dict[str, Any]) -> Language:
    """A blank English pipeline with an exclusive bag-of-words ``textcat``."""
    nlp = spacy.blank("en")
    model = {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": hyper["ngram_size"],
        "no_output_layer": False,
        "length": hyper["length"],
    }
    textcat = nlp.add_pipe("textcat", config={"model": model})
    assert isinstance(textcat, TextCategorizer)
    for label in LABELS:
        textcat.add_label(label)
    return nlp


def _example(nlp: Language, text: str, penta: int) -> Example:
    return Example.from_dict(nlp.make_doc(text), {"cats": {lab: float(lab == str(penta)) for lab in LABELS}})


def train_model(data: Sequence[tuple[str, int]], hyper: dict[str, Any], seed: int = 0) -> Language:
    """Train a classifier on ``(text, penta)`` pairs; same data and seed give the same model."""
    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = blank_classifier(hyper)
    examples = [_example(nlp, text, penta) for text, penta in data]
    optimizer = nlp.initialize(lambda: examples[:200])
    for _ in range(hyper["epochs"]):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=hyper["dropout"], losses={})
    return nlp


def stratified_folds(labels: Sequence[int], folds: int, seed: int = 0) -> list[int]:
    """Fold number of each item, classes spread evenly over the folds."""
    rng = random.Random(seed)
    by_class: dict[int, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        by_class[label].append(index)
    assignment = [0] * len(labels)
    offset = 0
    for label in sorted(by_class):
        indices = by_class[label]
        rng.shuffle(indices)
        for position, index in enumerate(indices):
            assignment[index] = (position + offset) % folds
        offset += len(indices)
    return assignment


def cross_val_predict(
    data: Sequence[tuple[str, int]],
    folds: int,
    hyper: dict[str, Any],
    seed: int = 0,
    extra: Sequence[tuple[str, int]] = (),
) -> list[tuple[int, float]]:
    """Out-of-fold ``(penta, probability)`` of each item (``extra`` is added to every training fold)."""
    assignment = stratified_folds([p for _, p in data], folds, seed)
    out: list[tuple[int, float]] = [(0, 0.0)] * len(data)
    for fold in range(folds):
        train = [item for item, f in zip(data, assignment, strict=True) if f != fold]
        test = [i for i, f in enumerate(assignment) if f == fold]
        nlp = train_model(list(train) + list(extra), hyper, seed)
        for index, prediction in zip(test, predict_penta([data[i][0] for i in test], nlp), strict=True):
            out[index] = prediction
    return out


def accuracy(data: Sequence[tuple[str, int]], predictions: Sequence[tuple[int, float]]) -> float:
    return sum(p == gold for (_, gold), (p, _) in zip(data, predictions, strict=True)) / max(1, len(data))


def save_model(nlp: Language, output: Path, data: Sequence[tuple[str, int]], info: dict[str, Any]) -> None:
    """Write the model, its ``multipolar`` meta section and the training-text digests."""
    nlp.meta["name"] = "multipolar_penta"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "Phoenix penta event-class text classifier (multipolar train)"
    nlp.meta["spacy_version"] = ">=3.8.0,<3.9.0"
    nlp.meta["multipolar"] = info
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output, exclude=["vocab"])  # the hashed features need no string table
    digests = sorted({text_digest(text) for text, _ in data})
    (output / DIGESTS_FILE).write_text("\n".join(digests) + "\n", encoding="utf-8")


def train_command(
    gold: Annotated[Path, typer.Option(help="Gold JSONL with `penta` labels.")] = DEFAULT_GOLD,
    output: Annotated[Path | None, typer.Option(help="Model directory (default: the packaged one).")] = None,
    folds: Annotated[int, typer.Option(help="K-fold cross-validation before the final fit (0: skip).")] = 5,
    synthetic: Annotated[
        Path | None, typer.Option(help="Also train on PLOVER-labelled documents (lead paragraph).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    epochs: Annotated[int | None, typer.Option(help="Training epochs.")] = None,
    kind: Annotated[ModelKind, typer.Option(help="penta: the penta classifier; types: the event-type model.")]
    = ModelKind.penta,
    tune: Annotated[Path, typer.Option(help="types: gold with coded events, cross-validated and tuned on "
                                            "(even half).")] = DEFAULT_TUNE,
    check: Annotated[bool, typer.Option(help="types: also report out-of-fold figures on --gold.")] = False,
) -> None:
    """Train the penta text classifier (or, with --kind types, the event-type model) and report
    cross-validated figures."""
    if kind is ModelKind.types:
        _train_types(gold, tune, output, folds, synthetic, seed, epochs, check)
        return
    hyper = default_hyper()
    if epochs is not None:
        hyper["epochs"] = epochs
    data = load_examples(gold)
    extra = load_synthetic(synthetic) if synthetic else []
    info: dict[str, Any] = {
        "gold": gold.name, "examples": len(data), "synthetic": synthetic.name if synthetic else None,
        "synthetic_examples": len(extra), "seed": seed, "hyper": hyper,
    }
    started = time.perf_counter()
    if folds > 1:
        predictions = cross_val_predict(data, folds, hyper, seed, extra)
        info["cv_folds"] = folds
        info["cv_accuracy"] = round(accuracy(data, predictions), 4)
        typer.echo(f"{folds}-fold cross-validated penta accuracy on {gold.name} ({len(data)} sentences): "
                   f"{info['cv_accuracy']:.4f}")
    nlp = train_model(data + extra, hyper, seed)
    target = output or model_dir()
    save_model(nlp, target, data + extra, info)
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
    typer.echo(f"model written to {target} ({size / 1e6:.1f} MB) in {time.perf_counter() - started:.0f} s")


def _train_types(gold: Path, tune: Path, output: Path | None, folds: int, synthetic: Path | None, seed: int,
                 epochs: int | None, check: bool) -> None:
    from multipolar.events import typemodel
    from multipolar.events.crossval import Source
    from multipolar.events.train_types import train_types

    for path in (tune, gold, synthetic):
        if path is not None and not path.is_file():
            raise typer.BadParameter(f"{path} is not a file")
    others = [Source(gold, "gold")] if gold.resolve() != tune.resolve() else []
    if synthetic is not None:
        others.append(Source(synthetic, "synthetic"))
    train_types(tune, others, output or typemodel.model_dir(), folds, seed, epochs, check)
