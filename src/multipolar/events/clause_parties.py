"""Parties of a reciprocal act's noun that the clause around it names, not the noun itself:

* the subject of a clause whose verb names the parties: "talks have taken place between A and B",
  "fighting broke out among A and B" (:func:`predicated_parties`);
* a plural possessive pronoun the actor tables leave unresolved stands for the parties of the clause
  whose phrase the noun is in: "A shook hands with B before their meeting", "A greeted B at the start
  of their talks", "A met B for their second round of talks" (:func:`possessive_parties`);
* the parties of the clause a consultation is the occasion of ("A and B signed a pact after talks",
  "after talks ended"), and the coordinated subjects of a joint act fighting is the occasion of ("A and
  B agreed to a truce after clashes"; verbs in ``data/words/joint_verbs.txt``) (:func:`occasion_parties`).

All give two or more parties, who act on each other
(:func:`multipolar.events.pairing.pair_specs`)."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import SOURCE_PREPS, Arguments, Participant
from multipolar.events.circumstance import OCCASION_PREPS, SETTING_PREPS, framed
from multipolar.events.lexicon import LexEntry
from multipolar.events.pairing import PARTY_PREPS
from multipolar.events.syntax import (
    agent_tokens,
    expand,
    first_conjunct,
    is_passive,
    object_tokens,
    patient_tokens,
    prep_objects,
    subject_tokens,
)
from multipolar.events.targets import BETWEEN_PREPS, CONF_NOUN
from multipolar.nlp.labels import NOUN_CLAUSES, NOUN_POS, VERBAL_POS
from multipolar.reference import CameoRoot

#: Plural possessive pronouns that may stand for a clause's parties ("before their meeting").
PLURAL_POSSESSIVES: frozenset[str] = read_words(data_file(__file__, "words/plural_possessives.txt"))
#: Prepositions of the occasion a clause's act took place on ("after talks", "ahead of talks"): those
#: that set a negated clause's act (circumstance.py) and a few that only date it.
PARTY_OCCASION_PREPS: frozenset[str] = SETTING_PREPS | OCCASION_PREPS | read_words(
    data_file(__file__, "words/party_occasion_preps.txt"))
#: Conjunctions of an adverbial clause whose subject noun is the occasion of its main clause ("after talks ended").
OCCASION_MARKS: frozenset[str] = read_words(data_file(__file__, "words/occasion_marks.txt"))
#: Roots of the acts whose noun, naming no party, is taken as held by a clause's parties: consultations.
OCCASION_ROOTS = frozenset({CameoRoot.CONSULT})
#: Roots of the reciprocal fighting whose noun, naming no party, is taken as the coordinated subjects' own.
FIGHT_ROOTS = frozenset({CameoRoot.FIGHT})
#: Verbs whose coordinated subjects act on each other ("A and B agreed to a truce after clashes").
JOINT_VERBS: frozenset[str] = read_words(data_file(__file__, "words/joint_verbs.txt"))
#: Prepositions of the partner a clause's verb names ("shook hands with B", "sat down with B").
PARTNER_PREPS = ("with",)


def _distinct(parties: list[Participant]) -> list[Participant]:
    """The first party of each actor, when there are two or more; else none ("met Tusk and Juncker at a
    summit": one EU, which holds no talks with itself)."""
    first: dict[str, Participant] = {}
    for p in parties:
        if p.code and p.code not in first:
            first[p.code] = p
    return list(first.values()) if len(first) >= 2 else []


def _actors(tokens: list[Token], args: Arguments) -> list[Participant]:
    """Actors of argument heads and their coordinated heads, each else the first actor nested in its
    of-phrase ("between A and the leaders of B")."""
    out: list[Participant] = []
    for h in (h for t in tokens for h in expand(t)):
        own = [p for p in args.participants([h], CONF_NOUN) if p.mention.start <= h.i < p.mention.end]
        out += own or args.nested(h, SOURCE_PREPS, CONF_NOUN)
    return [p for p in out if p.code]  # "sent troops": an unnamed force is no party


def predicated_parties(noun: Token, args: Arguments) -> list[Participant]:
    """The parties a reciprocal act's noun gets from a verb predicated of it, its own or a relative or
    participial clause's: the verb's between- or among-phrase ("talks have taken place between A and B",
    "the talks, which took place between A and B, ended", "talks opened in Geneva between A and B")."""
    tok = first_conjunct(noun)
    verbs = [c for c in noun.children if c.dep_ in NOUN_CLAUSES and c.pos_ in VERBAL_POS]
    if tok.dep_ == "nsubj" and tok.head.pos_ in VERBAL_POS:
        verbs.append(tok.head)
    return _distinct([p for h in prep_objects(verbs, BETWEEN_PREPS) for p in _actors([h], args)])


def _setting_verb(noun: Token, preps: frozenset[str] | None = None) -> Token | None:
    """The verb whose prepositional phrase (of ``preps``, if given) or "after"-clause subject the noun is, through a
    stage noun ("at the end of talks"), a complex preposition ("ahead of", "prior to") and the verb's
    argument the parser hung the phrase on ("signed a pact with B after talks")."""
    tok = framed(first_conjunct(noun))
    if tok.dep_ == "nsubj" and tok.head.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in OCCASION_MARKS for c in tok.head.children):
        verb = tok.head.head  # "A and B signed the accord after talks ended"
        return verb if verb.pos_ == "VERB" else None
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    prep, verb = tok.head, tok.head.head
    if verb.pos_ in ("ADV", "ADP") and verb.dep_ in ("advmod", "prep"):  # "ahead of", "prior to"
        prep, verb = verb, verb.head
    if preps is not None and prep.lower_ not in preps:
        return None
    for _ in range(2):  # "greeted B with a kiss ahead of their dinner": the parser hung it on an argument
        if verb.pos_ in NOUN_POS and verb.dep_ == "dobj":
            verb = verb.head
        elif verb.pos_ in NOUN_POS and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head
    return verb if verb.pos_ == "VERB" else None


