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


#: Nouns of a state's commercial creditors ("its creditors").
CREDITOR_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/creditor_nouns.txt"))
#: Business nouns and bodies a creditor modifier makes creditors ("creditor banks", "bank advisory committee").
CREDITOR_BODIES: frozenset[str] = read_words(data_file(__file__, "words/creditor_bodies.txt"))
#: Modifiers of such a noun or body ("creditor", "bank").
CREDITOR_MODIFIERS: frozenset[str] = read_words(data_file(__file__, "words/creditor_modifiers.txt"))


def creditor_noun(noun: Token) -> bool:
    """A noun of a state's commercial creditors: "creditors", "bondholders", "creditor banks", "its bank
    advisory committee" (a body named by bank or creditor); never a named or national one ("Paris Club
    creditors", "Japanese lenders")."""
    if any(c.dep_ in NOUN_ATTRIBUTES and c.dep_ != "poss" and c.ent_type_ for c in noun.lefts):
        return False
    lemma = noun.lemma_.lower()
    if noun.lower_ in CREDITOR_NOUNS or lemma in CREDITOR_NOUNS:
        return True
    mods = noun.doc[noun.left_edge.i:noun.i]  # "its bank steering committee": bank modifies steering
    return lemma in CREDITOR_BODIES and any(
        c.dep_ in NOUN_ATTRIBUTES and c.lemma_.lower() in CREDITOR_MODIFIERS and c.lemma_.lower() != lemma
        for c in mods)


#: Possessive pronouns of a state or a group of states ("its neighbours", "their creditors").
STATE_POSSESSIVES = frozenset({"its", "their"})


def relation_owner(noun: Token, mention: ActorMention) -> bool:
    """The mention is the other side of a relation noun: a state named by a noun, possessive or
    possessive pronoun before it ("a key U.S. ally", "America's allies", "Peru and its creditors");
    not an alliance ("NATO allies") nor a nationality adjective ("Pakistani allies"). Creditors are the
    other side only of their possessor ("Brazil's creditors"; "U.S. creditors" are American)."""
    if not single_state(mention):
        return False
    last = noun.doc[mention.end - 1]
    if creditor_noun(noun):
        return last.dep_ == "poss" and (last.pos_ in NOUN_POS or last.lower_ in STATE_POSSESSIVES)
    if noun.lemma_.lower() not in RELATION_NOUNS:
        return False
    return last.dep_ in ("compound", "poss", "nmod") and (
        last.pos_ in NOUN_POS or (last.dep_ == "poss" and last.lower_ in STATE_POSSESSIVES))
