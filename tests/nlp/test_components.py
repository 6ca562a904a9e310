"""The components' contracts: declared requires/assigns, one registration path, configured data paths
and fallbacks."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from multipolar.events import fallbacks
from multipolar.events.events import EventSpec, build_event, participant
from multipolar.nlp.loader import load_model
from multipolar.nlp.pipeline import make_doc
from multipolar.records import Document, Event


def test_components_declare_what_they_need_and_set(nlp: Language) -> None:
    for name in ("multipolar_actors", "multipolar_events"):
        meta = Language.get_factory_meta(name)
        assert meta.requires and meta.assigns
    assert "doc._.actors" in Language.get_factory_meta("multipolar_events").requires
    analysis = nlp.analyze_pipes()
    assert analysis["problems"]["multipolar_actors"] == [] and analysis["problems"]["multipolar_events"] == []


def test_components_register_through_entry_points_only() -> None:
    declared = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert declared["multipolar_events"] == "multipolar.events.component:make_event_coder"
    assert declared["multipolar_actors"] == "multipolar.actors.component:make_actor_resolver"
    # a process that never imports multipolar still finds the factories by name
    script = "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('multipolar_actors'); print(nlp.pipe_names)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "multipolar_actors" in result.stdout


@fallbacks.register("test_greeting")
def _greeting(doc: Doc, sent: Span, index: int) -> list[Event]:
    actors = [m for m in doc._.actors if sent.start <= m.start < sent.end]
    return [build_event(doc, sent, index, sent.root, EventSpec(participant(actors[0]), None, "010", "fallback:greet"))]


@pytest.fixture(scope="module")
def configured(tmp_path_factory: pytest.TempPathFactory) -> Language:
    """A pipeline whose lexicon is one table of our own, with a named fallback."""
    folder: Path = tmp_path_factory.mktemp("lexicon")
    (folder / "04.tsv").write_text("# only one entry\npraise\tV\t-\t-\tdobj\t042\t-\ttest entry\n", encoding="utf-8")
    nlp = load_model()
    nlp.add_pipe("multipolar_actors")
    nlp.add_pipe("multipolar_events", config={"lexicon_dir": str(folder), "fallbacks": ["test_greeting"]})
    return nlp


def _events(nlp: Language, text: str) -> list[Event]:
    return list(nlp(make_doc(nlp, Document(id="t", text=text, date="2023-06-01")))._.events)


def test_lexicon_folder_comes_from_the_config(configured: Language) -> None:
    events = _events(configured, "Chile praised Peru.")
    assert [(e.source, e.target, e.cameo) for e in events] == [("CHL", "PER", "042")]
    assert [e.rule for e in _events(configured, "Chile attacked Peru.")] == ["fallback:greet"]  # not in our table


def test_unknown_fallback_or_lexicon_folder_is_a_clear_error(tmp_path: Path) -> None:
    nlp = load_model()
    with pytest.raises(ValueError, match="unknown fallback 'nope'"):
        nlp.add_pipe("multipolar_events", config={"fallbacks": ["nope"]})
    with pytest.raises(ValueError, match="no such lexicon folder"):
        nlp.add_pipe("multipolar_events", name="e2", config={"lexicon_dir": str(tmp_path / "missing")})
