"""The target of an act that is answered: "X sent trainers in response to appeals by Y" (Y appealed
to X), "Greece, responding to a warning by Turkey, said ..." (Turkey warned Greece). A strategy of
:data:`multipolar.events.aims.NOUN_STRATEGIES`."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Participant
from multipolar.events.syntax import agent_tokens, first_conjunct, is_passive, subject_tokens
from multipolar.events.targets import CONF_OWNER, TargetQuery

#: Nouns of an answer: the one who answers an appeal was the one appealed to.
RESPONSE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/response_nouns.txt"))
#: Verbs of answering ("responding to a warning by Turkey").
RESPONDING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/responding_verbs.txt"))
#: Verbs whose subject answers the act that is their object ("ignored threats by the United States").
RECEIVING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/receiving_verbs.txt"))
#: Roots of acts aimed at a party who may answer them: appeals, demands, criticism, rejections, threats.
ANSWERED_ROOTS = frozenset({"02", "10", "11", "12", "13"})


def answerers(answer: Token) -> list[Token]:
    """Who gives the answer ``answer`` names: the agent of the clause an "in response to" phrase is
    on, or the party a responding verb is said of ("Greece, responding to ..., said": Greece)."""
    if answer.lemma_.lower() in RESPONSE_NOUNS and answer.dep_ == "pobj" and answer.head.dep_ == "prep":
        verb = answer.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        return agent_tokens(verb) if is_passive(verb) else subject_tokens(verb)
    if answer.pos_ != "VERB" or answer.lemma_.lower() not in RESPONDING_VERBS:
        return []
    if answer.dep_ == "acl":  # "Greece, responding to a warning, said"
        return [answer.head]
    if answer.dep_ in ("advcl", "xcomp", "conj") and not subject_tokens(answer):  # "Reacting to ..., Georgia denied"
        return subject_tokens(answer.head)
    return subject_tokens(answer)  # "Georgia responded to accusations by Russia"


def receiving(verb: Token) -> bool:
    """The verb answers its object: "rejected", "shrugged off", "brushed aside"."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma in RECEIVING_VERBS or any(f"{lemma} {p}" in RECEIVING_VERBS for p in particles)


def responder(q: TargetQuery) -> list[Participant]:
    """Appeals, demands, criticism, rejections and threats answered by a party were aimed at it: in
    a response to them, or as the object the party rejects, ignores or heeds."""
    n = first_conjunct(q.trigger)
    if q.entry.cameo[:2] not in ANSWERED_ROOTS:
        return []
    if n.dep_ == "dobj" and n.head.pos_ == "VERB" and receiving(n.head):
        return q.others(q.args.participants(subject_tokens(n.head), CONF_OWNER))
    if n.dep_ != "pobj" or n.head.lower_ != "to":
        return []
    return q.others(q.args.participants(answerers(n.head.head), CONF_OWNER))
