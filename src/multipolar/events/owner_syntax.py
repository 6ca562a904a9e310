"""Syntax helpers of argument ownership (pure functions of the parse, split from
:mod:`multipolar.events.arguments`): a state organ modifying an act noun, the other side of a relation noun."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.agents import STATE_ORGANS, single_state
from multipolar.nlp.labels import NOUN_ATTRIBUTES, NOUN_POS
from multipolar.records import ActorMention

#: Nouns of a relation to another party: their modifier is no owner ("a key U.S. ally").
RELATION_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/relation_nouns.txt"))


def organ_modifier(token: Token) -> bool:
    """A state organ's noun modifying an act's noun, its agent: "a government crackdown", "government
    requests for funding"."""
    return token.dep_ == "compound" and token.lemma_.lower() in STATE_ORGANS and token.head.pos_ == "NOUN"


#: Sites, posts and units a party noun before them owns ("a rebel camp", "an army convoy").
SITE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/site_nouns.txt"))


def site_modifier(token: Token) -> bool:
    """A party's noun modifying a site, post or unit of its own, their owner: "bombed a rebel camp",
    "ambushed an army convoy", "raided opposition offices"."""
    return token.dep_ in NOUN_ATTRIBUTES and token.pos_ == "NOUN" and token.head.pos_ == "NOUN" \
        and token.head.lemma_.lower() in SITE_NOUNS


def relation_owner(noun: Token, mention: ActorMention) -> bool:
    """The mention is the other side of a relation noun: a state named by a noun or possessive before
    it ("a key U.S. ally", "America's allies"); not an alliance ("NATO allies") nor a nationality
    adjective ("Pakistani allies")."""
    if noun.lemma_.lower() not in RELATION_NOUNS or not single_state(mention):
        return False
    last = noun.doc[mention.end - 1]
    return last.dep_ in ("compound", "poss", "nmod") and last.pos_ in NOUN_POS
