"""Topics of plain statements: whom a reported clause is about.

The guide codes a statement (CAMEO 010) only as a substantive comment about or at another actor, and
no bare reporting attribution: "officials said the bank's lending to Ghana rose" sources a fact, it is no
comment on Ghana. A plain statement whose party was found in the reported clause keeps it only when
that party is (part of) a subject of the clause, the thing the speaker talks about ("said Japan's
surplus was hurting everyone", "said Peru and Chile should talk", "said unrest in Togo was growing"),
reached from the saying verb through clause links alone ("said that while Japan had stopped ..."), or
when the speaker's own side is a subject on the way (its own stance towards the party). A party buried
in an object or a prepositional phrase ("said fighting went on near the Iranian border", "said the last
loan was made to Bolivia") is a detail of the fact reported. Statements recoded by their content (an
accusation, an appeal, a threat: a rule with "~") and statements addressed to a party ("told Japan",
"said to Peru") are left alone."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.events import EventSpec
from multipolar.events.purposes import TIE_NOUNS
from multipolar.events.targets import LOCATIVE_PREPS
from multipolar.nlp.dependents import path_to
from multipolar.nlp.labels import COMPLEMENT_CLAUSES, NOMINAL_SUBJECTS

#: The plain statement code.
PLAIN_STATEMENT = "010"
#: Links inside a subject noun phrase ("West Germany's support", "the Greek activities", "the U.S. and Japan").
NOMINAL_LINKS = frozenset({"poss", "compound", "amod", "nmod", "appos", "conj", "cc", "det", "case", "nummod"})
#: Prepositions of a tie noun's partner (purposes.TIE_NOUNS): "said its relations with Peru were good"
#: is a comment on Peru.
TIE_PREPS = frozenset({"with", "between"})
#: Links from a clause up to the saying verb ("said that X ...", "said that while X ..., Y ...").
CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis"})


def _nominal(token: Token) -> bool:
    """A link inside a subject phrase: a modifier, the place phrase of its noun ("unrest in Haiti"), or
    the partner phrase of a tie noun ("relations with Peru", "tensions between Chile and Peru")."""
    if token.dep_ == "pobj":
        return token.head.dep_ == "prep" and _phrase(token.head)
    return token.dep_ in NOMINAL_LINKS or (token.dep_ == "prep" and _phrase(token))


def _phrase(prep: Token) -> bool:
    """A place preposition, or the partner preposition of a tie noun."""
    return prep.lower_ in LOCATIVE_PREPS or (prep.lower_ in TIE_PREPS and prep.head.lemma_.lower() in TIE_NOUNS)


def buried_topic(spec: EventSpec, trigger: Token) -> bool:
    """Whether the plain statement ``spec`` on ``trigger`` found its target in its reported clause but
    outside that clause's subject (see the module doc)."""
    if spec.cameo != PLAIN_STATEMENT or "~" in spec.rule or spec.target is None:
        return False
    mention = spec.target.mention
    doc = trigger.doc
    if not 0 <= mention.start < mention.end <= len(doc):
        return False
    root = doc[mention.start:mention.end].root
    path = path_to(root, trigger)
    if not path or path[-1].dep_ not in COMPLEMENT_CLAUSES:
        return False  # addressed ("told Japan", "said to Peru"), or found elsewhere
    k = next((i for i, t in enumerate(path) if t.dep_ in NOMINAL_SUBJECTS or _existential(t)), None)
    if k is not None and all(_nominal(t) for t in path[:k]) and all(t.dep_ in CLAUSE_LINKS for t in path[k + 1:]):
        return False
    return not _own_stance(root, trigger, spec)


def _existential(token: Token) -> bool:
    """The noun an existential clause says there is ("said there was no tension with Peru"): its subject."""
    return token.dep_ == "attr" and any(c.dep_ == "expl" for c in token.head.children)


def _own_stance(token: Token, trigger: Token, spec: EventSpec) -> bool:
    """Whether a clause between ``token`` and ``trigger`` has the speaker's own side as its subject: the
    speaker states its own stance towards the party ("said Chile would never yield to Peruvian demands")."""
    index = trigger.doc._.actor_index or {}
    own = spec.source.code if spec.source is not None else None
    head = token.head
    while own is not None and head.i != trigger.i and head.head.i != head.i:
        for child in head.children:
            mention = index.get(child.i) if child.dep_ in NOMINAL_SUBJECTS else None
            if mention is not None and mention.code == own:
                return True
        head = head.head
    return False


def topical(specs: list[EventSpec], trigger: Token) -> list[EventSpec]:
    """``specs`` without the plain statements whose party is only a detail of the fact reported."""
    return [s for s in specs if not buried_topic(s, trigger)]
