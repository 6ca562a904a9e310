"""The second opinion: recovery and veto with stub probabilities, the component, the type model."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from multipolar.events import second_opinion as so
from multipolar.events import typemodel
from multipolar.events.gold import GoldEvent, GoldRecord
from multipolar.nlp.pipeline import make_doc
from multipolar.records import Document, Event

SETTINGS = so.Settings(recover_threshold=0.5, veto_threshold=0.05, veto_support=0.5, veto_max_confidence=0.7)


def probs(**given: float) -> dict[str, float]:
    out = dict.fromkeys(typemodel.labels(), 0.01)
    out.update(given)
    return out


def lexicon_doc(nlp: Language, text: str) -> Doc:
    """Parsed, actors resolved and lexicon-coded; the second opinion not applied."""
    with nlp.select_pipes(disable=["multipolar_second_opinion"]):
        return nlp(make_doc(nlp, Document(id="t", text=text, date="2023-06-01")))


def revise(doc: Doc, sentence_probs: dict[str, float], settings: so.Settings = SETTINGS) -> list[Event]:
    return so.revise(doc, list(doc._.events or []), [sentence_probs] * len(list(doc.sents)), settings,
                     lambda label: {"ASSAULT": "190", "CONSULT": "040"}.get(label))


def test_recovers_an_event_the_lexicon_missed(nlp: Language) -> None:
    doc = lexicon_doc(nlp, "Russia zorbled Ukraine on Monday.")  # no trigger the lexicon knows
    assert not doc._.events
    events = revise(doc, probs(ASSAULT=0.9))
    assert [(e.source, e.target, e.cameo, e.plover) for e in events] == [("RUS", "UKR", "190", "ASSAULT")]
    assert events[0].rule == "second_opinion:ASSAULT" and events[0].confidence == pytest.approx(0.72)


def test_recovery_needs_confidence_an_agent_and_a_factual_clause(nlp: Language) -> None:
    doc = lexicon_doc(nlp, "Russia zorbled Ukraine on Monday.")
    assert not revise(doc, probs(ASSAULT=0.4))  # below the threshold
    assert not revise(doc, probs(ASSAULT=0.9, NONE=0.95))  # "no event" is likelier
    assert not revise(doc, probs(ASSAULT=0.9), replace(SETTINGS, recover=False))  # switched off
    assert not revise(lexicon_doc(nlp, "Russia did not zorble Ukraine."), probs(ASSAULT=0.9))
    assert not revise(lexicon_doc(nlp, "Heavy zorbling hit Ukraine on Monday."), probs(ASSAULT=0.9))  # no agent


def test_recovery_reads_through_a_speech_verb(nlp: Language) -> None:
    doc = lexicon_doc(nlp, "Officials said Russia zorbled with Ukraine.")
    events = [e for e in revise(doc, probs(CONSULT=0.8)) if e.rule.startswith("second_opinion")]
    assert [(e.source, e.target, e.cameo) for e in events] == [("RUS", "UKR", "040")]


def test_no_recovery_where_the_lexicon_coded(nlp: Language) -> None:
    doc = lexicon_doc(nlp, "Russian troops attacked Ukrainian positions.")
    assert doc._.events
    events = revise(doc, probs(ASSAULT=0.9))
    assert not any(e.rule.startswith("second_opinion") for e in events)


def event(confidence: float, plover: str | None = "CONSULT", root: str = "04") -> Event:
    return Event("d", 0, "s", 0, "met", 0, 3, "USA", None, None, "CHN", None, None, root + "0", root, plover,
                 None, 1, 1, 1.0, None, "test", confidence=confidence)


def test_veto_only_low_confidence_events_the_model_contradicts() -> None:
    against = probs(CONSULT=0.01, NONE=0.9)
    assert so.vetoed(event(0.5), against, SETTINGS)
    assert not so.vetoed(event(0.9), against, SETTINGS)  # confident lexicon event
    assert not so.vetoed(event(0.5), probs(CONSULT=0.2, NONE=0.9), SETTINGS)  # model not against it
    assert not so.vetoed(event(0.5), probs(CONSULT=0.01), SETTINGS)  # nothing else supported either
    assert not so.vetoed(event(0.5), against, replace(SETTINGS, veto=False))
    assert so.vetoed(event(0.5, None, "01"), probs(STATEMENT=0.01, ACCUSE=0.8), SETTINGS)  # 01 -> STATEMENT


def test_vetoed_event_retyped_when_the_model_names_another_type() -> None:
    settings = replace(SETTINGS, retype_threshold=0.6)
    cameo = {"ACCUSE": "111"}.get
    retyped = so.vetted(event(0.5), probs(CONSULT=0.01, ACCUSE=0.8), settings, cameo)
    assert retyped is not None
    assert (retyped.cameo, retyped.plover, retyped.quad, retyped.source, retyped.target) == (
        "111", "ACCUSE", 3, "USA", "CHN")
    assert retyped.rule == "test+retyped:ACCUSE"
    assert so.vetted(event(0.5), probs(CONSULT=0.01, ACCUSE=0.55), settings, cameo) is None  # dropped
    assert so.vetted(event(0.9), probs(CONSULT=0.01, ACCUSE=0.8), settings, cameo).cameo == "040"  # type: ignore[union-attr]


def test_recovery_can_require_a_target(nlp: Language) -> None:
    doc = lexicon_doc(nlp, "Russia zorbled heavily on Monday.")
    assert [(e.source, e.target) for e in revise(doc, probs(ASSAULT=0.9))] == [("RUS", None)]
    assert not revise(doc, probs(ASSAULT=0.9), replace(SETTINGS, recover_needs_target=True))


def test_settings_from_meta_then_config() -> None:
    settings = so.Settings().updated({"recover_threshold": 0.3, "unknown": 1}).updated({"recover_threshold": None})
    assert settings.recover_threshold == 0.3 and settings.veto


def test_component_sets_probabilities_and_revises(nlp: Language) -> None:
    component = so.SecondOpinion(nlp, "second", None, {"recover": True, "recover_threshold": 0.5})
    component.model = object()  # type: ignore[assignment]  # any model: the scorer is stubbed
    component.scorer = lambda docs: [probs(ASSAULT=0.9) for _ in docs]  # type: ignore[method-assign]
    component.cameo["ASSAULT"] = "190"
    doc = component(lexicon_doc(nlp, "Russia zorbled Ukraine. It rained."))
    assert doc._.sentence_types[0]["ASSAULT"] == pytest.approx(0.9)
    assert doc._.sentence_types[1] is None  # no actor, not scored
    assert [(e.source, e.target, e.root) for e in doc._.events] == [("RUS", "UKR", "19")]


def test_pipeline_runs_the_shipped_model(nlp: Language) -> None:
    assert "multipolar_second_opinion" in nlp.pipe_names
    doc = nlp(make_doc(nlp, Document(id="t", text="Israeli jets bombed targets in Gaza.", date="2023-06-01")))
    if typemodel.load_type_model() is None:
        pytest.skip("no event-type model shipped")
    settings = so.Settings().updated(dict(typemodel.model_info().get("settings") or {}))
    if settings.recover or settings.veto:
        assert set(doc._.sentence_types[0]) == set(typemodel.labels())
    else:  # the model could change no event: not run
        assert doc._.sentence_types is None
    opinions = so.sentence_opinions(doc)  # computed on demand (explain shows them)
    assert opinions is not None and set(opinions[0] or {}) == set(typemodel.labels())


def test_annotate_scores_with_both_behaviours_off(nlp: Language) -> None:
    """With recover and veto off the model runs only when asked to annotate; events are untouched."""
    stubbed = lambda docs: [probs(ASSAULT=0.9) for _ in docs]  # noqa: E731
    for annotate in (False, True):
        component = so.SecondOpinion(nlp, "second", None, {"recover": False, "veto": False}, annotate=annotate)
        component.model = object()  # type: ignore[assignment]  # any model: the scorer is stubbed
        component.scorer = stubbed  # type: ignore[method-assign]
        doc = lexicon_doc(nlp, "Russia zorbled Ukraine. It rained.")
        before = list(doc._.events or [])
        doc = component(doc)
        assert list(doc._.events or []) == before
        if annotate:
            assert doc._.sentence_types[0]["ASSAULT"] == pytest.approx(0.9)
        else:
            assert doc._.sentence_types is None


# -- the type model ---------------------------------------------------------------------------------

def test_labels_from_gold_records() -> None:
    names = typemodel.labels()
    assert "ASSAULT" in names and "STATEMENT" in names and names[-1] == typemodel.NONE
    full = typemodel.example_of_record(GoldRecord("1", "t", events=(GoldEvent("A", "B", "19", "ASSAULT"),
                                                                     GoldEvent("A", "B", "01"))))
    assert full is not None and full[1]["ASSAULT"] == 1.0 and full[1]["STATEMENT"] == 1.0
    assert full[1]["AID"] == 0.0 and len(full[1]) == len(names)
    empty = typemodel.example_of_record(GoldRecord("2", "t"))
    assert empty is not None and empty[1][typemodel.NONE] == 1.0 and sum(empty[1].values()) == 1.0
    penta = typemodel.example_of_record(GoldRecord("3", "t", penta=4, events=(GoldEvent(),)))
    assert penta is not None
    assert penta[1]["CONSULT"] == 0.0 and "ASSAULT" not in penta[1]  # ASSAULT is missing, not negative


def test_default_cameo_from_counts_else_ontology() -> None:
    assert typemodel.default_cameo("ASSAULT", {"ASSAULT": {"190": 3, "180": 5}}) == "180"
    assert typemodel.default_cameo("CONSULT") == "040"
    assert typemodel.default_cameo("STATEMENT") == "010"


TINY = [
    ("Troops shelled the border town.", "ASSAULT"), ("Rebels attacked the army base.", "ASSAULT"),
    ("Gunmen killed five villagers.", "ASSAULT"), ("The ministers met for talks.", "CONSULT"),
    ("The leaders held talks in the capital.", "CONSULT"), ("The envoy visited the capital for talks.", "CONSULT"),
    ("Shares rose on Monday.", None), ("The team won the cup.", None), ("Rain fell all day.", None),
]


def _tiny_gold(tmp_path: Path) -> Path:
    gold = tmp_path / "tune.jsonl"
    gold.write_text("\n".join(json.dumps({
        "id": f"x-{i}", "text": text,
        "events": [{"source": "AAA", "target": "BBB", "root": "19" if label == "ASSAULT" else "04",
                    "plover": label}] if label else []}) for i, (text, label) in enumerate(TINY)), encoding="utf-8")
    return gold


def test_train_command_writes_a_type_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from multipolar.events.train import ModelKind, train_command

    gold = _tiny_gold(tmp_path)
    monkeypatch.setattr(typemodel, "default_hyper",
                        lambda: {"ngram_size": 1, "length": 2**10, "epochs": 30, "dropout": 0.0})
    output = tmp_path / "model"
    train_command(gold=gold, output=output, folds=0, synthetic=None, seed=0, epochs=None, kind=ModelKind.types,
                  tune=gold)
    model = typemodel.load_type_model(str(output))
    assert model is not None
    out = typemodel.predict_texts(model, ["Troops shelled the base.", "Shares rose."])
    assert out[0]["ASSAULT"] > out[0]["CONSULT"] and out[1][typemodel.NONE] > out[1]["ASSAULT"]
    info = typemodel.model_info(str(output))
    assert info["cameo_counts"]["ASSAULT"] == {"190": 3} and info["sources"][0]["kind"] == "gold"
    assert len(typemodel.training_digests(str(output))) == len(TINY)


@pytest.mark.slow
def test_train_command_cross_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from multipolar.events.train import ModelKind, train_command

    gold = _tiny_gold(tmp_path)
    monkeypatch.setattr(typemodel, "default_hyper",
                        lambda: {"ngram_size": 1, "length": 2**10, "epochs": 5, "dropout": 0.0})
    output = tmp_path / "model"
    train_command(gold=gold, output=output, folds=2, synthetic=None, seed=0, epochs=None, kind=ModelKind.types,
                  tune=gold)
    report = typemodel.model_info(str(output))["cv"][0]
    assert report["folds"] == 2 and set(report["lexicon"]) == {"even", "odd"}
    assert report["lexicon"]["even"]["records"] + report["lexicon"]["odd"]["records"] == len(TINY)
    assert set(report["candidates"]) == {"best recovery", "best veto"}


def test_shipped_type_model_is_small() -> None:
    directory = typemodel.model_dir()
    if not (directory / "config.cfg").is_file():
        pytest.skip("no event-type model shipped")
    size = sum(f.stat().st_size for f in directory.rglob("*") if f.is_file())
    assert size < 5_000_000
    info = typemodel.model_info()
    assert info["settings"] and info["sources"][0]["name"] == "agnews_dev.jsonl"


def test_evaluate_never_scores_the_type_model_in_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    from multipolar.events import crossval
    from multipolar.events import evaluate as evaluate_module
    from multipolar.events.classifier import text_digest

    records = [GoldRecord("x-1", "Seen in training."), GoldRecord("x-2", "Not seen.")]
    calls: list[bool] = []
    monkeypatch.setattr(typemodel, "load_type_model", lambda path=None: object())
    monkeypatch.setattr(typemodel, "model_info", lambda path=None: {"settings": {"recover": True, "veto": False}})
    monkeypatch.setattr(typemodel, "training_digests", lambda path=None: frozenset({text_digest(records[0].text)}))
    monkeypatch.setattr(evaluate_module, "type_model_sources", lambda: [])
    monkeypatch.setattr(evaluate_module, "run_coder", lambda *a, **k: calls.append(True) or [[] for _ in records])
    monkeypatch.setattr(crossval, "out_of_fold", lambda recs, sources, folds, hyper, seed: ["coded"] * len(recs))
    monkeypatch.setattr(crossval, "revised", lambda coded, settings: [[] for _ in coded])
    events, how = evaluate_module.code_records(records, 1, 5, True, True)
    assert how.startswith("5-fold cross-validated (1 records") and events == [[], []] and not calls
    events, how = evaluate_module.code_records(records, 1, 1, True, True)
    assert how.startswith("off:") and calls  # no folds: the second opinion is left out, not run in-sample
    monkeypatch.setattr(typemodel, "model_info", lambda path=None: {"settings": {"recover": False, "veto": False}})
    events, how = evaluate_module.code_records(records, 1, 5, True, True)
    assert "recover and veto off" in how  # it cannot change an event: no retraining needed


def test_component_contract(nlp: Language) -> None:
    from importlib.metadata import entry_points

    meta = Language.get_factory_meta("multipolar_second_opinion")
    assert "doc._.events" in meta.requires and "doc._.sentence_types" in meta.assigns
    assert nlp.analyze_pipes()["problems"]["multipolar_second_opinion"] == []
    declared = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert declared["multipolar_second_opinion"] == "multipolar.events.second_opinion:make_second_opinion"


def test_the_model_is_loaded_only_when_it_can_change_or_annotate(nlp: Language) -> None:
    """A component whose model can change no event and annotates nothing never loads it (start-up cost)."""
    component = so.SecondOpinion(nlp, "second", None, {"recover": False, "veto": False})
    doc = component(lexicon_doc(nlp, "Russia zorbled Ukraine."))
    assert component.model is None and doc._.sentence_types is None
    if not component.has_model:
        pytest.skip("no event-type model shipped")
    component.annotate = True
    doc = component(lexicon_doc(nlp, "Russia zorbled Ukraine."))
    assert component.model is not None and doc._.sentence_types is not None
