"""The sentence-level event-type model behind the second opinion (:mod:`multipolar.events.second_opinion`).

A spaCy ``textcat_multilabel`` (hashed bag of unigrams and bigrams) over **labels** = the 16 PLOVER
event types, ``STATEMENT`` (CAMEO root 01) and ``APPEAL`` (root 02), which PLOVER drops, and
``NONE`` (no codable event). A sentence may carry several labels.

Training material (dev data only; :func:`examples_from_gold`, :func:`examples_from_synthetic`):

* records with annotated events (agnews_dev): every label known: 1 for the types of the record's
  events, 0 for the others; no event → ``NONE`` only;
* records with only a penta class (conflibert_train): ``NONE`` = 0 and the labels whose CAMEO codes
  never have that penta = 0; the other labels are *missing* (masked in the loss), not negative;
* synthetic PLOVER documents (fiction, optional, never a measure): the lead paragraph with its
  document type = 1, ``NONE`` = 0, the rest missing.

The model ships under ``events/data/event_types/`` with the thresholds chosen by cross-validation
(``meta.json`` → ``multipolar.settings``) and the digests of its training texts, so ``multipolar
evaluate`` can tell when a gold file was trained on and switch to out-of-fold models.
"""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch

from multipolar.events.classifier import DIGESTS_FILE, TokenRows, text_digest
from multipolar.events.gold import GoldRecord
from multipolar.events.ngram_counts import batch_ngram_counts
from multipolar.events.ontology import cameo_codes
from multipolar.reference import CameoRoot

NONE = "NONE"
#: Labels for the CAMEO roots PLOVER drops.
ROOT_LABELS: dict[str, str] = {CameoRoot.STATEMENT: "STATEMENT", CameoRoot.APPEAL: "APPEAL"}
PIPE = "textcat_multilabel"

#: A training example: text and its known labels (a label absent from the dict is missing).
TypeExample = tuple[str, dict[str, float]]


@lru_cache(maxsize=1)
def labels() -> tuple[str, ...]:
    """Every label: PLOVER types (sorted), the two root labels, ``NONE``."""
    plover = sorted({c.plover for c in cameo_codes().values() if c.plover})
    return (*plover, *ROOT_LABELS.values(), NONE)


def label_of(plover: str | None, root: str | None) -> str | None:
    """The model label of an event: its PLOVER type, else ``STATEMENT``/``APPEAL`` for roots 01/02."""
    if plover:
        return plover.upper()
    return ROOT_LABELS.get((root or "")[:2])


@lru_cache(maxsize=1)
def label_pentas() -> dict[str, frozenset[int]]:
    """The penta classes a label's CAMEO codes can have."""
    out: dict[str, set[int]] = defaultdict(set)
    for code in cameo_codes().values():
        label = label_of(code.plover, code.root)
        if label:
            out[label].add(code.penta)
    return {label: frozenset(p) for label, p in out.items()}


def default_cameo(label: str, counts: dict[str, dict[str, int]] | None = None) -> str | None:
    """The CAMEO code a recovered event of a label gets: the most frequent gold code of that label in
    the training data (``counts``), else the label's first base code in the ontology."""
    if counts and counts.get(label):
        return max(counts[label].items(), key=lambda item: (item[1], item[0]))[0]
    for code in sorted(cameo_codes().values(), key=lambda c: c.code):
        if code.level == "base" and label_of(code.plover, code.root) == label:
            return code.code
    return None


# -- training material -----------------------------------------------------------------------------

def example_of_record(record: GoldRecord) -> TypeExample | None:
    """The labels a gold record gives (see the module docstring), ``None`` when it gives none."""
    names = labels()
    events = record.events if record.events_annotated else ()
    found = {label_of(e.plover, e.root) for e in events} - {None}
    if record.events_annotated and not record.events:
        return record.text, {name: float(name == NONE) for name in names}
    if found:
        return record.text, {name: float(name in found) for name in names}
    if record.penta is not None:
        cats = {name: 0.0 for name, pentas in label_pentas().items() if record.penta not in pentas}
        cats[NONE] = 0.0
        return record.text, cats
    if record.events:
        return record.text, {NONE: 0.0}
    return None


def examples_from_gold(records: Iterable[GoldRecord]) -> list[TypeExample]:
    return [ex for ex in map(example_of_record, records) if ex is not None]


def examples_from_synthetic(path: Path) -> list[TypeExample]:
    """Lead paragraphs of PLOVER-labelled documents (``doc_plover``) with their one known type."""
    known = set(labels())
    out: list[TypeExample] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        label = str(data.get("doc_plover") or "").upper()
        lead = str(data.get("text") or "").strip().split("\n")[0].strip()
        if label in known and lead:
            out.append((lead, {label: 1.0, NONE: 0.0}))
    return out


