"""Destinations shared across coordinated verbs: cooperation that names no party takes the "to" phrase
of the verb it is coordinated with ("does not plan to deploy forces to Darfur but will provide technical
assistance": the assistance is for Sudan too)."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.arguments import Participant
from multipolar.events.ontology import is_cooperation
from multipolar.events.syntax import prep_objects
from multipolar.events.targets import CONF_PLACE, TargetQuery

#: Prepositions of the destination a coordinated verb names.
DESTINATION_PREPS = ("to",)


def coordinated_verbs(verb: Token) -> list[Token]:
    """The verbs ``verb`` is coordinated with (its conjunct head and the head's other conjuncts), each
    with the infinitives it governs ("does not plan to deploy ... but will provide": plan, deploy)."""
    head = verb.head if verb.dep_ == "conj" else verb
    verbs = [v for v in (head, *head.conjuncts) if v.i != verb.i and v.pos_ in ("VERB", "AUX")]
    # an infinitive after an object is that party's act ("urged the administration to offer wheat to X")
    return verbs + [c for v in verbs for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                    and not any(o.dep_ == "dobj" and o.i < c.i for o in v.children)]


def sibling_destination(q: TargetQuery) -> list[Participant]:
    """Cooperation with no party: the party or place of a coordinated verb's "to" phrase."""
    if not is_cooperation(q.entry.cameo):
        return []
    verb = q.light_verb[0] if q.light_verb is not None else q.trigger
    if verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head if verb.dep_ == "dobj" else verb
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    found = prep_objects(coordinated_verbs(verb), DESTINATION_PREPS)
    return q.named_others(q.args.participants(found, CONF_PLACE)) or q.others(q.args.places(found, CONF_PLACE))
