"""The sentence event-class (penta) classifier that backs the lexicon coder.

A small spaCy bag-of-words ``textcat`` (exclusive classes = Phoenix penta 0..4) trained in the
repo by ``multipolar train`` (:mod:`multipolar.events.train`) and shipped under
``events/data/model/``. It is loaded once per process, never downloaded.

How the event coder uses it (``multipolar_events`` with ``use_classifier=True``):

* Events keep the lexicon's CAMEO code and the ``penta`` the ontology gives that code; the
  classifier never invents an event (it has no actors and no CAMEO code).
* For each sentence in which the lexicon coded **no** event, the coder stores the classifier's
  ``(penta, prob)`` in ``doc._.sentence_penta[i]`` (``i`` = index in ``doc.sents``; ``None`` where
  an event was coded or no model is shipped): one call after coding a Doc,
  ``annotate_sentence_penta(doc, events)`` (batched; :func:`sentence_penta` for one text).
* The class of a sentence is then :func:`combine_penta`: the first coded event's penta, else the
  classifier's. ``multipolar evaluate`` scores exactly this combination (``penta`` = lexicon
  only, ``penta_combined`` = this function, ``penta_classifier`` = the classifier alone).
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_right
from collections.abc import Collection, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from multipolar.events.ngram_counts import batch_ngram_counts
from multipolar.nlp import extensions as _extensions  # noqa: F401  (declares Doc._.sentence_penta)
from multipolar.records import Event

#: textcat labels, one per penta class.
LABELS: tuple[str, ...] = ("0", "1", "2", "3", "4")
PENTA_NAMES: dict[int, str] = {
    0: "statement/appeal",
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
#: Written beside the spaCy model: digests of the training texts (to detect train-on-test).
DIGESTS_FILE = "training_digests.txt"


def model_dir() -> Path:
    """Where the shipped model lives inside the package."""
    return Path(str(resources.files("multipolar.events").joinpath("data/model")))


def text_digest(text: str) -> str:
    """A short digest of a normalised text (to recognise training sentences without storing them)."""
    norm = " ".join(text.split()).lower()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=4)
def load_classifier(path: str | None = None) -> Language | None:
    """The trained classifier (cached per path, counting a batch's n-grams at once), or ``None`` when no
    model is shipped."""
    directory = Path(path) if path else model_dir()
    if not (directory / "config.cfg").is_file():
        return None
    return batch_ngram_counts(spacy.load(directory))


def available() -> bool:
    """Whether a trained model is shipped."""
    return load_classifier() is not None


def predict_penta(
    texts: Sequence[str], nlp: Language | None = None, batch_size: int = 256
) -> list[tuple[int, float]]:
    """``(penta, probability)`` of each text; raises ``RuntimeError`` when no model is shipped."""
    model = nlp if nlp is not None else load_classifier()
    if model is None:
        raise RuntimeError("no penta classifier shipped: run `multipolar train`")
    out: list[tuple[int, float]] = []
    for doc in model.pipe(list(texts), batch_size=batch_size):
        label, prob = max(doc.cats.items(), key=lambda item: item[1])
        out.append((int(label), float(prob)))
    return out


def sentence_penta(text: str) -> tuple[int, float] | None:
    """The hook for the coder: ``(penta, probability)`` of one sentence, ``None`` without a model."""
    model = load_classifier()
    if model is None:
        return None
    return predict_penta([text], model)[0]


def combine_penta(event_pentas: Sequence[int], sentence: tuple[int, float] | None) -> int | None:
    """A sentence's class: its first coded event's penta, else the classifier's, else ``None``."""
    if event_pentas:
        return event_pentas[0]
    return sentence[0] if sentence is not None else None


def annotate_sentence_penta(doc: Doc, events: Sequence[Event], require_actors: bool = False) -> None:
    """Set ``doc._.sentence_penta``: per sentence, the classifier's ``(penta, prob)`` where no event was
    coded (and, with ``require_actors``, an actor was found), else ``None``. No model: all ``None``.

    The sentences are already tokenised: the bag-of-words model reads their token hashes directly
    (a bare ``Doc`` built from the
    sentence's tokens in the pipeline's vocabulary), with no second tokenisation.
    """
    sents = list(doc.sents)
    result: list[tuple[int, float] | None] = [None] * len(sents)
    model = load_classifier()
    if model is not None:
        coded = {e.sentence_index for e in events}
        index = doc._.actor_index or {}
        named = actor_sentences(sents, index) if require_actors else set()
        todo = [i for i in range(len(sents)) if i not in coded and (not require_actors or i in named)]
        if todo:
            textcat = model.get_pipe("textcat")
            docs = sentence_docs(doc, todo)
            scores = textcat.predict(docs)  # type: ignore[attr-defined]
            labels = textcat.labels  # type: ignore[attr-defined]
            for i, row in zip(todo, scores.tolist(), strict=True):
                best = max(range(len(labels)), key=row.__getitem__)
                result[i] = (int(labels[best]), float(row[best]))
    doc._.sentence_penta = result


def actor_sentences(sents: Sequence[Span], index: Collection[int]) -> set[int]:
    """Indexes in ``sents`` (a doc's sentences, in order) of those with a token of ``index`` (the
    ``actor_index``): each token's sentence by a binary search of the starts, not a test per word."""
    starts = [sent.start for sent in sents]
    return {bisect_right(starts, t) - 1 for t in index}


def training_digests(path: str | None = None) -> frozenset[str]:
    """Digests of the texts the shipped model was trained on (empty without a model)."""
    file = (Path(path) if path else model_dir()) / DIGESTS_FILE
    if not file.is_file():
        return frozenset()
    return frozenset(line.strip() for line in file.read_text(encoding="utf-8").splitlines() if line.strip())


def model_info(path: str | None = None) -> dict[str, object]:
    """The ``multipolar`` section of the model's meta.json (training data, seed, CV accuracy)."""
    file = (Path(path) if path else model_dir()) / "meta.json"
    if not file.is_file():
        return {}
    info = json.loads(file.read_text(encoding="utf-8")).get("multipolar", {})
    return dict(info) if isinstance(info, dict) else {}


class TokenRows(Protocol):
    """What the bag-of-words sentence models read of a text: its length and its token attribute rows
    (a ``Doc``, a :class:`SentenceTokens`)."""

    def __len__(self) -> int: ...

    def to_array(self, attrs: Any, /) -> Any: ...


class SentenceTokens:
    """One sentence of a parsed document as the sentence models read it: a view on the document's token
    arrays, not a new ``Doc``. The shipped models are bags of words (spaCy's ``TextCatBOW``, whose
    ``extract_ngrams`` asks only ``len`` and ``to_array``), so no words are looked up again; the arrays
    are read once per document and shared by its sentences."""

    __slots__ = ("_arrays", "doc", "end", "start")

    def __init__(self, doc: Doc, start: int, end: int, arrays: dict[object, Any]) -> None:
        self.doc, self.start, self.end, self._arrays = doc, start, end, arrays

    def __len__(self) -> int:
        return self.end - self.start

    def to_array(self, attrs: Any) -> Any:
        """The document's ``to_array(attrs)`` rows of this sentence (read only: a shared array's slice)."""
        key = attrs if isinstance(attrs, (int, str)) else tuple(attrs)
        rows = self._arrays.get(key)
        if rows is None:
            rows = self._arrays[key] = self.doc.to_array(attrs)
        return rows[self.start:self.end]


#: The sentences last asked for: (document, its token count, the views of its sentences). The sentence
#: classifier and the event-type model read mostly the same sentences of a document, one after the other.
_LAST_SENTENCES: tuple[Doc, int, list[SentenceTokens]] | None = None


def sentence_docs(doc: Doc, wanted: Sequence[int]) -> list[SentenceTokens]:
    """The wanted sentences' tokens for the sentence models (:class:`SentenceTokens`); the views of the
    last document asked for are kept, so a second model asking for its sentences reuses its arrays."""
    global _LAST_SENTENCES
    if not wanted:
        return []
    last = _LAST_SENTENCES
    if last is None or last[0] is not doc or last[1] != len(doc):
        arrays: dict[object, Any] = {}
        last = _LAST_SENTENCES = (doc, len(doc), [SentenceTokens(doc, s.start, s.end, arrays) for s in doc.sents])
    return [last[2][i] for i in wanted]
