"""Captives: "freed two Italians held hostage" is parsed as a clause of its own ("Italians" the subject of
"held", "hostage" its object), the object or a conjunct of "freed". Such a clause is a reduced passive:
the subject is the one held, and no holder is named. Reported clauses ("said rebels held hostage ...")
keep their subject."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import SPEECH_VERBS
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import DIRECT_OBJECTS

#: Nouns a person is held or taken as ("held hostage", "kept captive").
CAPTIVE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/captive_nouns.txt"))


def reduced_captive(verb: Token) -> Token | None:
    """The captive of a "held hostage" clause that is the object of another verb, when its subject
    stands right after that verb (where its object would be) and the clause has no other object."""
    objects = [c for c, dep in dependents(verb) if dep in DIRECT_OBJECTS]
    if verb.dep_ not in ("ccomp", "conj") or len(objects) != 1 or objects[0].lower_ not in CAPTIVE_NOUNS:
        return None
    head = verb.head
    if head.lemma_.lower() in SPEECH_VERBS or any(c.dep_ in DIRECT_OBJECTS for c in head.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != head.i + 1:
        return None
    return subject
