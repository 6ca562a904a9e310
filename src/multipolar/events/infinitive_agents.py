"""The agent of a "to"-infinitive with no subject of its own on an undertaking noun: the noun's owner
("Japan's decision to open its market"), else the subject of the verb that takes the noun on ("Egypt
took steps to improve ties with Israel", "Iran resorted to action to defend the Gulf"). A fallback of
:func:`multipolar.events.verb_sources.verb_sources` where the parse gave the verb no agent. (A purpose
clause on a verb is left alone: "sent aid to help X" is the sending, coded on its own.)"""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.infinitives import parted_noun, to_infinitive
from multipolar.events.syntax import is_passive, prep_objects, subject_tokens
from multipolar.events.targets import CONF_OWNER, CONF_VERB
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import NOMINAL_SUBJECTS, NOUN_CLAUSES, VERBAL_POS

#: Undertaking nouns whose infinitive is their owner's act ("the decision to", "steps to").
OWN_ACT_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/own_act_nouns.txt"))
#: Verbs whose subject does the undertaking they take on ("took steps to", "announced measures to").
UNDERTAKING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/undertaking_verbs.txt"))
#: Prepositions whose undertaking noun is the clause subject's, whatever the verb ("in an effort to").
UNDERTAKING_PREPS: frozenset[str] = read_words(data_file(__file__, "words/undertaking_preps.txt"))
#: Modifiers of an undertaking noun that name its owner ("Japan's move", "the Iraqi decision").
OWNER_DEPS = frozenset({"poss", "compound", "amod"})


def infinitive_agents(v: Token, args: Arguments) -> list[Participant]:
    """The agent of the subjectless "to"-infinitive ``v`` (see the module), else none; a verb
    coordinated with one shares its agent ("Chile's moves to cut its deficit and open its ports")."""
    noun = undertaking_noun(v)
    return _undertaking_agents(noun, args) if noun is not None else []


def undertaking_noun(v: Token) -> Token | None:
    """The undertaking noun whose subjectless "to"-infinitive ``v`` is (or a verb coordinated with one):
    the noun it hangs on ("the decision to"), or the one just before it where the parse hangs the
    infinitive on the verb ("took new steps to improve ...", an ``advcl``); else None."""
    if any(c.dep_ in NOMINAL_SUBJECTS for c in v.children):
        return None
    while v.dep_ == "conj" and v.head.pos_ == "VERB" and v.tag_ == "VB":
        v = v.head
    if not to_infinitive(v) or v.tag_ != "VB" \
            or any(c.dep_ in NOMINAL_SUBJECTS or c.dep_ == "mark" for c in v.children):
        return None
    if v.dep_ in NOUN_CLAUSES and v.head.pos_ == "NOUN" and v.head.lemma_.lower() in OWN_ACT_NOUNS:
        return v.head
    return _attached_undertaking(v) if v.dep_ in ("advcl", "xcomp") else None


def _undertaking_agents(noun: Token, args: Arguments) -> list[Participant]:
    """The owner of an undertaking noun ("Japan's decision", "a U.S. bid"), else the subject of the
    verb that takes it on ("took steps", "resorted to action")."""
    owners = args.participants([c for c, dep in dependents(noun) if dep in OWNER_DEPS and c.i < noun.i], CONF_OWNER)
    if owners:
        return owners
    doers = prep_objects([noun], ("by",))  # "action by Kenya to expel the envoys of X"
    if doers:
        return args.participants(doers, CONF_OWNER)
    if any(dep in ("poss", "compound") for _c, dep in dependents(noun)):
        return []  # owned by a non-actor ("the company's plan to", "his bid to")
    taker, any_verb = noun.head, False
    if noun.dep_ == "pobj" and taker.dep_ == "prep":
        any_verb = taker.lower_ in UNDERTAKING_PREPS  # "cut rates in an effort to help X"
        taker = taker.head  # "resorted to action to defend"
    elif noun.dep_ != "dobj":
        return []
    if taker.pos_ != "VERB" or not (any_verb or taker.lemma_.lower() in UNDERTAKING_VERBS) or is_passive(taker):
        return []
    return args.participants(subject_tokens(taker), CONF_VERB)


def _attached_undertaking(v: Token) -> Token | None:
    """The undertaking noun an infinitive parsed as the verb's adverbial clause (or its complement)
    belongs to: the word just before its "to", or before a bare time phrase there ("an Indian decision
    last month to impose"), the object of that verb or of its preposition ("took new steps to
    improve", "resorted to action to expel", parsed ``advcl`` of the verb), else None."""
    if v.i < 2 or v.doc[v.i - 1].dep_ != "aux":
        return None
    noun = parted_noun(v) or v.doc[v.i - 2]  # "decision last week to", "took steps to"
    if noun.lemma_.lower() not in OWN_ACT_NOUNS:
        return None
    if (noun.dep_ == "dobj" and noun.head == v.head) or (
            noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == v.head):
        return noun
    return None


def undertaking_verb(v: Token) -> Token | None:
    """The verb whose undertaking noun the subjectless infinitive ``v`` belongs to ("may flood the
    market in an effort to pressure X": "flood"), else None: the act shares that verb's modality."""
    noun = undertaking_noun(v)
    if noun is None:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return verb if noun.dep_ in ("dobj", "pobj") and verb.pos_ in VERBAL_POS else None
