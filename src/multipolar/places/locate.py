"""Locate an event: where it happened (ActionGeo) and where its actors are placed (Actor1Geo/Actor2Geo).

The action location is the place named in the trigger's clause, else in its sentence, else the
dateline's, else none. Within that order a place governed by a locative preposition ("in Nablus")
comes first, and the nearest to the trigger wins a tie. A country that is itself an actor of the
event is a weaker cue: for material events it still beats the dateline ("troops entered Iraq"), for
verbal ones it does not (a statement about Iran was not made in Iran).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from multipolar.places.gazetteer import Place
from multipolar.places.mentions import PlaceMention
from multipolar.records import Event, Location, LocationType

#: Prepositions that place what they govern ("in", "near" ...).
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "into", "around", "throughout",
                            "within", "on", "off", "from"})
#: Verbal quad classes (statements): an actor country named in them is not where they happened.
VERBAL_QUADS = frozenset({1, 3})
#: Tier given to a dateline, and to an actor country in a verbal event (after the dateline).
DATELINE_TIER = 5
VERBAL_ACTOR_TIER = 6


def _trigger(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.char_start, event.char_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _clause(token: Token) -> Token:
    """The verb heading the trigger's clause (the trigger itself when it is a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


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
    if mention.start not in sent:
        return None
    is_actor = any(_overlaps(mention, a) for a in actors.values())
    if is_actor and mention.place.type is LocationType.COUNTRY:
        return VERBAL_ACTOR_TIER if event.quad in VERBAL_QUADS else 4
    base = 0 if mention.start in clause else 2
    return base if _is_locative(doc, mention) else base + 1


def action_location(doc: Doc, event: Event, trigger: Token, places: Sequence[PlaceMention],
                    dateline: Place | None, actors: dict[str, Span]) -> Location | None:
    """Where the event happened (see the module docstring for the order)."""
    head = _clause(trigger)
    clause = range(head.left_edge.i, head.right_edge.i + 1)
    sent = range(trigger.sent.start, trigger.sent.end)
    ranked: list[tuple[int, int, Place]] = []
    for mention in places:
        tier = _tier(doc, event, mention, clause, sent, actors)
        if tier is not None:
            ranked.append((tier, abs(mention.start - trigger.i), mention.place))
    if dateline is not None:
        ranked.append((DATELINE_TIER, 0, dateline))
    if not ranked:
        return None
    return min(ranked, key=lambda item: (item[0], item[1]))[2].location()


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
