"""Hedged identities: an argument noun whose identity a participle clause gives ("people believed
to be North Koreans", "men thought to be Somali"), also where the parser made the participle the
clause's verb ("Twenty people believed to be Afghans have crossed ...")."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import AUXILIARIES, VERBAL_POS

#: Verbs of a hedged identity, by lemma: "believed to be", "said to be", "suspected to be".
IDENTITY_VERBS: frozenset[str] = read_words(data_file(__file__, "words/identity_verbs.txt"))
#: Complements of "be" that name the identity: a noun ("Koreans") or a nationality ("Korean").
IDENTITY_DEPS = frozenset({"attr", "acomp"})


def _named(verb: Token) -> list[Token]:
    """The complements of the "to be" infinitive under an identity verb."""
    if verb.lemma_.lower() not in IDENTITY_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return []
    return [c for x in verb.children if x.dep_ == "xcomp" and x.lemma_ == "be"
            for c in x.children if c.dep_ in IDENTITY_DEPS]


def stated_identity(noun: Token) -> list[Token]:
    """The words naming the party a noun is said to be: the complement of "believed to be" on the
    noun (a participle clause) or on the verb the parser made the noun the subject of; else none."""
    if noun.pos_ not in ("NOUN", "PRON"):
        return []
    for child, dep in dependents(noun):
        if dep == "acl":
            named = _named(child)
            if named:
                return named
    head = noun.head
    if noun.dep_ == "nsubj" and head.i != noun.i and misread_identity(head):
        return _named(head)  # "people believed to be Afghans have crossed": the participle read as a verb
    return []


def misread_identity(verb: Token) -> bool:
    """An identity participle the parser made a clause's verb, the real verb hung on it as a
    complement or conjunct ("men believed to be Afghans attacked ...": "believed" ROOT)."""
    return bool(_named(verb)) and not any(c.dep_ in AUXILIARIES for c in verb.children) \
        and any(c.dep_ in ("ccomp", "conj") and c.pos_ in VERBAL_POS for c in verb.children)