def cameo_counts(records: Iterable[GoldRecord]) -> dict[str, dict[str, int]]:
    """Per label, how often each CAMEO root's base code (``root + "0"``) occurs in the gold events."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        for event in record.events:
            label = label_of(event.plover, event.root)
            if label and event.root:
                counts[label][event.root + "0"] += 1
    return {label: dict(c) for label, c in counts.items()}


# -- the model -------------------------------------------------------------------------------------

def default_hyper() -> dict[str, Any]:
    """Hyper-parameters of the bag-of-words model (size: ``length`` x labels floats)."""
    return {"ngram_size": 2, "length": 2**15, "epochs": 8, "dropout": 0.2}


def blank_model(hyper: dict[str, Any]) -> Language:
    nlp = spacy.blank("en")
    model = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
             "ngram_size": hyper["ngram_size"], "no_output_layer": False, "length": hyper["length"]}
    textcat = nlp.add_pipe(PIPE, config={"model": model, "threshold": 0.5})
    for label in labels():
        textcat.add_label(label)  # type: ignore[attr-defined]
    return nlp


def train_type_model(data: Sequence[TypeExample], hyper: dict[str, Any], seed: int = 0) -> Language:
    """Train on ``(text, known labels)``; the same data and seed give the same model."""
    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = blank_model(hyper)
    examples = [Example.from_dict(nlp.make_doc(text), {"cats": cats}) for text, cats in data]
    full = [eg for eg, (_, cats) in zip(examples, data, strict=True) if len(cats) == len(labels())]
    optimizer = nlp.initialize(lambda: (full or examples)[:300])
    for _ in range(hyper["epochs"]):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=compounding(8.0, 64.0, 1.01)):
            nlp.update(batch, sgd=optimizer, drop=hyper["dropout"], losses={})
    return nlp


def model_dir() -> Path:
    return Path(str(resources.files("multipolar.events").joinpath("data/event_types")))


def has_type_model(path: str | None = None) -> bool:
    """Whether the shipped (or given) model exists, without loading it."""
    return ((Path(path) if path else model_dir()) / "config.cfg").is_file()


@lru_cache(maxsize=4)
def load_type_model(path: str | None = None) -> Language | None:
    """The shipped (or given) model (counting a batch's n-grams at once), ``None`` when there is none."""
    if not has_type_model(path):
        return None
    return batch_ngram_counts(spacy.load(Path(path) if path else model_dir()))


def model_info(path: str | None = None) -> dict[str, Any]:
    """The ``multipolar`` section of the model's meta.json."""
    file = (Path(path) if path else model_dir()) / "meta.json"
    if not file.is_file():
        return {}
    info = json.loads(file.read_text(encoding="utf-8")).get("multipolar", {})
    return dict(info) if isinstance(info, dict) else {}


def training_digests(path: str | None = None) -> frozenset[str]:
    file = (Path(path) if path else model_dir()) / DIGESTS_FILE
    if not file.is_file():
        return frozenset()
    return frozenset(line.strip() for line in file.read_text(encoding="utf-8").splitlines() if line.strip())


def predict_docs(model: Language, docs: Sequence[TokenRows]) -> list[dict[str, float]]:
    """Label probabilities of already tokenised docs or sentences (:func:`classifier.sentence_docs`; any
    vocabulary: the features are string hashes)."""
    if not docs:
        return []
    pipe = model.get_pipe(PIPE)
    names = pipe.labels  # type: ignore[attr-defined]
    scores = pipe.predict(list(docs))  # type: ignore[attr-defined]
    return [dict(zip(names, map(float, row), strict=True)) for row in scores.tolist()]


def predict_texts(model: Language, texts: Sequence[str]) -> list[dict[str, float]]:
    return predict_docs(model, [model.make_doc(t) for t in texts])


def save_model(nlp: Language, output: Path, texts: Iterable[str], info: dict[str, Any]) -> None:
    """Write the model (no string table: features are hashes), its meta and training digests."""
    nlp.meta.update({"name": "multipolar_event_types", "version": "0.1.0", "spacy_version": ">=3.8.0,<3.9.0",
                     "description": "Sentence event-type model (PLOVER + STATEMENT/APPEAL + NONE), multipolar train"})
    nlp.meta["multipolar"] = info
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output, exclude=["vocab"])
    digests = sorted({text_digest(t) for t in texts})
    (output / DIGESTS_FILE).write_text("\n".join(digests) + "\n", encoding="utf-8")