def _subject_and_partner(verb: Token | None, args: Arguments, joint: bool = False) -> list[Participant]:
    """The verb's subject with the partner it names by its (or its object's) with-phrase, object or
    indirect object, two different actors (``joint``: or two different actors coordinated in its subject);
    a passive verb's patient with its by-agent."""
    if verb is None:
        return []
    if is_passive(verb):  # "B was received by A before their talks": the patient and the agent
        subjects, agents = _actors(patient_tokens(verb), args), _actors(agent_tokens(verb), args)
        return _distinct(subjects + agents) if subjects and agents else []
    subjects = _actors(subject_tokens(verb), args)
    datives = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in NOUN_POS]  # "promised Kiev gas"
    objects = object_tokens(verb)  # "signed an accord with B": the object's partner too
    partners = _actors(prep_objects([verb, *objects], PARTNER_PREPS) + objects + datives, args)
    if not partners and joint:  # "A and B signed a pact after talks"
        return _distinct(subjects)
    return _distinct(subjects + partners) if subjects and partners else []


def possessive_parties(noun: Token, args: Arguments) -> list[Participant]:
    """The parties an unresolved plural possessive on a reciprocal act's noun stands for: the subject of
    the active verb whose phrase the noun is in, with the partner that verb names by its with-phrase or
    object ("A shook hands with B before their meeting", "A welcomed B at the start of their talks")."""
    if not any(c.dep_ == "poss" and c.lower_ in PLURAL_POSSESSIVES for c in noun.children) \
            or args.participants([c for c in noun.children if c.dep_ == "poss"]):
        return []
    return _subject_and_partner(_setting_verb(noun), args)


def occasion_parties(noun: Token, entry: LexEntry, args: Arguments) -> list[Participant]:
    """A consultation naming no party, the occasion of a clause whose verb names its subject's partner:
    the two met ("told Poland after talks in Warsaw", "promised Kiev gas following negotiations"); so did
    the coordinated subjects of a verb with no partner ("A and B signed a pact after talks"). Fighting
    naming no party is the coordinated subjects' of a joint act only ("A and B agreed to a truce after
    clashes", not "A and B condemned the violence after clashes")."""
    # an unresolved pronoun ahead of its antecedent may own it ("ahead of his talks, the minister ...")
    owned = any(c.dep_ == "poss" and (c.pos_ != "PRON" or args.participants([c])) for c in noun.children)
    if owned or args.participants(prep_objects([noun], (*entry.targets, *PARTY_PREPS))):
        return []
    if entry.cameo[:2] in FIGHT_ROOTS:  # "A and B agreed to a truce after clashes": only the two subjects fought
        verb = _setting_verb(noun, SETTING_PREPS)
        if verb is None or is_passive(verb) or verb.lemma_.lower() not in JOINT_VERBS:
            return []  # "A and B condemned the violence after clashes": bystanders
        return _distinct(_actors(subject_tokens(verb), args))
    if entry.cameo[:2] not in OCCASION_ROOTS:
        return []
    return _subject_and_partner(_setting_verb(noun, PARTY_OCCASION_PREPS), args, joint=True)


def occasion_partners(noun: Token, entry: LexEntry, sources: list[Participant],
                      args: Arguments) -> list[Participant]:
    """The partner of a consultation with a source but no partner of its own, the occasion of a clause
    one of whose parties (subject, or partner named by the verb) is that source: the clause's other
    party ("Hu praised Brazil during his visit", "Syria hosted Lebanese officials for their talks")."""
    if entry.cameo[:2] not in OCCASION_ROOTS or not sources:
        return []
    own = {p.code for p in sources}
    parties = _subject_and_partner(_setting_verb(noun, PARTY_OCCASION_PREPS), args)
    others = [p for p in parties if p.code not in own]
    return others if len({p.code for p in others}) == 1 and len(others) < len(parties) else []


def clause_parties(noun: Token, entry: LexEntry, args: Arguments) -> list[Participant]:
    """The parties of a reciprocal act's noun named by its clause: :func:`possessive_parties`, else
    :func:`occasion_parties`, else :func:`predicated_parties`."""
    return possessive_parties(noun, args) or occasion_parties(noun, entry, args) or predicated_parties(noun, args)
