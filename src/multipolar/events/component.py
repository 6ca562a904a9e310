"""The ``multipolar_events`` spaCy component: sets ``doc._.events`` and ``doc._.candidates``.

Config (all optional): ``include_negated``, ``use_classifier``, ``sentence_penta`` (also set
``doc._.sentence_penta``, the shipped classifier's class of each sentence left without an event; off by
default, as no later stage reads it and it costs a model pass per sentence), the tables to read (``lexicon_dir``
with the trigger tables, ``light_verbs``, ``complements``: paths, empty = the package's own, see
``data/lexicon/README.md``) and ``fallbacks`` (names in the ``multipolar_fallbacks`` registry, see
:mod:`multipolar.events.fallbacks`).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from multipolar.actors.component import ActorResolver
from multipolar.events import classifier, fallbacks
from multipolar.events.coder import Coder
from multipolar.events.lexicon import load_lexicon
from multipolar.nlp import extensions as _extensions  # noqa: F401

#: What the component reads (the parse and ``multipolar_actors``' mentions) and what it sets; it also
#: reads ``token.pos``, which the English model's attribute_ruler sets without declaring it.
REQUIRES = ["token.tag", "token.dep", "token.lemma", "doc.sents", "doc._.actors", "doc._.actor_index"]
ASSIGNS = ["doc._.events", "doc._.candidates", "doc._.sentence_penta", "doc._.headline_actors"]
DEFAULT_CONFIG: dict[str, object] = {
    "include_negated": False,
    "use_classifier": True,
    "sentence_penta": False,
    "lexicon_dir": "",
    "light_verbs": "",
    "complements": "",
    "fallbacks": [],
}


def _path(value: str) -> Path | None:
    return Path(value) if value else None


class EventCoder:
    """Runs :class:`multipolar.events.coder.Coder` on each document (after ``multipolar_actors``)."""

    def __init__(self, nlp: Language, name: str, include_negated: bool = False, use_classifier: bool = True,
                 lexicon_dir: str = "", light_verbs: str = "", complements: str = "",
                 fallback_names: list[str] | None = None, sentence_penta: bool = False) -> None:
        self.name = name
        self.include_negated = include_negated
        # Fallbacks run only with use_classifier; with sentence_penta too, the shipped sentence
        # classifier sets doc._.sentence_penta where the lexicon coded nothing.
        self.use_classifier = use_classifier
        self.sentence_penta = sentence_penta
        lexicon = load_lexicon(_path(lexicon_dir), _path(light_verbs), _path(complements))
        self.coder = Coder(include_negated=include_negated, use_fallbacks=use_classifier, lexicon=lexicon)
        if fallback_names:
            self.coder.fallbacks = fallbacks.resolve(fallback_names)
        # the title's actors are read (parsed) only where an unnamed party's last place is wanted
        resolver = next((proc for _, proc in nlp.pipeline if isinstance(proc, ActorResolver)), None)
        self.coder.headlines = resolver.headline_actors if resolver is not None else None

    def __call__(self, doc: Doc) -> Doc:
        events, candidates = self.coder.code(doc)
        doc._.events = events
        doc._.candidates = candidates
        if self.use_classifier and self.sentence_penta:
            classifier.annotate_sentence_penta(doc, events)
        return doc


@Language.factory("multipolar_events", default_config=DEFAULT_CONFIG, requires=REQUIRES, assigns=ASSIGNS)
def make_event_coder(nlp: Language, name: str, include_negated: bool, use_classifier: bool, sentence_penta: bool,
                     lexicon_dir: str, light_verbs: str, complements: str, fallbacks: list[str]) -> EventCoder:
    return EventCoder(nlp, name, include_negated, use_classifier, lexicon_dir, light_verbs, complements, fallbacks,
                      sentence_penta)
