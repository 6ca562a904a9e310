"""The shipped penta classifier and its training code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from multipolar.events import classifier
from multipolar.events.classifier import actor_sentences
from multipolar.events.train import (
    cross_val_predict,
    load_examples,
    plover_penta,
    stratified_folds,
    train_command,
    train_model,
)
from tests.conftest import shared_file

TINY = [
    ("Soldiers shelled the village and killed ten people.", 4),
    ("Rebels attacked an army base with rockets.", 4),
    ("Troops opened fire on protesters in the square.", 4),
    ("The minister accused the neighbour of lying.", 3),
    ("The government condemned the decision and threatened sanctions.", 3),
    ("Officials denounced the report as slander.", 3),
    ("The two leaders met for talks in the capital.", 1),
    ("The foreign ministers agreed to cooperate on trade.", 1),
    ("The presidents praised their friendship at the summit.", 1),
    ("The bank sent food aid and medicine to the region.", 2),
    ("The country released the prisoners it had held.", 2),
    ("Donors delivered emergency loans to the treasury.", 2),
    ("The spokesman said the meeting would happen soon.", 0),
    ("The mayor urged residents to stay calm.", 0),
    ("The party called on the court to review the case.", 0),
]
HYPER = {"ngram_size": 1, "length": 2**12, "epochs": 3, "dropout": 0.0}


def test_shipped_model_is_small_and_loads() -> None:
    directory = classifier.model_dir()
    assert (directory / "config.cfg").is_file(), "run `multipolar train` to ship the model"
    size = sum(f.stat().st_size for f in directory.rglob("*") if f.is_file())
    assert size < 10_000_000
    assert classifier.available()
    info = classifier.model_info()
    assert 0.5 < float(info["cv_accuracy"]) <= 1.0  # type: ignore[arg-type]


def test_predict_penta_classes_and_probabilities() -> None:
    out = classifier.predict_penta(["Warplanes bombed the town, killing dozens of civilians.",
                                    "The two countries signed an agreement to expand trade."])
    assert all(p in range(5) and 0.2 <= prob <= 1.0 for p, prob in out)
    assert out[0][0] == 4
    assert classifier.sentence_penta("Artillery fire killed five soldiers near the border.") is not None


def test_combine_penta_prefers_first_event() -> None:
    assert classifier.combine_penta([3, 4], (1, 0.9)) == 3
    assert classifier.combine_penta([], (1, 0.9)) == 1
    assert classifier.combine_penta([], None) is None


def test_text_digest_normalises_space_and_case() -> None:
    assert classifier.text_digest("A  b\nC") == classifier.text_digest("a b c")
    assert classifier.text_digest("a b") != classifier.text_digest("a c")


def test_training_digests_cover_the_dev_set() -> None:
    path = shared_file("gold/dev/conflibert_train.jsonl")
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert classifier.text_digest(first["text"]) in classifier.training_digests()


def test_stratified_folds_balanced_and_deterministic() -> None:
    labels = [0] * 10 + [1] * 5
    folds = stratified_folds(labels, 5, seed=1)
    assert folds == stratified_folds(labels, 5, seed=1)
    for fold in range(5):
        assert sum(1 for f, lab in zip(folds, labels, strict=True) if f == fold and lab == 0) == 2
        assert sum(1 for f, lab in zip(folds, labels, strict=True) if f == fold and lab == 1) == 1


def test_training_is_deterministic_and_learns() -> None:
    first = classifier.predict_penta([t for t, _ in TINY], train_model(TINY, HYPER, seed=3))
    second = classifier.predict_penta([t for t, _ in TINY], train_model(TINY, HYPER, seed=3))
    assert first == second
    assert sum(p == gold for (p, _), (_, gold) in zip(first, TINY, strict=True)) >= 12  # fits its data


def test_cross_val_predict_is_out_of_fold() -> None:
    out = cross_val_predict(TINY, 3, HYPER)
    assert len(out) == len(TINY) and all(p in range(5) for p, _ in out)


def test_plover_penta_mapping() -> None:
    mapping = plover_penta()
    assert mapping["ASSAULT"] == 4 and mapping["AGREE"] == 1 and mapping["ACCUSE"] == 3


def test_train_command_writes_a_loadable_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps({"id": str(i), "text": t, "penta": p}) for i, (t, p) in enumerate(TINY)),
                    encoding="utf-8")
    assert len(load_examples(gold)) == len(TINY)
    monkeypatch.setattr("multipolar.events.train.default_hyper", lambda: dict(HYPER))
    train_command(gold=gold, output=tmp_path / "model", folds=3, synthetic=None, seed=0, epochs=None)
    info = classifier.model_info(str(tmp_path / "model"))
    assert info["examples"] == len(TINY) and "cv_accuracy" in info
    model = classifier.load_classifier(str(tmp_path / "model"))
    assert model is not None and len(classifier.predict_penta(["Troops shelled the town."], model)) == 1
    assert classifier.text_digest(TINY[0][0]) in classifier.training_digests(str(tmp_path / "model"))


def test_annotate_sentence_penta_only_where_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    from multipolar.records import Event

    with nlp.select_pipes(disable=["multipolar_events"]):
        doc = nlp("Warplanes bombed the town, killing dozens. The two leaders met for talks in Paris.")
    event = Event("d", 1, "s", 0, "met", 0, 1, None, None, None, None, None, None, "040", "04", "CONSULT",
                  None, 1, 1, 1.0, None, "test")
    classifier.annotate_sentence_penta(doc, [event])
    first, second = doc._.sentence_penta
    assert second is None and first is not None and first[0] == 4
    doc._.actor_index = {}  # no actor anywhere: nothing to classify when actors are required
    classifier.annotate_sentence_penta(doc, [], require_actors=True)
    assert doc._.sentence_penta == [None, None]


def test_sentence_penta_only_when_configured() -> None:
    """The coder runs the sentence classifier only when asked to set doc._.sentence_penta."""
    from multipolar.api import get_pipeline
    from multipolar.nlp.pipeline import PipelineConfig, make_doc
    from multipolar.records import Document

    if not classifier.available():
        pytest.skip("no sentence classifier shipped")
    text = Document(id="t", text="Clouds gathered over the hills. The two leaders met for talks in Paris.")
    plain = get_pipeline(PipelineConfig())
    assert plain(make_doc(plain, text))._.sentence_penta is None
    annotating = get_pipeline(PipelineConfig(annotate_models=True))
    assert annotating.config["components"]["multipolar_events"]["sentence_penta"] is True
    pentas = annotating(make_doc(annotating, text))._.sentence_penta
    assert len(pentas) == 2 and pentas[0] is not None


def test_actor_sentences_by_token_position() -> None:
    """A sentence counts when any token of the actor index lies in it, found by its starts."""
    words = ["Envoys", "met", ".", "Rain", "fell", ".", "Talks", "with", "Peru", "ended", "."]
    starts = [True] + [False] * 2 + [True] + [False] * 2 + [True] + [False] * 4
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)
    sents = list(doc.sents)
    assert actor_sentences(sents, {0: "x", 8: "y"}) == {0, 2}
    assert actor_sentences(sents, {5: "x", 6: "y"}) == {1, 2}
    assert actor_sentences(sents, {}) == set()


def test_sentence_views_score_as_their_own_docs(nlp) -> None:  # type: ignore[no-untyped-def]
    """The sentence models read a sentence's view on its document's arrays exactly as a Doc of its words."""
    from multipolar.events import typemodel

    doc = nlp.make_doc("Rebels shelled a border post overnight. Two envoys met in Oslo!\n\nNo talks are planned.")
    for token, start in zip(doc, [True] + [False] * (len(doc) - 1), strict=True):
        token.is_sent_start = start or token.i in (6, 13)
    views = classifier.sentence_docs(doc, [2, 0, 1])
    own = [Doc(doc.vocab, words=[t.text for t in s], spaces=[bool(t.whitespace_) for t in s])
           for s in (list(doc.sents)[i] for i in (2, 0, 1))]
    assert [len(v) for v in views] == [len(d) for d in own]
    textcat = classifier.load_classifier().get_pipe("textcat")  # type: ignore[union-attr]
    assert textcat.predict(views).tolist() == textcat.predict(own).tolist()  # type: ignore[attr-defined]
    model = typemodel.load_type_model(None)
    if model is not None:
        assert typemodel.predict_docs(model, views) == typemodel.predict_docs(model, own)
    assert classifier.sentence_docs(doc, [1])[0] is views[2]  # the views of the last document are kept


def test_batched_ngram_counts_equal_the_per_text_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    """The n-gram layer swapped into the loaded sentence models counts a batch as spaCy's counts each text."""
    import numpy
    from spacy.ml.extract_ngrams import forward

    from multipolar.events.ngram_counts import NGRAM_LAYER, count_batch

    doc = nlp.make_doc("Envoys met. They met again and again in Oslo on Monday. Talks! No talks were held in Oslo.")
    for token in doc:
        token.is_sent_start = token.i in (0, 3, 13, 15)
    views = classifier.sentence_docs(doc, [0, 1, 2, 3])
    model = classifier.load_classifier()
    assert model is not None
    layer = next(n for n in model.get_pipe("textcat").model.walk() if n.name == NGRAM_LAYER)
    assert layer._func is count_batch  # type: ignore[attr-defined]
    for batch in (views, views[1:2], views[2:], [views[3], views[0]]):
        (keys, vals, lengths), _ = forward(layer, batch, False)
        (b_keys, b_vals, b_lengths), _ = count_batch(layer, batch, False)
        for ours, theirs in ((b_keys, keys), (b_vals, vals), (b_lengths, lengths)):
            assert ours.dtype == theirs.dtype and numpy.array_equal(ours, theirs)
