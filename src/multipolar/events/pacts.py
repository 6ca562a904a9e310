"""Standing pacts: a nominal agreement ("pact", "accord", "treaty") that names a pact already in force
is no new signing (CAMEO 057). The guide codes no noun mention of a standing situation: "Japan's bid to
salvage its chip pact with the U.S.", "accused Tokyo of violating the accord", "comply with the treaty"
tell of the pact, not of its signing. A pact is standing when a possessive pronoun owns it ("its
pact with"), when it is subject to a verb telling what it does or how it fares ("the accord has
proved workable", ``words/pact_effect_verbs.txt``; not with a clause on it that may report its making:
"the accord, signed today, allows"), or when a verb of keeping, breaking, reviewing or ending it governs it
(``words/pact_keeping_verbs.txt``), or when it is the frame an act is done under or a part or term of it
hangs from ("under the accord with X", "part of the trade accords with X", "the terms of the treaty",
``words/pact_part_nouns.txt``); "its agreement to the plan" (a consent) is not, and the pact a light verb
makes ("signed a pact with") is the verb's pattern, never this nominal's."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import TriggerPos
from multipolar.events.matching import Match
from multipolar.events.syntax import first_conjunct
from multipolar.nlp.labels import NOUN_CLAUSES, VERB_PATIENTS

#: Code of a signed agreement, whose nominal triggers may name a standing pact.
SIGNING = "057"
#: Verbs whose object is a pact already in force ("violated the accord", "abide by the treaty").
PACT_KEEPING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/pact_keeping_verbs.txt"))
#: Verbs whose subject is a pact already made, telling what it does or how it fares ("the accord has
#: proved workable", "the pact expires in May", "the deal opened the door to new loans").
PACT_EFFECT_VERBS: frozenset[str] = read_words(data_file(__file__, "words/pact_effect_verbs.txt"))
#: Nouns naming a part or term of a pact that exists ("part of the accords with X", "the terms of the treaty").
PACT_PART_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/pact_part_nouns.txt"))
#: Prepositions through which a part hangs from its pact ("part of", "a clause in", "quotas under").
PART_PREPS = frozenset({"of", "in", "under"})
#: Modifiers that make a pact the news ("the new accord has opened the door"), not a standing one.
NEWS_MODIFIERS = frozenset({"new", "latest"})
#: Prepositions framing an act by a pact it follows ("under the accord, X may ...").
FRAME_PREPS = frozenset({"under"})
#: Possessive pronouns that own a standing pact ("its pact with the U.S.").
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "our", "his", "her", "my", "your"})


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is, directly or through its preposition ("abide by the accord")."""
    if noun.dep_ in VERB_PATIENTS and noun.head.pos_ == "VERB":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def standing_pact(m: Match) -> bool:
    """The nominal trigger of a signed agreement names a pact already in force (see the module doc)."""
    if m.entry.pos != TriggerPos.NOUN or m.entry.cameo != SIGNING:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in m.token.children):
        return False  # "announced its agreement to the plan": a consent
    if any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in m.token.children):
        return True
    noun = first_conjunct(m.token)
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in PACT_EFFECT_VERBS \
            and not any(c.dep_ in NOUN_CLAUSES or c.lower_ in NEWS_MODIFIERS for c in noun.children):
        return True  # "the Paris accord has proved workable": what a pact does, not its signing
    if _framing_pact(noun):
        return True
    verb = _governing_verb(noun)
    return verb is not None and verb.lemma_.lower() in PACT_KEEPING_VERBS


def _framing_pact(noun: Token) -> bool:
    """A pact an act is done under, or a part or term of it hangs from ("under the accord with Peru",
    "part of the trade agreements with Chile", "the terms of the treaty"): the pact is referred to, not
    made, unless a clause or "new" on it tells its making ("under a new deal signed today")."""
    if noun.dep_ != "pobj" or any(c.dep_ in NOUN_CLAUSES or c.lower_ in NEWS_MODIFIERS for c in noun.children):
        return False
    prep = noun.head
    if prep.lower_ in FRAME_PREPS and prep.head.lemma_.lower() not in PACT_PART_NOUNS:
        return True  # "under the accord, X may ..."
    return prep.dep_ == "prep" and prep.lower_ in PART_PREPS and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() in PACT_PART_NOUNS
