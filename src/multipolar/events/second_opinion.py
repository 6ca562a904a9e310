"""The ``multipolar_second_opinion`` component: a learned event-type model checks the lexicon coder.

Runs after ``multipolar_events``. For every sentence with an actor mention or a coded event, the
event-type model (:mod:`multipolar.events.typemodel`) gives per-label probabilities
(``doc._.sentence_types[i]``, ``None`` for sentences it did not look at). Then:

* **recover**: a sentence where the lexicon coded nothing, whose most probable event label
  reaches ``recover_threshold``, gets one event *if the parse gives an agent*: the source is the
  actor in the subject (agent of a passive) of the main clause (through speech verbs to the clause
  they report: "officials said X attacked Y"), the target the actor in its object, else in a
  prepositional object (``against``, ``with``, ``on``, ``to`` ...), else none. Negated,
  hypothetical and question clauses are skipped. The CAMEO code is the label's most frequent code
  in the training data; the rule reads ``second_opinion:LABEL``.
* **veto**: a lexicon event whose confidence is below ``veto_max_confidence`` is dropped when the
  model gives its label less than ``veto_threshold`` while another label (or ``NONE``) reaches
  ``veto_support``; where the model's best event label reaches ``retype_threshold`` the event is
  kept with that label's CAMEO code instead (same actors and trigger; the rule gains
  ``+retyped:LABEL``).

Thresholds come from the shipped model's meta (chosen by cross-validation in ``multipolar train
--kind types``); a value given in the component config overrides it; ``recover``/``veto`` switch
each behaviour off. With both off the model is not run (it could change no event) unless ``annotate``
asks for the probabilities anyway (``multipolar explain`` shows them). Without a shipped model the
component does nothing; ``PipelineConfig(second_opinion=False)`` leaves it out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from multipolar.datafiles import data_file, read_list
from multipolar.events import typemodel
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.classifier import TokenRows, actor_sentences, sentence_docs
from multipolar.events.events import EventSpec, build_event
from multipolar.events.lexicon import SPEECH_VERBS, load_lexicon
from multipolar.events.modality import clause_status
from multipolar.events.ontology import lookup
from multipolar.events.syntax import (
    agent_tokens,
    is_passive,
    is_question,
    object_tokens,
    patient_tokens,
    prep_objects,
    subject_tokens,
)
from multipolar.nlp import extensions as _extensions  # noqa: F401  (declares Doc._.sentence_types)
from multipolar.records import Event, Modality

#: Prepositions whose object can be a recovered event's target ("fought against X", "talks with X").
TARGET_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/recovered_target_preps.txt"))
#: Confidence of a recovered event = label probability x this factor.
RECOVERED_CONFIDENCE = 0.8

#: Probabilities per label for a batch of sentence docs.
Scorer = Callable[[Sequence[TokenRows]], list[dict[str, float]]]


@dataclass(frozen=True)
class Settings:
    """What the second opinion may do, and how sure it must be."""

    recover: bool = True
    veto: bool = True
    recover_threshold: float = 0.7
    veto_threshold: float = 0.05
    veto_support: float = 0.5
    veto_max_confidence: float = 0.6
    recover_needs_target: bool = False  # recover only where the parse also gives a target actor
    retype_threshold: float = 1.01  # a vetoed event takes the model's best label when it reaches this

    def updated(self, values: dict[str, Any]) -> Settings:
        """These settings with the non-``None`` values of known fields replaced."""
        known = {f.name for f in fields(self)}
        return replace(self, **{k: v for k, v in values.items() if k in known and v is not None})


# -- the decisions (pure functions of the parse, the events and the probabilities) --------------------

def vetoed(event: Event, probs: dict[str, float], settings: Settings) -> bool:
    """Whether the model strongly contradicts a low-confidence lexicon event."""
    label = typemodel.label_of(event.plover, event.root)
    if not settings.veto or label is None or label not in probs or event.confidence >= settings.veto_max_confidence:
        return False
    if probs[label] >= settings.veto_threshold:
        return False
    return max(p for name, p in probs.items() if name != label) >= settings.veto_support


def main_verb(sent: Span) -> Token:
    """The main clause's head, through speech verbs to the clause they report."""
    verb = sent.root
    for _ in range(3):
        if verb.lemma_.lower() not in SPEECH_VERBS:
            break
        reported = [c for c in verb.children if c.dep_ == "ccomp"]
        if not reported:
            break
        verb = reported[0]
    return verb


