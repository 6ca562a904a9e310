"""The ``multipolar_events`` spaCy component (placeholder until the coder lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from multipolar.nlp import extensions as _extensions  # noqa: F401


class EventCoder:
    def __init__(self, nlp: Language, name: str, include_negated: bool, use_classifier: bool) -> None:
        self.name = name
        self.include_negated = include_negated
        self.use_classifier = use_classifier

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        doc._.candidates = []
        return doc


@Language.factory(
    "multipolar_events", default_config={"include_negated": False, "use_classifier": True}
)
def make_event_coder(nlp: Language, name: str, include_negated: bool, use_classifier: bool) -> EventCoder:
    return EventCoder(nlp, name, include_negated, use_classifier)
