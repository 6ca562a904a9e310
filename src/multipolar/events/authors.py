"""The author of a rejected overture: a rejection with no target is aimed at whoever made the offer,
demand or appeal it rejects, named in the overture's "by" or "from" phrase ("spurned offers of talks
by the Kabul government", "brushed aside demands from a handful of governors"). Unlike the last-resort
target (:mod:`multipolar.events.subtree_targets`), this one may be of the rejecter's own country: a
rebel group rejecting its government's offers, a minister rejecting governors' demands. Never the
rejecter's own mention nor a pronoun. The rule is recorded on the event as ``/author``
(:func:`overture_authors`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.subtree_targets import aim_untargeted, untargeted
from multipolar.nlp.dependents import path_to
from multipolar.nlp.labels import VERBAL_POS
from multipolar.records import ActorMention, Event
from multipolar.reference import CameoRoot, root_of

#: Suffix of the rule of an event whose target this step found.
AUTHOR_RULE = "/author"
#: Nouns of an overture whose "by"/"from" phrase names its author (lemmas).
OVERTURE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/overture_nouns.txt"))
#: Prepositions of an overture's author.
AUTHOR_PREPS = frozenset({"by", "from"})
#: Nouns of a body of people that stand for their members ("a group of governors").
GROUP_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/member_group_nouns.txt"))


def overture_authors(doc: Doc, sent: Span, events: list[Event]) -> list[Event]:
    """``events`` with each untargeted rejection aimed at the author of the overture it rejects."""
    if not any(_untargeted_rejection(e) for e in events):
        return events
    triggers = {t.idx: t for t in sent}
    actors = [m for m in doc._.actors or [] if sent.start <= m.start < sent.end]

    def party_of(e: Event) -> ActorMention | None:
        trigger = triggers.get(e.char_start)
        return overture_author(trigger, e, actors) if trigger is not None and _untargeted_rejection(e) else None

    return aim_untargeted(events, party_of, AUTHOR_RULE)


def _untargeted_rejection(e: Event) -> bool:
    return untargeted(e) and root_of(e.cameo) == CameoRoot.REJECT


def overture_author(trigger: Token, event: Event, actors: list[ActorMention]) -> ActorMention | None:
    """The actor named in the "by"/"from" phrase of the overture noun ``trigger`` takes as its object,
    not the source's own mention nor a pronoun; None if there is none."""
    doc = trigger.doc
    heads = {doc[m.start:m.end].root.i: m for m in actors}
    for noun in trigger.children:
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in OVERTURE_NOUNS:
            continue
        for prep in noun.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in AUTHOR_PREPS or _crosses_clause(prep, noun):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                m = heads.get(_member(obj).i)
                if m is not None and m.code and doc[m.start].pos_ != "PRON" and m.text != event.source_text:
                    return m
    return None


def _member(obj: Token) -> Token:
    """The members a group noun stands for ("a group of governors": governors), else the noun itself."""
    if obj.lemma_.lower() in GROUP_NOUNS:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((c for c in prep.children if c.dep_ == "pobj"), obj)
    return obj


def _crosses_clause(tok: Token, top: Token) -> bool:
    """A verb lies between ``tok`` and ``top``, one of its heads: the phrase belongs to a clause inside the
    overture's."""
    return any(t.pos_ in VERBAL_POS for t in path_to(tok.head, top) or [])
