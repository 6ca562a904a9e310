"""Parties shared across coordinated verbs: cooperation that names no party takes the "to" phrase
of the verb it is coordinated with ("does not plan to deploy forces to Darfur but will provide technical
assistance": the assistance is for Sudan too); a verbal act that names none takes the party the verb
before it is aimed at ("accused Japan of dumping and threatened retaliation": a threat to Japan)."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Participant
from multipolar.events.ontology import is_cooperation
from multipolar.events.syntax import object_tokens, prep_objects
from multipolar.events.targets import CONF_OWNER, CONF_PLACE, TargetQuery
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import CLAUSE_SUBJECTS, VERBAL_POS
from multipolar.reference import CameoRoot

#: Prepositions of the destination a coordinated verb names.
DESTINATION_PREPS = ("to",)
#: Roots of verbal acts aimed at a party (appeals, demands, disapproval, rejection, threats) that may take
#: the party of the verb before them.
AIMED_VERBAL_ROOTS = frozenset({CameoRoot.APPEAL, CameoRoot.DEMAND, CameoRoot.DISAPPROVE, CameoRoot.REJECT,
                                CameoRoot.THREATEN})
#: Verbs aimed at their object party, whose target such an act shares (``words/aimed_head_verbs.txt``).
AIMED_HEAD_VERBS: frozenset[str] = read_words(data_file(__file__, "words/aimed_head_verbs.txt"))


def coordinated_verbs(verb: Token) -> list[Token]:
    """The verbs ``verb`` is coordinated with (its conjunct head and the head's other conjuncts), each
    with the infinitives it governs ("does not plan to deploy ... but will provide": plan, deploy)."""
    head = verb.head if verb.dep_ == "conj" else verb
    verbs = [v for v in (head, *head.conjuncts) if v.i != verb.i and v.pos_ in VERBAL_POS]
    # an infinitive after an object is that party's act ("urged the administration to offer wheat to X")
    return verbs + [c for v in verbs for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                    and not any(o.dep_ == "dobj" and o.i < c.i for o in v.children)]


def sibling_destination(q: TargetQuery) -> list[Participant]:
    """Cooperation with no party: the party or place of a coordinated verb's "to" phrase."""
    if not is_cooperation(q.entry.cameo):
        return []
    verb = q.light_verb[0] if q.light_verb is not None else q.trigger
    if verb.pos_ not in VERBAL_POS:
        verb = verb.head if verb.dep_ == "dobj" else verb
    if verb.pos_ not in VERBAL_POS:
        return []
    found = prep_objects(coordinated_verbs(verb), DESTINATION_PREPS)
    return q.named_others(q.args.participants(found, CONF_PLACE)) or q.others(q.args.places(found, CONF_PLACE))


def sibling_object(q: TargetQuery) -> list[Participant]:
    """An appeal, demand, criticism, rejection or threat that names no party, coordinated after a verb
    of the same subject aimed at a named party, is aimed at that party too ("Washington accused Tokyo
    of dumping and threatened retaliation", "the EU criticised Ankara and called for reforms")."""
    verb = q.trigger
    if q.entry.cameo[:2] not in AIMED_VERBAL_ROOTS or verb.pos_ not in VERBAL_POS or verb.dep_ != "conj":
        return []
    head = verb.head
    if head.i > verb.i or head.lemma_.lower() not in AIMED_HEAD_VERBS \
            or any(d in CLAUSE_SUBJECTS for _, d in dependents(verb)):
        return []  # "X accused Y and Z threatened": another subject's act
    return q.named_others(q.args.participants(object_tokens(head), CONF_OWNER))
