"""The object a relative clause with its own subject takes from its antecedent ("the ship it
seized", "the engineers they kidnapped"), which the parse leaves implicit."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.syntax import RELATIVE_PRONOUNS, antecedent, is_passive
from multipolar.nlp.labels import NOUN_CLAUSES, SINGULAR_NOUN_TAGS

#: Relative adverbs: "the town where troops fought" leaves the antecedent outside the clause's roles.
RELATIVE_ADVERBS: frozenset[str] = read_words(data_file(__file__, "words/relative_adverbs.txt"))


def relative_object(verb: Token) -> list[Token]:
    """The antecedent of a relative clause with its own (non-relative) subject and no object or
    complement: it is the clause's object ("the ship it seized", "engineers they kidnapped")."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return []
    kids = list(verb.children)
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return []
    if any(c.dep_ in ("dobj", "obj", "dative", "ccomp", "xcomp", "attr", "oprd") for c in kids):
        return []
    # "the town where troops fought", "the country it withdrew from" (a stranded preposition)
    if any(c.lower_ in RELATIVE_ADVERBS or (c.dep_ == "prep" and not list(c.children)) for c in kids):
        return []
    return [antecedent(verb)]


def modifying_verb(noun: Token, lemmas: Collection[str]) -> Token | None:
    """A verb of ``lemmas`` in a clause on ``noun`` that takes the noun as its object: a relative clause
    ("the tariffs Washington slapped on X", "the raid that troops carried out") or a reduced passive
    ("sanctions imposed by the UN on Iraq", "strikes carried out by US jets")."""
    for verb in noun.children:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lemmas:
            continue
        if verb.dep_ == "acl" and is_passive(verb):
            return verb
        if verb.dep_ != "relcl":
            continue
        if relative_object(verb) == [noun]:
            return verb
        kids = list(verb.children)
        own_subject = any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in kids)
        if own_subject and any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in kids):
            return verb  # "the raid that troops carried out"
    return None


def mandative_noun(verb: Token) -> Token | None:
    """The noun whose "that"-clause the parser took for a relative clause: "demands by X that he resign"
    (a bare verb with a subject of its own after "that"): the topmost noun of the of/by chain above it."""
    if verb.dep_ not in NOUN_CLAUSES or verb.tag_ not in ("VB", "VBP") \
            or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS]
    if not subjects or not any(c.lower_ == "that" and c.i < subjects[0].i for c in verb.children):
        return None
    if verb.tag_ == "VBP" and not (subjects[0].lower_ in ("he", "she", "it") or subjects[0].tag_ in SINGULAR_NOUN_TAGS):
        return None  # only a bare verb after a singular subject is plainly subjunctive ("he resign")
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("of", "by", "from") \
            and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun if noun.pos_ == "NOUN" else None