def recovered_arguments(verb: Token, args: Arguments) -> tuple[Participant, Participant | None] | None:
    """``(source, target)`` of the clause headed by ``verb``, ``None`` without an actor as agent."""
    passive = is_passive(verb)
    sources = args.participants(agent_tokens(verb) if passive else subject_tokens(verb))
    if not sources:
        return None
    source = sources[0]
    candidates = args.participants(patient_tokens(verb) if passive else object_tokens(verb))
    candidates += args.participants(prep_objects([verb], TARGET_PREPS))
    target = next((t for t in candidates if t.code != source.code or (t.sector and t.sector != source.sector)),
                  None)
    return source, target


def best_label(probs: dict[str, float]) -> tuple[str, float] | None:
    """The most probable event label (``NONE`` excluded)."""
    ranked = [(name, p) for name, p in probs.items() if name != typemodel.NONE]
    return max(ranked, key=lambda item: item[1]) if ranked else None


def recover(doc: Doc, sent: Span, index: int, probs: dict[str, float], settings: Settings, args: Arguments,
            cameo_for: Callable[[str], str | None]) -> Event | None:
    """The event the model vouches for in a sentence the lexicon left empty, or ``None``."""
    best = best_label(probs)
    if not settings.recover or best is None or best[1] < settings.recover_threshold:
        return None
    if probs.get(typemodel.NONE, 0.0) >= best[1]:
        return None
    cameo = cameo_for(best[0])
    verb = main_verb(sent)
    if cameo is None or verb.pos_ != "VERB":  # a copula or a noun head names no act
        return None
    status = clause_status(verb, load_lexicon(), is_question(sent))
    if status.negated or status.modality in (Modality.HYPOTHETICAL, Modality.QUESTION):
        return None
    found = recovered_arguments(verb, args)
    if found is None:
        return None
    source, target = found
    if target is None and settings.recover_needs_target:
        return None
    spec = EventSpec(source, target, cameo, f"second_opinion:{best[0]}")
    if spec.is_self():
        return None
    event = build_event(doc, sent, index, verb, spec, modality=status.modality)
    return replace(event, confidence=round(best[1] * RECOVERED_CONFIDENCE, 3))


def recode(event: Event, cameo: str, label: str) -> Event:
    """The same event under another CAMEO code (ontology fields follow)."""
    code = lookup(cameo)
    return replace(event, cameo=code.code, root=code.root, plover=code.plover, plover_mode=code.plover_mode,
                   quad=code.quad, penta=code.penta, goldstein=code.goldstein, rule=f"{event.rule}+retyped:{label}")


def vetted(event: Event, probs: dict[str, float] | None, settings: Settings,
           cameo_for: Callable[[str], str | None]) -> Event | None:
    """The event as the model lets it stand: unchanged, retyped, or ``None`` (vetoed)."""
    if probs is None or not vetoed(event, probs, settings):
        return event
    best = best_label(probs)
    if best is not None and best[1] >= settings.retype_threshold:
        cameo = cameo_for(best[0])
        if cameo is not None:
            return recode(event, cameo, best[0])
    return None


def revise(doc: Doc, events: Sequence[Event], sentence_probs: Sequence[dict[str, float] | None],
           settings: Settings, cameo_for: Callable[[str], str | None]) -> list[Event]:
    """The document's events after vetoes and recoveries (sentence order kept)."""
    kept = [v for v in (vetted(e, sentence_probs[e.sentence_index], settings, cameo_for) for e in events)
            if v is not None]
    coded = {e.sentence_index for e in events}
    if not settings.recover:
        return kept
    args = Arguments(doc)
    for index, sent in enumerate(doc.sents):
        probs = sentence_probs[index] if index < len(sentence_probs) else None
        if probs is None or index in coded:
            continue
        event = recover(doc, sent, index, probs, settings, args, cameo_for)
        if event is not None:
            kept.append(event)
    kept.sort(key=lambda e: e.sentence_index)  # stable: lexicon order kept within a sentence
    return kept


