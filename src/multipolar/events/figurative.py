"""Senses of force words that are no force: a person fired is dismissed ("the coach was fired",
"fired his aide"), an economy hit or injured suffers a trade harm ("imports injured the steel
industry", "the sector was hard hit by cheap chips"), a fight in court is a lawsuit, shares that take
a beating move in a market, a party beaten at the polls loses an election. Used by
:class:`multipolar.events.coder.Coder` as senses that are no event."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import VIOLENCE_ROOTS, TriggerPos
from multipolar.events.markets import MARKET_WORDS
from multipolar.events.syntax import agent_tokens, object_tokens, patient_tokens, resolve_relative, subject_tokens
from multipolar.nlp.labels import TIME_ENTITIES, VERBAL_POS
from multipolar.records import MentionKind
from multipolar.reference import CameoRoot

#: Lemmas of an economy or a trade as the patient of a verb of force.
ECONOMIC_PATIENTS: frozenset[str] = read_words(data_file(__file__, "words/economic_patients.txt"))
#: Verbs of force that name their weapon ("bombed a market"): never an economic harm.
WEAPON_VERBS: frozenset[str] = read_words(data_file(__file__, "words/weapon_verbs.txt"))
#: Lemmas of a trade or a trade measure as the doer of a verb of force.
ECONOMIC_AGENTS: frozenset[str] = read_words(data_file(__file__, "words/economic_agents.txt"))
#: Prepositions of what is fired at ("fired on the crowd").
FIRE_TARGET_PREPS: frozenset[str] = read_words(data_file(__file__, "words/fire_target_preps.txt"))
#: Nouns of a unit, craft or arm a force noun names the kind of ("a battle group", "attack helicopters").
FORCE_UNIT_HEADS: frozenset[str] = read_words(data_file(__file__, "words/force_unit_heads.txt"))
#: Elections and votes: a beating "in the elections" is a defeat at the polls.
BALLOT_WORDS: frozenset[str] = read_words(data_file(__file__, "words/ballot_words.txt"))
#: Prepositions of a fight waged in court ("in court", "through the courts").
COURT_PREPS = frozenset({"in", "through"})
#: Mention kinds that name a person.
PERSON_KINDS = frozenset({MentionKind.LEADER, MentionKind.ROLE})


def _patients(verb: Token) -> list[Token]:
    """The direct objects of an active verb, the subjects of a passive one."""
    return [resolve_relative(t) for t in object_tokens(verb) + patient_tokens(verb)]


def _person(token: Token) -> bool:
    """A person's name or a mention of a person by role ("Jan Kowal", "the coach", "its envoy")."""
    mention = (token.doc._.actor_index or {}).get(token.i)
    if mention is not None and mention.kind in PERSON_KINDS:
        return True
    return token.ent_type_ == "PERSON" and token.pos_ == "PROPN"


def _dated(prep: Token) -> bool:
    """A preposition whose object is a date or a time ("on Monday")."""
    return any(o.dep_ == "pobj" and o.ent_type_ in TIME_ENTITIES for o in prep.children)


def dismissal(verb: Token) -> bool:
    """"fire" whose object (or passive subject) is a person, with no phrase of what is fired at: a
    dismissal ("the aide, who was fired last week", "fired two aides"), not a shooting."""
    if verb.lemma_.lower() != "fire" or verb.pos_ not in VERBAL_POS:
        return False
    if any(c.dep_ in ("prep", "prt") and c.lower_ in FIRE_TARGET_PREPS and not _dated(c) for c in verb.children):
        return False  # "was fired on by troops" ("was fired on Monday" is dated)
    return any(_person(p) for p in _patients(verb))


def economic_harm(verb: Token, cameo: str) -> bool:
    """A verb of force whose object (or passive subject) is an economy or a trade ("injured the steel
    industry", "exporters were hard hit"), or whose doer is a trade or a trade measure ("injured by unfair
    trade practices"): a trade harm, not an attack."""
    if verb.pos_ not in VERBAL_POS or cameo[:2] not in VIOLENCE_ROOTS or verb.lemma_.lower() in WEAPON_VERBS:
        return False
    if any(p.lemma_.lower() in ECONOMIC_PATIENTS for p in _patients(verb)):
        return True  # "injured the steel industry"
    doers = agent_tokens(verb) + subject_tokens(verb)  # "hard hit by chip trade", "dumping has injured growers"
    return any(d.lemma_.lower() in ECONOMIC_AGENTS and d.pos_ == "NOUN" for d in doers)


def beaten_state(verb: Token) -> bool:
    """"beat" with a state's name as its object ("Chile beat Peru"): a game won; a state is beaten in
    no assault (people are: "police beat protesters")."""
    if verb.lemma_.lower() != "beat" or verb.pos_ not in VERBAL_POS:
        return False
    index = verb.doc._.actor_index or {}
    return any((m := index.get(p.i)) is not None and m.kind == MentionKind.COUNTRY for p in _patients(verb))


def legal_fight(trigger: Token) -> bool:
    """A fight or battle waged in court ("fought the government in court", "a battle through the courts")."""
    return any(c.dep_ == "prep" and c.lower_ in COURT_PREPS and o.dep_ == "pobj" and o.lemma_.lower() == "court"
               for c in trigger.children for o in c.children)


def market_beating(noun: Token, light: tuple[Token, str] | None) -> bool:
    """A nominal act of force whose support verb has a market or an economy as its subject ("shares
    took a beating", "the industry suffered a blow"): a market move."""
    if light is None:
        return False
    return any(s.lemma_.lower() in MARKET_WORDS | ECONOMIC_PATIENTS for s in subject_tokens(light[0]))


def ballot_defeat(trigger: Token, light: tuple[Token, str] | None) -> bool:
    """A beating or a drubbing at the polls ("took a beating in the local elections", "a thrashing at the
    ballot box"): an "in"/"at" phrase on the trigger, its support verb or its object names an election."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    words = [trigger, *(t for o in objects for t in o.subtree)] + ([light[0]] if light else [])
    return any(p.dep_ == "prep" and p.lower_ in ("in", "at") and o.dep_ == "pobj" and o.lemma_.lower() in BALLOT_WORDS
               for w in words for p in w.children for o in p.children)


def figurative_force(trigger: Token, pos: TriggerPos, cameo: str, light: tuple[Token, str] | None) -> str | None:
    """Why a verb or noun of force (17-20) is a sense that is no force (a dismissal, an economic harm, a
    fight in court, a market move, the kind of a unit), else None."""
    if cameo[:2] < CameoRoot.COERCE:
        return None
    if cameo[:2] in VIOLENCE_ROOTS and ballot_defeat(trigger, light):
        return "a defeat at the polls"
    if cameo[:2] in VIOLENCE_ROOTS and legal_fight(trigger):
        return "a fight in court"  # force only: "was sued in court", "charged in court" are legal acts
    if pos == TriggerPos.NOUN and trigger.dep_ == "compound" and trigger.head.lemma_.lower() in FORCE_UNIT_HEADS:
        return "the kind of a unit or craft"  # "a Navy battle group", "attack helicopters"
    if pos == TriggerPos.NOUN:
        return "a market move" if market_beating(trigger, light) else None
    if dismissal(trigger):
        return "a dismissal"
    if beaten_state(trigger):
        return "a game won"
    return "an economic harm" if economic_harm(trigger, cameo) else None
