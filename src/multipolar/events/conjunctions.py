"""Conjunction senses of participles: "providing we keep the pact alive", "provided that the talks
resume" set a condition and give nothing (no aid, 07): the participle has no subject or auxiliary of
its own, and "that" or a subject pronoun follows it."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words

#: Participles that also work as a conjunction of condition.
CONDITIONAL_PARTICIPLES: frozenset[str] = read_words(data_file(__file__, "words/conditional_participles.txt"))
#: Subject pronouns that open a clause of their own ("provided they stand firm").
SUBJECT_PRONOUNS: frozenset[str] = read_words(data_file(__file__, "words/subject_pronouns.txt"))
#: Dependents that make the participle a verb of its own clause ("Japan was providing", "Saudis are providing").
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


def conditional_conjunction(verb: Token) -> bool:
    """``verb`` is a participle used as a conjunction of condition ("providing we keep the pact alive")."""
    if verb.lower_ not in CONDITIONAL_PARTICIPLES or verb.i + 1 >= len(verb.doc):
        return False
    if any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children):
        return False
    after = verb.doc[verb.i + 1]
    return after.lower_ == "that" or after.lower_ in SUBJECT_PRONOUNS
