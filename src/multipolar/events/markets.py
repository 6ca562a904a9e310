"""Market moves and measures: a trigger verb whose subject is a share, a currency or an index ("Chinese
shares attacked the 3,000 level", "the pound surrendered its gains", "bonds rallied") tells of prices,
and a verb of force whose subject is a measure or a ruling ("new tariffs hit Japanese carmakers", "a
challenge targeting Airbus") tells of its effect, and so does a threat verb whose subject is a thing, not
a party ("a rise in wages would threaten progress", "the program would threaten democracy"): none is a
political act."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.actors.tables import roles
from multipolar.datafiles import data_file, read_words
from multipolar.events.agents import party_nouns, party_sector
from multipolar.events.lexicon import THREAT, VIOLENCE_ROOTS
from multipolar.events.syntax import (
    content_head,
    dative_tokens,
    lemma_forms,
    modifier_lemmas,
    object_tokens,
    prep_objects,
    subject_tokens,
)
from multipolar.nlp.labels import VERBAL_POS

#: Lemmas of market subjects (data/words/market_words.txt).
MARKET_WORDS: frozenset[str] = read_words(data_file(__file__, "words/market_words.txt"))
#: Lemmas of measures and rulings (data/words/measure_words.txt).
MEASURE_WORDS: frozenset[str] = read_words(data_file(__file__, "words/measure_words.txt"))
#: Traded goods: a verb of force with one of these as subject tells their market effect ("cheap sugar injured X").
TRADED_GOODS: frozenset[str] = read_words(data_file(__file__, "words/traded_goods.txt"))
#: Financial instruments and money markets as objects (data/words/market_operations.txt).
MARKET_OPERATIONS: frozenset[str] = read_words(data_file(__file__, "words/market_operations.txt"))
#: Prepositions whose object receives or hosts a dealing ("assistance to the money market").
OPERATION_PREPS = ("to", "with", "into", "in", "from")
#: Prepositions of a nominal dealing's instrument or recipient ("an offer of treasury bills to the market").
NOUN_OPERATION_PREPS = ("of", "to", "into", "from")


def market_move(verb: Token) -> bool:
    """A verb trigger whose grammatical subject is a market word."""
    if verb.pos_ not in VERBAL_POS:
        return False
    return any(s.lemma_.lower() in MARKET_WORDS for s in subject_tokens(verb))


def measure_effect(verb: Token, cameo: str) -> bool:
    """A verb of force whose grammatical subject is a measure or a ruling ("tariffs hit", "a challenge targeting")
    or traded goods ("cheap Brazilian sugar injured Thai cane growers")."""
    if verb.pos_ not in VERBAL_POS or cameo[:2] not in VIOLENCE_ROOTS:
        return False
    return any(s.lemma_.lower() in MEASURE_WORDS | TRADED_GOODS for s in subject_tokens(verb))


#: Entity types of a subject that may be a party ("Baker", "the Sandinistas", "Tehran").
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def thing_threat(verb: Token, cameo: str) -> bool:
    """A threat verb (13x) whose subject is a thing, not a party: no actor names the subject's head word,
    it is no pronoun, no party noun, no name ("a rise in wages would threaten progress", "an IMF program
    would threaten democracy"): the effect a speaker foresees, no one's threat."""
    if verb.pos_ not in VERBAL_POS or cameo != THREAT or verb.lemma_.lower() != "threaten":
        return False  # "a UN resolution threatening sanctions": a named measure is the threat of the body behind it
    subjects = subject_tokens(verb)
    index = verb.doc._.actor_index or {}
    parties = party_nouns().keys() | roles().keys()  # "a military spokesman threatened": a role needs no owner here
    return bool(subjects) and all(
        s.pos_ == "NOUN" and s.i not in index and s.ent_type_ not in PARTY_ENTITIES
        and s.lemma_.lower() not in parties and s.lower_ not in parties
        and party_sector(s, index) is None for s in subjects)  # "an unknown militant group threatened"


def _dealt(noun: Token) -> bool:
    """A noun naming an instrument or a money market, or whose ``of`` phrase does ("50 billion yen of
    government bonds", "all maturities of Treasury notes")."""
    noun = content_head(noun)
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(_instrument(n) for n in [noun, *of])


def _instrument(noun: Token) -> bool:
    forms = lemma_forms(noun)
    if forms & MARKET_OPERATIONS:
        return True
    return any(f"{m} {f}" in MARKET_OPERATIONS for m in modifier_lemmas(noun) for f in forms)


def market_operation(trigger: Token, cameo: str) -> bool:
    """A non-violent trigger whose object, recipient or prepositional object (or its infinitive's) is a
    financial instrument or a money market ("the central bank helped the money market with funds",
    "bought government bonds", "the Treasury's offer of treasury bills")."""
    if cameo[:2] in VIOLENCE_ROOTS:
        return False
    if trigger.pos_ == "NOUN":
        return any(_dealt(o) for o in prep_objects([trigger], NOUN_OPERATION_PREPS))
    if trigger.pos_ not in VERBAL_POS:
        return False
    objects = _objects(trigger)
    if not objects and not any(c.dep_ in ("prep", "dative") for c in trigger.children):
        # the subject's own infinitive: "offered to buy bonds" (not "urged the government to sell bonds")
        objects = [o for c in trigger.children if c.dep_ == "xcomp" for o in _objects(c)]
    return any(_dealt(o) for o in objects)


def _objects(verb: Token) -> list[Token]:
    return object_tokens(verb) + dative_tokens(verb) + prep_objects([verb], OPERATION_PREPS)
