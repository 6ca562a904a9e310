"""Named groups of the parser's dependency labels and the tagger's coarse part-of-speech tags, which the
rules of several stages test words against."""

from __future__ import annotations

#: Noun-phrase subjects, active or passive ("Iran warned", "aid was sent").
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Subjects of an active verb, noun phrase or clause: its doer.
ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj"})
#: Subjects that give a clause a subject of its own: nominal, active clausal, and the expletive ("there
#: were clashes"). Without the rare passive clausal subject, which :data:`SUBJECTS` adds.
CLAUSE_SUBJECTS = NOMINAL_SUBJECTS | {"csubj", "expl"}
#: Every subject label, the passive clausal subject too.
SUBJECTS = CLAUSE_SUBJECTS | {"csubjpass"}
#: Verbs and auxiliaries (a copula heading its clause is tagged AUX).
VERBAL_POS = frozenset({"VERB", "AUX"})
#: Common and proper nouns.
NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Nouns, names and pronouns: the words that may stand for a party ("North Korea", "it").
NOUN_OR_PRONOUN_POS = NOUN_POS | {"PRON"}
#: Modifiers naming a noun's kind or owner before it ("a Chinese delegation", "the trade talks").
NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod"})
#: An adjective or noun before a noun ("unidentified gunmen", "the peace force"); :data:`NOUN_MODIFIERS` without nmod.
NOUN_ATTRIBUTES = frozenset({"amod", "compound"})
#: Determiners and possessives of a noun ("the", "its", "Iran's").
DETERMINERS = frozenset({"det", "poss"})
#: A verb's undergoer: its direct object, or its subject when passive.
VERB_PATIENTS = frozenset({"dobj", "nsubjpass"})
#: Direct objects, in spaCy's English and the universal scheme.
DIRECT_OBJECTS = frozenset({"dobj", "obj"})
#: A verb's objects, direct and indirect.
VERB_OBJECTS = frozenset({"dobj", "dative"})
#: Auxiliaries, active and passive.
AUXILIARIES = frozenset({"aux", "auxpass"})
#: Complements of a copula ("is ready", "is the host").
COPULA_COMPLEMENTS = frozenset({"acomp", "attr"})
#: Complement clauses of a verb, finite or controlled.
COMPLEMENT_CLAUSES = frozenset({"ccomp", "xcomp"})
#: Clauses telling a noun's content ("reports that troops fired", "a call to withdraw").
NOUN_CONTENT_CLAUSES = frozenset({"acl", "ccomp"})
#: Clauses modifying a noun ("a plan to talk", "the troops that crossed").
NOUN_CLAUSES = frozenset({"acl", "relcl"})
#: Pronouns and the determiners that stand alone as one ("this", "both").
PRONOUN_POS = frozenset({"PRON", "DET"})
#: Fine-grained tags of participles, present and past.
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
#: Tags of a verb in the past: simple past or participle ("agreed", "has agreed").
PAST_TAGS = frozenset({"VBD", "VBN"})
#: Fine-grained tags of singular nouns, common and proper.
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
#: Fine-grained tags of a plural noun ("ministers", "Americans").
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
#: Entity labels of a time, which names no party ("a visit from April 29", "on Monday").
TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: Entity labels of a place's name ("Peru", "the Gulf", "Heathrow").
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels of what a role may belong to: a place, a people, a body ("minister of Peru", "of the Bank").
OWNER_ENTITIES = PLACE_ENTITIES | {"NORP", "ORG"}
