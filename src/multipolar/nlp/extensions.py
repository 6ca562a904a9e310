"""Every custom attribute multipolar stores on spaCy objects, declared in one place."""

from __future__ import annotations

from spacy.tokens import Doc

#: name -> default value of each ``Doc._`` extension.
DOC_EXTENSIONS: dict[str, object] = {
    "doc_id": None,  # str: the document id
    "date": None,  # str | None: ISO date used for tenure-aware actor resolution
    "meta": None,  # multipolar.records.Document | None
    "actors": None,  # list[ActorMention], set by multipolar_actors
    "actor_index": None,  # dict[int, ActorMention]: token index -> mention covering it
    "events": None,  # list[Event], set by multipolar_events
    "candidates": None,  # list[TriggerCandidate]: every trigger looked at (for `explain`)
    "places": None,  # list[multipolar.places.mentions.PlaceMention]: places named, set by multipolar_places
    "dateline_place": None,  # multipolar.places.gazetteer.Place | None: the dateline's place
    "tone": None,  # float | None: document tone (GDELT AvgTone scale), set by multipolar_tone
    "sentence_penta": None,  # list[tuple[int, float] | None]: per doc.sents, classifier penta where no event
    "headline_actors": None,  # list[ActorMention]: the title's actors where the text names no state (events)
    "people_named": None,  # frozenset[str] | None: people the text's aliases name (actors.disambiguate)
    "sentence_types": None,  # list[dict[str, float] | None]: per doc.sents, event-type model probabilities
}


def register_extensions() -> None:
    """Declare the extensions (idempotent)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
