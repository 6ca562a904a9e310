"""Whom a verbal act was addressed to, named by the channel it went through: an adjunct "in a letter
to Baghdad", "in a phone call with the Russian president", "at a meeting with his Indian counterpart"
on the verb (or on a nominal trigger's support verb); and whom the help a verb of thanks names went
to. Strategies of :data:`multipolar.events.aims.VERB_STRATEGIES` and
:data:`multipolar.events.aims.NOUN_STRATEGIES`."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_list, read_words
from multipolar.events.arguments import Participant
from multipolar.events.infinitives import to_infinitive
from multipolar.events.ontology import is_cooperation
from multipolar.events.syntax import prep_objects, subject_tokens
from multipolar.events.targets import CONF_NOUN, TargetQuery
from multipolar.nlp.labels import VERB_OBJECTS, VERBAL_POS
from multipolar.reference import CameoRoot

#: Nouns of a channel ("letter", "call", "meeting"): their partner phrase names the addressee.
CHANNEL_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/channel_nouns.txt"))
#: Prepositions of the channel adjunct ("in", "at", "during").
CHANNEL_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/channel_preps.txt"))
#: Prepositions of the addressee inside the channel phrase.
PARTNER_PREPS = ("to", "with")
#: Verbal acts only (statements to threats, CAMEO roots 01-13): a channel carries words, not force.
LAST_VERBAL_ROOT = CameoRoot.THREATEN


def channel_partner(q: TargetQuery) -> list[Participant]:
    """The named party, other than the sources, in the "to"/"with" phrase of a channel adjunct on the
    verb or the support verb ("In a letter to the Iraqi government, Turkey demanded action": Iraq)."""
    if not q.sources or q.entry.cameo[:2] > LAST_VERBAL_ROOT:
        return []
    holders = [q.trigger] + ([q.light_verb[0]] if q.light_verb is not None else [])
    while holders[-1].dep_ == "xcomp" and holders[-1].head.pos_ in VERBAL_POS:
        holders.append(holders[-1].head)  # "In a message to X, Y offered to help": the offer's adjunct
    for noun in prep_objects(holders, CHANNEL_PREPS):
        if noun.lemma_.lower() not in CHANNEL_NOUNS:
            continue
        # "a telephone call with X": the partner phrase may hang on the channel noun or its compound head
        partners = prep_objects([noun, *noun.children], PARTNER_PREPS)
        found = q.named_others(q.args.participants(partners, CONF_NOUN))
        if found:
            return found
    return []


#: Verbs that reach a party by words or a visit ("wrote to X", "told X", "met X").
ADDRESSING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/addressing_verbs.txt"))
#: Roots of acts addressed to a party: appeals, demands, disapproval, rejections, threats, protests.
ADDRESSED_ROOTS = frozenset({CameoRoot.APPEAL, CameoRoot.DEMAND, CameoRoot.DISAPPROVE, CameoRoot.REJECT,
                             CameoRoot.THREATEN, CameoRoot.PROTEST})
#: Statements of a feeling towards a party, addressed to it by the verb they hang on: pessimistic and
#: optimistic comments, sympathy ("telephoned X to offer condolences", "sent a note to X expressing hope").
EXPRESSIVE_STATEMENTS = frozenset({"012", "013", "018"})


def adjunct_addressee(q: TargetQuery) -> list[Participant]:
    """Appeals, verbal conflict, protests and expressive statements told in a participle (a statement
    also in an infinitive of purpose): the party the addressing verb it
    hangs on reaches ("wrote two letters to X, complaining that ...": X), or that an addressing participle
    with no act of its own on it names ("condemned the killing, telling X's premier that ...": X)."""
    t = q.trigger
    expressive = q.entry.cameo in EXPRESSIVE_STATEMENTS
    if not q.sources or (q.entry.cameo[:2] not in ADDRESSED_ROOTS and not expressive) or t.pos_ != "VERB":
        return []
    verbs = [t.head] if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.pos_ == "VERB" else []
    if expressive and _purpose(t):  # "telephoned X to offer condolences": X
        verbs.append(t.head)
    verbs += [c for c in t.children if c.dep_ == "advcl" and c.tag_ == "VBG" and not _judging(c)]
    for v in verbs:
        if v.lemma_.lower() not in ADDRESSING_VERBS or any(c.dep_ == "mark" for c in v.children):
            continue
        objects = [c for c in v.children if c.dep_ in VERB_OBJECTS]
        parties = [*objects, *prep_objects([v, *objects], ("to",))]  # "sent a note to Tokyo"
        found = q.named_others(q.args.participants(parties, CONF_NOUN))
        if found:
            return found
    return []


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose on a verb ("telephoned X to express sympathy")."""
    return verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB" and to_infinitive(verb)


def _judging(verb: Token) -> bool:
    """The participle's reported clause judges (its own act, coded apart: "telling X they were unfair")."""
    return any(c.dep_ == "ccomp" and any(g.dep_ == "acomp" for g in c.children) for c in verb.children)


#: Verbs thanking their object for its help ("thanked Poland for its help").
THANKS_VERBS: frozenset[str] = read_words(data_file(__file__, "words/thanks_verbs.txt"))


def thanked_helper(q: TargetQuery) -> list[Participant]:
    """Cooperation named as what a verb of thanks thanks its object for went to the thanker: "Germany
    thanked Poland for its help" (Poland helped Germany)."""
    n = q.trigger
    if not is_cooperation(q.entry.cameo) or n.dep_ != "pobj" or n.head.lower_ != "for":
        return []
    verb = n.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in THANKS_VERBS:
        return []
    return q.named_others(q.args.participants(subject_tokens(verb), CONF_NOUN))


#: Nouns of a statement whose "on"/"about" phrase names its topic ("in a statement on Japan").
STATEMENT_TOPIC_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/statement_topic_nouns.txt"))
#: Prepositions of that topic.
STATEMENT_TOPIC_PREPS = ("on", "about", "regarding", "concerning")
#: Comments, criticism and rejections: acts about a topic.
TOPICAL_ROOTS = frozenset({CameoRoot.STATEMENT, CameoRoot.DISAPPROVE, CameoRoot.REJECT})


def statement_topic(q: TargetQuery) -> list[Participant]:
    """The named party a statement adjunct is about, on the verb or on the speech verb whose reported
    clause holds it ("In a statement on Japan, the ministers said they deplored the imbalance": Japan)."""
    if not q.sources or q.entry.cameo[:2] not in TOPICAL_ROOTS:
        return []
    holders = [q.trigger]
    while holders[-1].dep_ in ("xcomp", "ccomp", "conj") and holders[-1].head.pos_ in VERBAL_POS:
        holders.append(holders[-1].head)
    for noun in prep_objects(holders, ("in",)):
        if noun.lemma_.lower() in STATEMENT_TOPIC_NOUNS:
            found = q.named_others(q.args.participants(prep_objects([noun], STATEMENT_TOPIC_PREPS), CONF_NOUN))
            if found:
                return found
    return []