def score_sentences(doc: Doc, events: Sequence[Event], scorer: Scorer) -> list[dict[str, float] | None]:
    """Label probabilities of each sentence with an actor mention or an event (else ``None``)."""
    sents = list(doc.sents)
    index = doc._.actor_index or {}
    coded = {e.sentence_index for e in events}
    named = actor_sentences(sents, index)
    wanted = [i for i in range(len(sents)) if i in coded or i in named]
    out: list[dict[str, float] | None] = [None] * len(sents)
    for i, probs in zip(wanted, scorer(sentence_docs(doc, wanted)) if wanted else [], strict=True):
        out[i] = probs
    return out


def sentence_opinions(doc: Doc) -> list[dict[str, float] | None] | None:
    """``doc._.sentence_types``, or, where the pipeline did not run the model (it could change no
    event), the shipped model's probabilities computed now; ``None`` without a model."""
    if doc._.sentence_types is not None:
        return list(doc._.sentence_types)
    model = typemodel.load_type_model()
    if model is None:
        return None
    return score_sentences(doc, list(doc._.events or []), lambda docs: typemodel.predict_docs(model, docs))


# -- the component ---------------------------------------------------------------------------------

class SecondOpinion:
    """Vetoes and recovers events with the event-type model (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, model: str | None, overrides: dict[str, Any],
                 annotate: bool = False) -> None:
        self.name = name
        self.annotate = annotate
        self.model_path = model
        self.has_model = typemodel.has_type_model(model)
        self.model: Language | None = None  # loaded on first use: a pipeline that never runs it starts faster
        info = typemodel.model_info(model) if self.has_model else {}
        self.settings = Settings().updated(dict(info.get("settings") or {})).updated(overrides)
        counts = info.get("cameo_counts") or {}
        self.cameo: dict[str, str | None] = {label: typemodel.default_cameo(label, counts)
                                             for label in typemodel.labels()}

    def scorer(self, docs: Sequence[TokenRows]) -> list[dict[str, float]]:
        assert self.model is not None
        return typemodel.predict_docs(self.model, docs)

    def __call__(self, doc: Doc) -> Doc:
        events = list(doc._.events or [])
        revising = self.settings.recover or self.settings.veto
        if (self.model is None and not self.has_model) or not (revising or self.annotate):
            doc._.sentence_types = None
            return doc
        if self.model is None:
            self.model = typemodel.load_type_model(self.model_path)
        probs = score_sentences(doc, events, self.scorer)
        doc._.sentence_types = probs
        if revising:
            doc._.events = revise(doc, events, probs, self.settings, self.cameo.get)
        return doc


@Language.factory(
    "multipolar_second_opinion",
    requires=["doc._.events", "doc._.actor_index"],
    assigns=["doc._.events", "doc._.sentence_types"],
    default_config={"model": None, "recover": None, "veto": None, "recover_threshold": None,
                    "veto_threshold": None, "veto_support": None, "veto_max_confidence": None,
                    "recover_needs_target": None, "retype_threshold": None, "annotate": False},
)
def make_second_opinion(nlp: Language, name: str, model: str | None, recover: bool | None, veto: bool | None,
                        recover_threshold: float | None, veto_threshold: float | None,
                        veto_support: float | None, veto_max_confidence: float | None,
                        recover_needs_target: bool | None, retype_threshold: float | None,
                        annotate: bool) -> SecondOpinion:
    """Every setting ``None`` (the default) comes from the shipped model's cross-validated settings;
    ``annotate`` sets ``doc._.sentence_types`` even where the model can change no event."""
    overrides = {"recover": recover, "veto": veto, "recover_threshold": recover_threshold,
                 "veto_threshold": veto_threshold, "veto_support": veto_support,
                 "veto_max_confidence": veto_max_confidence, "recover_needs_target": recover_needs_target,
                 "retype_threshold": retype_threshold}
    return SecondOpinion(nlp, name, model, overrides, annotate)
