"""Targets shared by coordinated verbs: an act that names no party takes the party of the verb it is
coordinated with under one subject ("sent supplies to Haiti and pledged further help": Haiti). A
last-resort strategy of :data:`multipolar.events.aims.VERB_STRATEGIES` and
:data:`multipolar.events.aims.NOUN_STRATEGIES`."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.arguments import Participant
from multipolar.events.syntax import dative_tokens, object_tokens, prep_objects
from multipolar.events.targets import CONF_NOUN, TargetQuery
from multipolar.records import MentionKind

#: Prepositions of the party a coordinated verb's act is aimed at or goes to.
SHARED_PREPS = ("to", "into", "with", "against", "on")


def coordinated_target(q: TargetQuery) -> list[Participant]:
    """An act that names no party (not violence itself) shares the party of the verb it is coordinated
    with, under one subject ("sent supplies to Haiti and pledged further help": Haiti; "accused the US of
    arming rebels and vowed to retaliate": the US)."""
    verb = q.light_verb[0] if q.light_verb is not None else q.trigger
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "vowed to retaliate": the act is the vow's
    if verb.pos_ not in ("VERB", "AUX") or (q.material and verb.i == q.trigger.i):
        return []
    siblings = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not own_subject(c)]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not own_subject(verb):
        siblings.insert(0, verb.head)
    for sib in siblings:
        objects = object_tokens(sib)
        # "recalled its ambassador to Turkey": the phrase may hang on the object
        heads = [sib, *objects, *(c for c in sib.children if c.dep_ == "xcomp")]
        found = q.args.participants(objects + dative_tokens(sib), CONF_NOUN)
        found += q.args.places(prep_objects(heads, SHARED_PREPS), CONF_NOUN)
        found = [p for p in q.others(found) if p.code is not None and p.mention.kind != MentionKind.UNRESOLVED]
        if found:
            return found
    return []


def own_subject(verb: Token) -> bool:
    """The verb has a subject of its own (not one shared with the verb it is coordinated with)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
