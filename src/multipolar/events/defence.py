"""Whom an act was aimed at when the one it hit answers it: the one who fought off an attack ("Iraq
repelled an Iranian attack", "the offensive was repulsed by government troops") or retaliates for it
("Iran vowed to retaliate for U.S. attacks on oil platforms"), or who answers a
warning, demand or charge ("Chile, responding to a warning by Peru, said") or rejects, ignores or
resents it ("dismissed demands by X", "was angered by threats from X"). Strategies of
:data:`multipolar.events.aims.NOUN_STRATEGIES`, tried after the act's own slots."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Participant
from multipolar.events.clauses import phrasal_in
from multipolar.events.syntax import (
    agent_tokens,
    first_conjunct,
    is_passive,
    object_tokens,
    patient_tokens,
    subject_tokens,
)
from multipolar.events.targets import CONF_OWNER, TargetQuery
from multipolar.nlp.labels import VERB_PATIENTS, VERBAL_POS
from multipolar.reference import CameoRoot

#: Verbs of fighting off an attack ("repelled", "beat back").
REPELLING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/repelling_verbs.txt"))
#: Verbs of answering an act ("responding to a warning by X").
ANSWERING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/answering_verbs.txt"))
#: Nouns of an answer ("in response to X's demands").
RESPONSE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/response_nouns.txt"))
#: Words of answering an act in kind ("retaliate for", "revenge for") and the prepositions of that act.
RETALIATING_WORDS: frozenset[str] = read_words(data_file(__file__, "words/retaliating_words.txt"))
#: Modifiers that make an act noun a reprisal ("retaliatory action", "reprisal raids").
REPRISAL_MODIFIERS: frozenset[str] = read_words(data_file(__file__, "words/reprisal_modifiers.txt"))
#: Roots of the forceful reading of a reprisal ("retaliated" 190) that a trade cue or a coded means replaces.
REPRISAL_FORCE_ROOTS = (CameoRoot.ASSAULT, CameoRoot.FIGHT)
ANSWERED_ACT_PREPS: frozenset[str] = read_words(data_file(__file__, "words/answered_act_preps.txt"))
#: Roots of an act its answerer was the target of: appeals, demands, criticism, rejections, threats.
ANSWERED_ROOTS = frozenset({CameoRoot.APPEAL, CameoRoot.DEMAND, CameoRoot.DISAPPROVE, CameoRoot.REJECT,
                            CameoRoot.THREATEN})
#: Words of reacting to another party's verbal act ("dismissed demands by X", "angered by threats from X").
REACTING_WORDS: frozenset[str] = read_words(data_file(__file__, "words/reacting_words.txt"))
#: Prepositions of what a reaction answers ("disappointed at", "bowed to", "protested against").
REACTION_CAUSE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/reaction_cause_preps.txt"))


def answers_back(verb: Token) -> bool:
    """A verb with "back" as its particle or adverb: answering in kind ("hit back", "struck back")."""
    return any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children)


def repeller(q: TargetQuery) -> list[Participant]:
    """Material conflict: the subject (or passive agent) of the verb that fought the attack off."""
    n = first_conjunct(q.trigger)
    verb = n.head
    if not q.material or verb.pos_ != "VERB" or n.dep_ not in VERB_PATIENTS:
        return []
    if not phrasal_in(verb, REPELLING_VERBS):
        return []
    defenders = agent_tokens(verb) if is_passive(verb) else subject_tokens(verb)
    return q.others(q.args.participants(defenders, CONF_OWNER))


def answerer(q: TargetQuery) -> list[Participant]:
    """Verbal and material acts answered: the subject of "responding to a warning by X", or of the clause
    "in response to X's demands" or "in response to UN sanctions" modifies (the act was aimed at who answers)."""
    n = first_conjunct(q.trigger)
    if (q.entry.cameo[:2] not in ANSWERED_ROOTS and not q.material) or n.dep_ != "pobj" or n.head.lower_ != "to":
        return []
    head = n.head.head
    if head.pos_ == "VERB" and head.lemma_.lower() in ANSWERING_VERBS:
        verb = head
    elif head.lemma_.lower() in RESPONSE_NOUNS and head.dep_ == "pobj" and head.head.head.pos_ in VERBAL_POS:
        verb = head.head.head
    else:
        return []
    answering = agent_tokens(verb) if is_passive(verb) else subject_tokens(verb)
    return q.others(q.args.participants(answering, CONF_OWNER))


def _reacting(word: Token) -> bool:
    """A verb or adjective of :data:`REACTING_WORDS`, alone or with its particle ("shrugged off")."""
    return word.pos_ in ("VERB", "ADJ") and phrasal_in(word, REACTING_WORDS)


def reactor(q: TargetQuery) -> list[Participant]:
    """Verbal acts reacted to: the one who rejects, ignores or resents the act ("dismissed demands by X",
    "X's criticism was shrugged off by Y", "was disappointed at threats from X", "bowed to pressure from X",
    "threats from X alarmed Y")."""
    n = first_conjunct(q.trigger)
    head = n.head
    if q.entry.cameo[:2] not in ANSWERED_ROOTS or head.i == n.i:
        return []
    if n.dep_ == "dobj" and _reacting(head):
        parties = subject_tokens(head)
    elif n.dep_ == "nsubjpass" and _reacting(head):
        parties = agent_tokens(head)
    elif n.dep_ == "nsubj" and _reacting(head) and head.pos_ == "VERB":
        parties = object_tokens(head)  # "threats from X alarmed Y"
    elif n.dep_ == "pobj" and head.lower_ in REACTION_CAUSE_PREPS and head.dep_ in ("prep", "agent") \
            and _reacting(head.head):
        word = head.head  # "was angered by", "is disappointed at", "objected to"
        parties = patient_tokens(word) or subject_tokens(word)
        if not parties and word.dep_ == "acomp":
            parties = subject_tokens(word.head)
    else:
        return []
    return q.others(q.args.participants(parties, CONF_OWNER))


def answered_act(noun: Token) -> bool:
    """The noun is the act a retaliation or a reply answers ("will retaliate for the U.S. strike", "vowed
    revenge over the raid", "has not replied to Peru's request"): an act that happened, whatever the mood
    of the answer."""
    n = first_conjunct(noun)
    if n.dep_ != "pobj":
        return False
    prep, head = n.head, n.head.head
    if prep.lower_ == "to" and head.pos_ == "VERB" and head.lemma_.lower() in ANSWERING_VERBS:
        return True
    if prep.lower_ == "to" and head.pos_ == "NOUN" and head.lemma_.lower() in RESPONSE_NOUNS:
        return True  # "in response to a Syrian shelling", "as a reply to the raids"
    return prep.lower_ in ANSWERED_ACT_PREPS and head.lemma_.lower() in RETALIATING_WORDS


def retaliator(q: TargetQuery) -> list[Participant]:
    """Material conflict: the subject of the clause that retaliates for the act ("vowed to retaliate
    for U.S. attacks", "promised revenge for the raid", "bombed Gaza in retaliation for rocket attacks"),
    or the owner of the act seen as the answer ("saw Israel's strike as a reply to rocket fire")."""
    if not q.material or not answered_act(q.trigger):
        return []
    verb = first_conjunct(q.trigger).head.head  # the answer: "retaliate", "revenge", "retaliation"
    frame = verb.head
    if frame.dep_ == "prep" and frame.lower_ == "as":  # "saw Israel's strike as a reply to rocket fire"
        acts = [c for c in frame.head.children if c.dep_ == "dobj"]
        found = [p for a in acts for p in q.others(q.args.party_or_owners(a, CONF_OWNER))]
        if found:
            return found
    while verb.pos_ not in VERBAL_POS and verb.head.i != verb.i:  # "promised retaliation", "in retaliation"
        verb = verb.head
    answering = agent_tokens(verb) if is_passive(verb) else subject_tokens(verb)
    return q.others(q.args.participants(answering, CONF_OWNER))


#: Prepositions of an act a party stands under or acts despite; words whose "of" phrase is one.
ENDURED_PREPS: frozenset[str] = read_words(data_file(__file__, "words/endured_preps.txt"))
ENDURED_OF_HEADS: frozenset[str] = read_words(data_file(__file__, "words/endured_of_heads.txt"))


def endurer(q: TargetQuery) -> list[Participant]:
    """Demands, criticism and threats a party stands under or defies: the subject of the clause ("Peru is
    under Bolivian pressure to ...", "will not open the market, regardless of U.S. pressure",
    "went ahead in spite of threats from X")."""
    n = first_conjunct(q.trigger)
    prep = n.head
    if q.entry.cameo[:2] not in ANSWERED_ROOTS or n.dep_ != "pobj":
        return []
    if prep.lower_ == "of" and prep.head.lower_ in ENDURED_OF_HEADS:
        word = prep.head
    elif prep.lower_ in ENDURED_PREPS:
        word = prep
    else:
        return []
    for _ in range(3):  # up to the clause: "regardless" -> verb, "spite" -> "in" -> verb
        word = word.head
        if word.pos_ in VERBAL_POS:
            return q.others(q.args.participants(subject_tokens(word), CONF_OWNER))
    return []


def reprisal_word(t: Token) -> bool:
    """A word of answering an act in kind: "retaliate", "revenge", or an act noun a reprisal modifier
    makes one ("retaliatory action", "reprisal raids")."""
    return t.lemma_.lower() in RETALIATING_WORDS or (t.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in REPRISAL_MODIFIERS for c in t.children))
