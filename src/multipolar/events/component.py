"""The ``multipolar_events`` spaCy component: sets ``doc._.events`` and ``doc._.candidates``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from multipolar.events import classifier
from multipolar.events.coder import Coder
from multipolar.nlp import extensions as _extensions  # noqa: F401


class EventCoder:
    """Runs :class:`multipolar.events.coder.Coder` on each document (after ``multipolar_actors``)."""

    def __init__(self, nlp: Language, name: str, include_negated: bool, use_classifier: bool) -> None:
        self.name = name
        self.include_negated = include_negated
        # The shipped sentence classifier sets doc._.sentence_penta where the lexicon coded nothing;
        # fallbacks registered via coder.register_fallback also run only with use_classifier.
        self.use_classifier = use_classifier
        self.coder = Coder(include_negated=include_negated, use_fallbacks=use_classifier)

    def __call__(self, doc: Doc) -> Doc:
        events, candidates = self.coder.code(doc)
        doc._.events = events
        doc._.candidates = candidates
        if self.use_classifier:
            classifier.annotate_sentence_penta(doc, events)
        return doc


@Language.factory(
    "multipolar_events", default_config={"include_negated": False, "use_classifier": True}
)
def make_event_coder(nlp: Language, name: str, include_negated: bool, use_classifier: bool) -> EventCoder:
    return EventCoder(nlp, name, include_negated, use_classifier)
