"""Locate an event: where it happened (ActionGeo) and where its actors are placed (Actor1Geo/Actor2Geo).

The action location is the place named in the trigger's clause, else in its sentence, else the
dateline's, else none; in that order:

0. a place governed by a locative preposition in the clause ("fired at targets in Nablus"),
1. another city or division in the clause, 2-3. the same in the rest of the sentence,
4. a country that is an actor of a material event ("troops entered Iraq"),
5. the dateline's place,
6. a country named as a topic ("the rift over Iraq", "tensions between Congo and Rwanda"),
7. a country used as a modifier ("a US hostage") or an actor of a verbal event (a statement about
   Iran was not made in Iran), and capitals standing for governments ("Washington said"),
8. for a domestic event (no target, or the source's own state) with no place at all, the source's state.

Ties go to the place nearest the trigger in the parse tree, then in the text. The clause of a
participle or a coordinated verb ("detonated a bomb ..., killing nine") is its governing clause's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from multipolar.nlp.labels import VERBAL_POS
from multipolar.places.gazetteer import Place, gazetteer
from multipolar.places.mentions import PlaceMention
from multipolar.records import Event, Location, LocationType

#: Prepositions that place what they govern ("in", "near" ...); "from" gives an origin, not a place.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "into", "around", "throughout",
                            "within", "on", "off"})
#: Verbal quad classes (statements): an actor country named in them is not where they happened.
VERBAL_QUADS = frozenset({1, 3})
#: Dependencies of a place name that make it a modifier of a noun ("a US hostage"), not a location.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
#: Clauses that share their governing clause's location (participles, coordinated verbs).
SHARED_CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp"})
LOCATIVE_CLAUSE, CLAUSE, LOCATIVE_SENTENCE, SENTENCE, MATERIAL_ACTOR, DATELINE, TOPIC, WEAK, DOMESTIC = range(9)
#: Beyond any parse-tree distance (a place outside the trigger's ancestry).
FAR = 1_000


@lru_cache(maxsize=512)
def _is_state(code: str) -> bool:
    from multipolar.actors.tables import is_state_code

    return is_state_code(code)


def _trigger(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.char_start, event.char_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _clause(token: Token) -> Token:
    """The verb heading the trigger's clause (the trigger itself when it is a verb), climbing through
    participles and coordinated verbs to the clause they belong to."""
    while token.pos_ not in VERBAL_POS and token.head.i != token.i:
        token = token.head
    while token.dep_ in SHARED_CLAUSE_DEPS and token.head.pos_ in VERBAL_POS and token.head.i != token.i:
        token = token.head
    return token


def _tree_distance(place: Token, trigger: Token) -> int:
    """Edges from the place up to the trigger or the nearest ancestor they share."""
    above = {t.i: n for n, t in enumerate([trigger, *trigger.ancestors])}
    for steps, token in enumerate([place, *place.ancestors]):
        if token.i in above:
            return steps + above[token.i]
    return FAR


def _is_locative(doc: Doc, mention: PlaceMention) -> bool:
    head = doc[mention.start:mention.end].root.head
    return head.dep_ == "prep" and head.lower_ in LOCATIVE_PREPS


def _actor_spans(doc: Doc, event: Event, trigger: Token) -> dict[str, Span]:
    """The source and target spans of the event: their actor mentions, else their text in the sentence,
    nearest the trigger."""
    found: dict[str, Span] = {}
    sent = trigger.sent
    for role, text in (("source", event.source_text), ("target", event.target_text)):
        if not text:
            continue
        options = [doc[m.start:m.end] for m in doc._.actors or ()
                   if m.text == text and sent.start <= m.start < sent.end]
        at = sent.text.find(text)
        while not options and at >= 0:
            span = doc.char_span(sent.start_char + at, sent.start_char + at + len(text), alignment_mode="expand")
            if span is not None:
                options.append(span)
            at = sent.text.find(text, at + 1)
        if options:
            found[role] = min(options, key=lambda m: abs(m.start - trigger.i))
    return found


def _overlaps(mention: PlaceMention, actor: Span | None) -> bool:
    return actor is not None and mention.start < actor.end and actor.start < mention.end


def _tier(doc: Doc, event: Event, mention: PlaceMention, clause: range, sent: range,
          actors: dict[str, Span]) -> int | None:
    """Rank of a place named in the event's sentence (None outside it); see the module docstring."""
    if mention.start not in sent:
        return None
    if _is_locative(doc, mention):
        return LOCATIVE_CLAUSE if mention.start in clause else LOCATIVE_SENTENCE
    actor = (doc._.actor_index or {}).get(mention.start)
    is_actor = any(_overlaps(mention, a) for a in actors.values())
    if actor is not None and actor.kind == "metonym":
        return WEAK
    if mention.place.type is LocationType.COUNTRY:
        if doc[mention.start:mention.end].root.dep_ in MODIFIER_DEPS:
            return WEAK
        if is_actor:
            return WEAK if event.quad in VERBAL_QUADS else MATERIAL_ACTOR
        return TOPIC
    return CLAUSE if mention.start in clause else SENTENCE


def action_location(doc: Doc, event: Event, trigger: Token, places: Sequence[PlaceMention],
                    dateline: Place | None, actors: dict[str, Span]) -> Location | None:
    """Where the event happened (see the module docstring for the order)."""
    head = _clause(trigger)
    clause = range(head.left_edge.i, head.right_edge.i + 1)
    sent = range(trigger.sent.start, trigger.sent.end)
    ranked: list[tuple[int, int, int, Place]] = []
    for mention in places:
        tier = _tier(doc, event, mention, clause, sent, actors)
        if tier is not None:
            root = doc[mention.start:mention.end].root
            ranked.append((tier, _tree_distance(root, trigger), abs(mention.start - trigger.i), mention.place))
    if dateline is not None:
        ranked.append((DATELINE, 0, 0, dateline))
    if not ranked and event.source and _is_state(event.source) and event.target in (None, event.source):
        country = _country_place(event.source)
        if country is not None:
            ranked.append((DOMESTIC, 0, 0, country))
    if not ranked:
        return None
    return min(ranked, key=lambda item: item[:3])[3].location()


@lru_cache(maxsize=512)
def _country_place(code: str) -> Place | None:
    """The gazetteer's country entry for a state code."""
    from multipolar.actors.tables import country_name

    found = [p for p in gazetteer().candidates(country_name(code))
             if p.type is LocationType.COUNTRY and p.country == code]
    return found[0] if found else None


def actor_location(doc: Doc, actor: Span | None, places: Sequence[PlaceMention]) -> Location | None:
    """Where the text places an actor: a place it names ("Russia", "Nablus"), or one it is "in"/"from"."""
    if actor is None:
        return None
    for mention in places:
        if _overlaps(mention, actor):
            return mention.place.location()
    head = actor.root
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of", "at"):
            for obj in prep.children:
                inside = range(obj.left_edge.i, obj.right_edge.i + 1)
                for mention in places:
                    if mention.start in inside:
                        return mention.place.location()
    return None


def locate_event(doc: Doc, event: Event, places: Sequence[PlaceMention], dateline: Place | None) -> Event:
    """The event with its action and actor locations set."""
    trigger = _trigger(doc, event)
    if trigger is None:
        return dataclasses.replace(event, action_geo=dateline.location() if dateline else None)
    actors = _actor_spans(doc, event, trigger)
    return dataclasses.replace(
        event,
        action_geo=action_location(doc, event, trigger, places, dateline, actors),
        source_geo=actor_location(doc, actors.get("source"), places),
        target_geo=actor_location(doc, actors.get("target"), places),
    )
