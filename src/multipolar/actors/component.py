"""The ``multipolar_actors`` spaCy component (placeholder until the resolver lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from multipolar.nlp import extensions as _extensions  # noqa: F401


class ActorResolver:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = []
        doc._.actor_index = {}
        return doc


@Language.factory("multipolar_actors")
def make_actor_resolver(nlp: Language, name: str) -> ActorResolver:
    return ActorResolver(nlp, name)
