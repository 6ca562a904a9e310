"""Whom a request is made of when it stands in an "at" phrase ("Uganda closed the border at Kenya's request",
"at the request of the Kenyan government, Uganda closed the border"): the doer of the clause the phrase
modifies. A strategy of :data:`multipolar.events.aims.NOUN_STRATEGIES`."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Participant
from multipolar.events.speakers import agent_tokens_or_subjects
from multipolar.events.syntax import is_passive
from multipolar.events.targets import CONF_NOUN, TargetQuery
from multipolar.nlp.labels import NOUN_POS, VERBAL_POS
from multipolar.reference import CameoRoot

#: Prepositions of a request the clause's act answers ("at the request of X", "at X's behest").
BEHEST_PREPS: frozenset[str] = read_words(data_file(__file__, "words/behest_preps.txt"))
#: Roots of an act asked of another party (appeals, demands).
ASKED_ROOTS = frozenset({CameoRoot.APPEAL, CameoRoot.DEMAND})


def behest_clause(n: Token) -> Token | None:
    """The verb whose clause the request phrase ``n`` heads modifies ("closed ... at Kenya's request"), else None."""
    if n.dep_ != "pobj" or n.head.lower_ not in BEHEST_PREPS or n.head.dep_ != "prep":
        return None
    verb = n.head.head
    # "postponed the deadline at the request of X", "Zambia, at the urging of X, freed ...": the parse may hang
    # the phrase on the verb's object or subject
    if verb.pos_ in NOUN_POS and verb.dep_ in ("dobj", "nsubj"):
        verb = verb.head
    return verb if verb.pos_ in VERBAL_POS else None


def asked_doer(q: TargetQuery) -> list[Participant]:
    """The subject (a passive's by-agent) of the clause a request phrase modifies: the party asked, who did the
    act ("Uganda closed the border at Kenya's request": Uganda)."""
    if q.entry.cameo[:2] not in ASKED_ROOTS or (verb := behest_clause(q.trigger)) is None:
        return []
    return q.named_others(q.args.participants(agent_tokens_or_subjects(verb, is_passive(verb)), CONF_NOUN))
