"""The ``multipolar_actors`` spaCy component: sets ``doc._.actors`` and ``doc._.actor_index``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from multipolar.actors.coref import resolve_coreference
from multipolar.actors.names import organisation_names
from multipolar.actors.resolver import ActorMatcher, Composer
from multipolar.nlp import extensions as _extensions  # noqa: F401


class ActorResolver:
    """Alias + role matchers built once; per doc: match, compose, resolve coreference (linear)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.matcher = ActorMatcher(nlp.vocab, nlp.tokenizer)

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.date[:10] if doc._.date else None  # None: undated, resolved without tenure
        units = self.matcher.units(doc, date)
        roles = self.matcher.roles(doc)
        mentions = Composer(doc, units, roles, date).mentions()
        mentions = resolve_coreference(doc, organisation_names(doc, mentions))
        doc._.actors = mentions
        doc._.actor_index = {i: m for m in mentions for i in range(m.start, m.end)}
        return doc


@Language.factory("multipolar_actors")
def make_actor_resolver(nlp: Language, name: str) -> ActorResolver:
    return ActorResolver(nlp, name)
