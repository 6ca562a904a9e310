"""Find the places a document names and resolve each against the story's countries.

Candidates are the model's GPE/LOC entities and the actors' place mentions (``places.tsv`` and
country names). A "City, Region" pair ("Paris, Texas") reads the city inside the region; every other
ambiguous name is read in the light of the story's countries and divisions: the unambiguous places it
names, its dateline, and the countries of its resolved actors.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from multipolar.nlp.entities import entities
from multipolar.nlp.labels import PLACE_ENTITIES
from multipolar.places.gazetteer import Gazetteer, Place, choose
from multipolar.records import LocationType, MentionKind

#: Actor mention kinds whose text is itself a place name.
PLACE_ACTOR_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.PLACE})


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the document: token span and the place it was read as."""

    start: int  # token index, inclusive
    end: int  # token index, exclusive
    text: str
    place: Place


def _spans(doc: Doc) -> list[Span]:
    """Place-name spans: entities first, then actor place mentions not inside one."""
    spans = [ent for ent in entities(doc) if ent.label_ in PLACE_ENTITIES]
    covered = {i for span in spans for i in range(span.start, span.end)}
    for mention in doc._.actors or ():
        if mention.kind in PLACE_ACTOR_KINDS and not any(i in covered for i in range(mention.start, mention.end)):
            spans.append(doc[mention.start:mention.end])
    return sorted(spans, key=lambda s: s.start)


def _enclosing(doc: Doc, span: Span, found: dict[int, tuple[Place, ...]]) -> tuple[Place, ...]:
    """The readings of a place right after ``span`` and a comma ("Paris, Texas")."""
    after = span.end
    if after + 1 < len(doc) and doc[after].text == ",":
        return found.get(after + 1, ())
    return ()


def story_context(
    readings: list[tuple[Span, tuple[Place, ...]]], actor_countries: set[str], dateline: Place | None
) -> tuple[set[str], set[str]]:
    """(countries, divisions) a story is about: unambiguous places, its dateline and actors' countries."""
    countries = set(actor_countries)
    divisions: set[str] = set()
    for place in [r[0] for _span, r in readings if len({p.country for p in r}) == 1] + [dateline]:
        if place is None:
            continue
        countries.add(place.country)
        if place.type is LocationType.ADM1 and place.adm1:
            divisions.add(place.adm1)
    return countries, divisions


def find_places(
    doc: Doc, gazetteer: Gazetteer, dateline_name: str | None, actor_countries: set[str]
) -> tuple[list[PlaceMention], Place | None]:
    """The places the document names, each resolved in context, and its dateline place."""
    readings = [(span, gazetteer.candidates(span.text)) for span in _spans(doc)]
    readings = [(span, found) for span, found in readings if found]
    dateline = gazetteer.resolve(dateline_name) if dateline_name else None
    countries, divisions = story_context(readings, actor_countries, dateline)
    if dateline_name and dateline is not None:
        dateline = gazetteer.resolve(dateline_name, countries, divisions)
    by_start = {span.start: found for span, found in readings}
    mentions: list[PlaceMention] = []
    for span, found in readings:
        within = _enclosing(doc, span, by_start)
        local_divisions = {p.adm1 for p in within if p.type is LocationType.ADM1 and p.adm1}
        local_countries = {p.country for p in within}
        if local_divisions or local_countries:
            place = choose(found, frozenset(local_countries), frozenset(local_divisions), span.text)
        else:
            place = choose(found, frozenset(countries), frozenset(divisions), span.text)
        if place is not None:
            mentions.append(PlaceMention(span.start, span.end, span.text, place))
    return mentions, dateline
