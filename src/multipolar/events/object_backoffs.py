"""Where a verb pattern's object or role phrase is when the parse does not hang it on the verb.

:class:`multipolar.events.matching.Matcher` tries these after the verb's own object: the object a verb
shares with the verb coordinated after it ("imposed and later lifted sanctions"), the antecedent of a
relative clause that has its own subject ("the territory they gained", via
:func:`multipolar.events.relatives.relative_object`), the person an attributive participle describes
("met visiting President Hu", :func:`multipolar.events.attributes.participle_as_object`), the object
shifted after its predicate ("rejected as unfounded the charges"), and a role phrase hung on the object's
last conjunct ("accepted X and Y as members").
"""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.actors.currencies import CURRENCY_WORDS
from multipolar.datafiles import data_file, read_words
from multipolar.events.attributes import participle_as_object
from multipolar.events.captives import reduced_captive
from multipolar.events.relatives import relative_object
from multipolar.events.syntax import resolve_relative
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import DIRECT_OBJECTS, NOMINAL_SUBJECTS, NOUN_POS
from multipolar.records import MentionKind

#: Dependents of a verb that take the object's place or show that the verb has a complement of its own.
OWN_COMPLEMENTS = frozenset({"dobj", "obj", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp", "prep", "agent"})
#: What may stand between two verbs that share an object ("imposed and later lifted", "condemned, and then
#: rejected").
LINKING_DEPS = frozenset({"cc", "advmod", "punct", "neg", "aux", "preconj"})
#: Prepositions naming what a sum object is given as ("200 million dollars in aid", "$5 million of credits").
SUM_PREPS = frozenset({"in", "of"})
#: Words a sum of money is counted in besides currencies ("$5 million in aid", "two billion in credits").
SUM_WORDS = frozenset({"$", "us$", "million", "billion", "trillion", "mln", "bln"})
#: Gerunds of trade or supply that a verb of stopping takes for its object ("stopped selling grain to X").
TRADE_GERUNDS: frozenset[str] = read_words(data_file(__file__, "words/trade_gerunds.txt"))
#: Prepositions of a verb's role phrase that the parser may hang on its object ("accepted X and Y as members").
ROLE_PREPS = frozenset({"as"})


def shared_object(verb: Token) -> list[Token]:
    """The direct objects of the verb coordinated right after ``verb`` when ``verb`` has no object or
    complement of its own and only a conjunction (and adverbs, auxiliaries) stands between the two:
    "imposed and later lifted sanctions", "condemned and rejected the plan" (not "met in Geneva and
    signed the accord", not "resigned and left the party")."""
    if verb.pos_ != "VERB" or any(dep in OWN_COMPLEMENTS for _c, dep in dependents(verb)):
        return []
    partner = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if partner is None:
        return []
    if not all(t.dep_ in LINKING_DEPS and t.head.i in (verb.i, partner.i) for t in verb.doc[verb.i + 1:partner.i]):
        return []
    return [c for c in partner.children if c.dep_ in DIRECT_OBJECTS and c.i > partner.i]


def relative_conjunct_object(verb: Token) -> list[Token]:
    """The antecedent a verb coordinated inside a relative clause takes as its object when it has no
    object of its own: "the sanctions Washington imposed and later lifted", "the towns which Iran seized
    and fortified", "the sanctions Washington imposed and Moscow lifted"."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "relcl" or any(c.dep_ in OWN_COMPLEMENTS for c in verb.children):
        return []
    own = [resolve_relative(c) for c in head.children if c.dep_ in DIRECT_OBJECTS and c.i < head.i]
    return own if own and own[0].i != head.i else relative_object(head)


def backoff_objects(verb: Token) -> list[Token]:
    """The object of an active verb without one of its own: shared with the next coordinated verb, else
    the antecedent of its relative clause (or of the relative clause it is coordinated in), else the
    person an attributive participle describes ("met visiting President Hu"), else the captive of a
    "held hostage" clause ("freed two Italians held hostage"), else a gerund complement ("stopped
    sending oil to X")."""
    return (shared_object(verb) or relative_object(verb) or relative_conjunct_object(verb)
            or participle_as_object(verb) or captive_object(verb) or shifted_object(verb)
            or gerund_complement(verb))


def shifted_object(verb: Token) -> list[Token]:
    """The object put after its predicative adjective, which the parser reads as the object of "as":
    "rejected as unfounded the charges by X", "dismissed as baseless India's claims" (the word right
    after "as" is a lower-case modifier; not "accepted Laos as a member")."""
    out = []
    for prep in (c for c, dep in dependents(verb) if dep == "prep" and c.lower_ in ROLE_PREPS and c.i > verb.i):
        nxt = verb.doc[prep.i + 1] if prep.i + 1 < len(verb.doc) else None
        if nxt is None or not nxt.is_lower or nxt.dep_ != "amod" or nxt.pos_ not in ("ADJ", "PROPN", "VERB"):
            continue
        out += [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.i > nxt.i]
    return out


def captive_object(verb: Token) -> list[Token]:
    """The captive of a "held hostage" clause the parser made the verb's object: "freed two Italians held
    hostage" frees the Italians (:func:`multipolar.events.captives.reduced_captive`)."""
    return [c for c in (reduced_captive(x) for x, dep in dependents(verb) if dep in ("ccomp", "conj")) if c is not None]


def object_role_phrases(objects: list[Token], named: frozenset[str]) -> list[Token]:
    """A verb's role phrase ("as members") that the parser hung on its object or the object's last
    conjunct: "accepted Myanmar and ten other states as new members"; only prepositions of
    :data:`ROLE_PREPS` that an entry of the verb names."""
    wanted = named & ROLE_PREPS
    return [c for o in objects for x in (o, *o.conjuncts) for c in x.children
            if c.dep_ == "prep" and c.lower_ in wanted] if wanted else []


def sum_contents(verb: Token, obj: Token | None) -> list[Token]:
    """What a sum of money or goods the verb takes as its object is given as: "granted 3 billion yen in
    credits", "approved 200 million dollars in military aid" (the phrase on the sum, or on the verb right
    after it, where the parser hangs it); an entry may take its noun for the object."""
    if obj is None or not (obj.lower_ in CURRENCY_WORDS or obj.lower_ in SUM_WORDS or obj.pos_ == "NUM"):
        return []  # a sum of money, not "took part in talks"
    preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in SUM_PREPS]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in SUM_PREPS and c.i == obj.right_edge.i + 1]
    return [g for c in preps for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]


def gerund_complement(verb: Token) -> list[Token]:
    """A subjectless gerund of trade or supply (:data:`TRADE_GERUNDS`) the verb takes as its complement,
    which an entry may name as its object: "stopped sending oil to X", "halted buying grain from X" (the
    act's own phrases hang on the gerund); not "stop attacking", "continue talking"."""
    return [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i
            and c.lemma_.lower() in TRADE_GERUNDS
            and not any(g.dep_ in NOMINAL_SUBJECTS for g in c.children)]


def relative_verbs(nouns: list[Token]) -> list[Token]:
    """The verbs of relative clauses on ``nouns`` with a subject of their own ("the sanctions it imposed",
    "the ban that Peru placed"), whose phrases a verb on the noun may take for its own slot ("lifted the
    sanctions it imposed on Chile")."""
    return [c for n in nouns for c in n.children if c.dep_ == "relcl" and c.pos_ == "VERB"
            and any(g.dep_ in NOMINAL_SUBJECTS for g in c.children)]


def name_titles(obj: Token | None) -> list[Token]:
    """The title words before a proper-name object ("received Palestinian leader Mahmoud Abbas": leader;
    "greeted President Hosni Mubarak": President), tried for an entry's required object after the name."""
    if obj is None or obj.pos_ != "PROPN":
        return []
    return [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i and c.pos_ in NOUN_POS]


def named_person(obj: Token | None) -> bool:
    """The object is a named office holder ("received Annan", "welcomed Kofi Annan"): a leader mention."""
    if obj is None or obj.pos_ != "PROPN":
        return False
    mention = (obj.doc._.actor_index or {}).get(obj.i)
    return mention is not None and mention.kind == MentionKind.LEADER
