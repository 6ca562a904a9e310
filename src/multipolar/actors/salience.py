"""Grammatical roles that rank pronoun antecedents: clause subjects, possessors, topics."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.nlp.labels import NOMINAL_SUBJECTS, NOUN_POS, VERB_OBJECTS, VERBAL_POS

TOPIC_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/topic_nouns.txt"))


def clause_subjects(verb: Token) -> list[Token]:
    """The subject of a verb, or the one it borrows: the controller of an infinitive ("X was
    plotting to invade it": X; "urged Syria to back it": Syria) or the subject of the first
    conjunct of a verb with none of its own ("X attacked Y and destroyed it": X)."""
    for _ in range(5):
        own = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS]
        if own:
            return own
        up = verb.head
        if verb.dep_ == "xcomp":
            objects = [c for c in up.children if c.dep_ in VERB_OBJECTS]
            if objects:
                return objects  # object control
        elif not (verb.dep_ == "conj" and up.pos_ in VERBAL_POS):
            return []
        verb = up
    return []


def possessor_subjects(pronoun: Token) -> list[Token]:
    """The subjects before a possessive pronoun of the clause its noun phrase stands in ("Moscow
    agreed to discuss ... in its talks": Moscow); none for another pronoun."""
    if pronoun.dep_ != "poss":
        return []
    verb = pronoun.head
    for _ in range(6):
        if verb.pos_ in VERBAL_POS or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in VERBAL_POS:
        return []
    return [s for s in clause_subjects(verb) if s.i < pronoun.i]


def topic_of(root: Token) -> Token | None:
    """The topic noun a phrase (or its conjunct) is the "of" complement of ("the problems of
    Kampuchea": problems): what the clause is about, a lower-salience place than its subject.
    An agent's noun is no topic: in "the bid of Turkey" Turkey bids."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in NOUN_POS:
        return None
    return prep.head if prep.head.lemma_.lower() in TOPIC_NOUNS else None


def is_clause_subject(root: Token) -> bool:
    """Is the token (or the conjunct it belongs to) the subject of its clause?"""
    while root.dep_ == "conj":
        root = root.head
    return root.dep_ in NOMINAL_SUBJECTS
