"""The place of material conflict told in a "where" relative clause: "fighting goes on in the Bolivian
border region, where Peru launched its offensive" happened in that region. A strategy of
:data:`multipolar.events.aims.VERB_STRATEGIES` and ``NOUN_STRATEGIES``, after the act's own place phrase."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.arguments import PLACE_PREPS, Participant
from multipolar.events.targets import CONF_PLACE, TargetQuery
from multipolar.nlp.labels import NOUN_POS, VERB_PATIENTS

#: Relative adverbs of place that open a clause about what happened at its antecedent.
PLACE_RELATIVES = frozenset({"where"})


def where_antecedent(verb: Token) -> Token | None:
    """The noun a "where" relative clause headed by ``verb`` describes ("the region, where X attacked")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in NOUN_POS:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in PLACE_RELATIVES for c in verb.children):
        return None
    return verb.head


def relative_place(q: TargetQuery) -> list[Participant]:
    """Material conflict in a "where" clause (on the verb, or on the support verb of a nominal act):
    the place its antecedent names or is part of ("the Bolivian border region, where ...")."""
    if not q.material:
        return []
    verb = q.light_verb[0] if q.light_verb is not None else q.trigger
    if verb.pos_ == "NOUN" and verb.dep_ in VERB_PATIENTS:  # "where Peru launched its offensive"
        verb = verb.head
    place = where_antecedent(verb)
    if place is None:
        return []
    return q.others(q.args.places([place], CONF_PLACE) or q.args.owners(place, confidence=CONF_PLACE)
                    or q.args.nested(place, PLACE_PREPS, CONF_PLACE, gazetteer=True))
