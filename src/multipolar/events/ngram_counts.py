"""The n-gram counts of a batch of sentences for the bag-of-words sentence models, in one pass.

spaCy's ``extract_ngrams`` layer (``TextCatBOW``) counts each text's n-gram keys with a ``numpy.unique``
call per text; for a document's many short sentences those per-call costs are most of the model's time.
:func:`count_batch` gives the same output (per text: its distinct keys in ascending order, their counts
as float32, the number of keys) from one sort of the whole batch; :func:`batch_ngram_counts` swaps it
into a loaded model, so the scores do not change.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language
from thinc.api import Model

#: The name of spaCy's n-gram layer in a ``TextCatBOW`` model.
NGRAM_LAYER = "extract_ngrams"


def count_batch(model: Model, docs: Any, is_train: bool) -> tuple[Any, Any]:
    """The forward pass of ``extract_ngrams`` over a batch: (keys, counts, lengths), no backward pass."""
    ops: Any = model.ops  # NumpyOps (the layer runs on the CPU)
    size, attr = model.attrs["ngram_size"], model.attrs["attr"]
    texts = [ops.asarray(doc.to_array([attr])) for doc in docs]
    unigrams = numpy.concatenate(texts) if texts else numpy.zeros(0, dtype="uint64")
    owner = numpy.repeat(numpy.arange(len(texts)), [len(t) for t in texts])  # the text of each word
    keys, owners = [unigrams], [owner]
    for n in range(2, size + 1):  # an n-gram of the joined texts counts where its words are of one text
        if len(unigrams) < n:
            break
        inside = owner[n - 1:] == owner[:len(owner) - n + 1]
        keys.append(ops.ngrams(n, unigrams)[inside])
        owners.append(owner[:len(owner) - n + 1][inside])
    joined, owner = numpy.concatenate(keys), numpy.concatenate(owners)
    order = numpy.lexsort((joined, owner))  # by text, then key: each text's keys ascending, as unique gives
    joined, owner = joined[order], owner[order]
    first = numpy.ones(len(joined), dtype=bool)
    first[1:] = (joined[1:] != joined[:-1]) | (owner[1:] != owner[:-1])
    starts = numpy.flatnonzero(first)
    counts = numpy.diff(numpy.append(starts, len(joined)))
    lengths = ops.asarray(numpy.bincount(owner[starts], minlength=len(texts)), dtype="int32")
    batch_vals = ops.asarray(counts, dtype="f")

    def backprop(d_y: Any) -> list[Any]:
        return []

    return (joined[starts], batch_vals, lengths), backprop


def batch_ngram_counts(nlp: Language) -> Language:
    """``nlp`` with each ``extract_ngrams`` layer of its pipes counting a batch at once (same scores)."""
    for _name, pipe in nlp.pipeline:
        root = getattr(pipe, "model", None)
        if not isinstance(root, Model):
            continue
        for node in [n for n in root.walk() if n.name == NGRAM_LAYER]:
            batched: Model = Model(NGRAM_LAYER, count_batch, attrs=dict(node.attrs))
            root.replace_node(node, batched)
    return nlp
