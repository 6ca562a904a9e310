"""Rival antecedents for pronouns: unresolved names and reported speakers that no actor covers.

A rival that wins the salience ranking leaves a pronoun unresolved rather than give it a wrong actor
("Bethlehem Steel Corp said it ...", "..., diplomatic sources said. They said ...").
"""

from __future__ import annotations

from spacy.tokens import Doc

from multipolar.actors import tables
from multipolar.actors.titles import appositive_name, is_person
from multipolar.nlp.entities import entities
from multipolar.records import ActorMention, MentionKind

BLOCKER = MentionKind.BLOCKER
#: The rule of a reported speaker rival ("diplomatic sources said").
SPEAKER = "SPEAKER"
#: Rival rules (entity labels, :data:`SPEAKER`) each kind of pronoun may take up.
BLOCKER_LABELS = {"singular": frozenset({"ORG"}), "plural": frozenset({"ORG", "NORP", SPEAKER}),
                  "personal": frozenset({"PERSON"})}
#: The dependents a bare speaker noun may have ("the", "diplomatic", "Western", "two").
SPEAKER_MODIFIERS = frozenset({"det", "amod", "compound", "nummod"})


def _rival(doc: Doc, start: int, end: int, rule: str) -> ActorMention:
    span = doc[start:end]
    return ActorMention(text=span.text, start=start, end=end, start_char=span.start_char, end_char=span.end_char,
                        code="-", sector=None, kind=BLOCKER, rule=rule)


def entity_blockers(doc: Doc, mentions: list[ActorMention], covered: bytearray) -> list[ActorMention]:
    """Named entities (ORG, PERSON, NORP) whose head no actor mention covers: candidates that,
    when most salient, leave a pronoun unresolved rather than give it a wrong country."""
    out = []
    labels = frozenset().union(*BLOCKER_LABELS.values())
    role_of = tables.roles()
    named = {t.i for m in mentions if is_person(m) and (t := appositive_name(doc, m)) is not None}
    for ent in entities(doc):
        if ent.label_ not in labels or covered[ent.root.i] or ent.root.i in named:
            continue  # "Tomas Varga, the Hungarian envoy": the name is the role's person, no rival
        role = role_of.get(ent.root.lower_)
        if ent.label_ == "ORG" and role is not None and role.sector in tables.STATE_SECTORS:
            continue  # "the Interior Ministry": a state organ, its pronouns may go to the state
        out.append(_rival(doc, ent.start, ent.end, ent.label_))
    return out


def speaker_blockers(doc: Doc, covered: bytearray) -> list[ActorMention]:
    """Bare plural nouns reporting a clause ("..., diplomatic sources said", "analysts believe the
    yen ..."): a later "they" is these speakers, not an earlier plural actor. A speaker naming its
    affiliation ("EC sources", "officials in Bonn") is left to the actor rules."""
    out = []
    for tok in doc:
        if tok.tag_ != "NNS" or tok.dep_ != "nsubj" or covered[tok.i]:
            continue
        if not any(c.dep_ == "ccomp" for c in tok.head.children):
            continue
        if any(c.dep_ not in SPEAKER_MODIFIERS or (covered[c.i] and c.dep_ != "amod") for c in tok.children):
            continue  # "Western experts": a demonym that makes no actor of its noun
        out.append(_rival(doc, tok.left_edge.i, tok.i + 1, SPEAKER))
    return out
