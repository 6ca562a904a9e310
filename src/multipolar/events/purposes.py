"""Targets read from infinitive clauses: the party of the act a promise, help, refusal or threat
stands for ("offered to assist Taiwan", "threatened to cut oil supplies to the United States"), and
for cooperation the party or place of its purpose clause ("gave $5 million to promote investment in
Ghana"). A strategy of :data:`multipolar.events.aims.VERB_STRATEGIES`."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_list, read_words
from multipolar.events.arguments import PLACE_PREPS, Participant
from multipolar.events.infinitives import infinitive_clauses
from multipolar.events.ontology import is_cooperation, is_material_conflict
from multipolar.events.syntax import dative_tokens, object_tokens, prep_objects, subject_tokens
from multipolar.events.targets import CONF_OWNER, CONF_PLACE, TargetQuery
from multipolar.nlp.labels import VERBAL_POS
from multipolar.reference import CameoRoot

#: Prepositions of the party an infinitive's act is aimed at.
RECIPIENT_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/recipient_preps.txt"))
#: Prepositions of the partner in an agreement's infinitive ("a deal to buy gas from X").
PACT_PURPOSE_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/pact_purpose_preps.txt"))
#: Verbs of helping or letting another do something ("to help Bolivia recover").
ENABLING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/enabling_verbs.txt"))
#: Nouns of a tie whose "with" phrase names the partner ("to improve relations with North Korea").
TIE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/tie_nouns.txt"))


def infinitives(head: Token, deps: tuple[str, ...]) -> list[Token]:
    """The infinitive verb clauses under ``head`` (``deps``; an xcomp, or a clause with "to")."""
    return [c for c in infinitive_clauses(head, deps, bare_xcomp=True) if c.pos_ in VERBAL_POS]


def complement_objects(head: Token, deps: tuple[str, ...]) -> list[Token]:
    """Objects and recipients of the infinitive clauses under ``head`` (``deps``: xcomp for a verb,
    acl with "to" for a noun), through one more infinitive: "offer to help rebuild Iraq"."""
    out: list[Token] = []
    for clause in infinitives(head, deps):
        # "threatened to cut oil supplies to the United States": or its recipient phrase
        found = object_tokens(clause) + dative_tokens(clause) + prep_objects([clause], RECIPIENT_PREPS)
        # "to help Bolivia recover": the subject of what the clause helps or lets happen
        if clause.lemma_.lower() in ENABLING_VERBS:
            found += [s for c in clause.children if c.dep_ == "ccomp" for s in subject_tokens(c)]
        # "to improve relations with North Korea": the partner of the tie the clause acts on
        found += prep_objects([t for t in found if t.lemma_.lower() in TIE_NOUNS], ("with",))
        if not found:  # "offer to help rebuild Iraq"
            inner = [c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
            found = [t for c in inner for t in object_tokens(c) + dative_tokens(c)]
        out += found
    return out


#: Roots whose verb is about the party of the act in its infinitive: offers and promises (03), help
#: (07), refusals (12), threats (13): "offered to assist Taiwan", "helped rebuild Haiti", "refused to
#: recognise Kosovo", "threatened to cut oil supplies to the United States".
PROSPECT_ROOTS = frozenset({CameoRoot.INTENT, CameoRoot.AID, CameoRoot.REJECT, CameoRoot.THREATEN})
#: Verbs of a fighting purpose clause whose object is the enemy ("battled to dislodge Iranian troops").
HOSTILE_PURPOSES: frozenset[str] = read_words(data_file(__file__, "words/hostile_purposes.txt"))


def hostile_purpose_object(q: TargetQuery) -> list[Participant]:
    """Material conflict without a named party: the enemy its purpose clause acts on ("were battling
    to dislodge Iranian troops", "launched attacks to destroy the rebels' forces")."""
    if not is_material_conflict(q.entry.cameo):
        return []
    clauses = [c for c in infinitives(q.trigger, ("xcomp", "advcl")) if c.lemma_.lower() in HOSTILE_PURPOSES]
    found = [t for c in clauses for t in object_tokens(c)]
    parties = q.others(q.args.participants(found, CONF_OWNER))
    return parties or [p for n in found for p in q.others(q.args.owners(n, exclude=q.trigger, confidence=CONF_PLACE))]


def verb_complement_object(q: TargetQuery) -> list[Participant]:
    """The party of the act a verb (of :data:`PROSPECT_ROOTS`) or its object stands for: "offered to
    assist Taiwan", "reversed its decision to expel Oxfam"."""
    hostile = hostile_purpose_object(q)
    if hostile:
        return hostile
    nouns = [*([q.obj] if q.obj is not None else []), *q.patient]
    # "donated ventilators to assist Ethiopia": or the act its purpose clause names
    found = complement_objects(q.trigger, ("xcomp", "advcl")) if q.entry.cameo[:2] in PROSPECT_ROOTS else []
    found += [t for n in nouns for t in complement_objects(n, ("acl",))]
    parties = q.others(q.args.participants(found, CONF_OWNER))
    if parties or not is_cooperation(q.entry.cameo) or q.entry.cameo[:2] not in PROSPECT_ROOTS:
        return parties
    # cooperation: "offered to send engineers to help the Iraqi government" (one purpose clause
    # further), "gave $5 million to promote investment in Ghana" (the owner or place of its object)
    found += [t for c in infinitives(q.trigger, ("xcomp", "advcl")) for t in complement_objects(c, ("advcl", "xcomp"))]
    parties = q.others(q.args.participants(found, CONF_OWNER))
    for noun in found if not parties else []:
        parties = q.others(q.args.owners(noun, exclude=q.trigger, confidence=CONF_PLACE)
                           or q.args.nested(noun, PLACE_PREPS, CONF_PLACE, gazetteer=True))
        if parties:
            break
    return parties


def pact_purpose_party(q: TargetQuery) -> list[Participant]:
    """A mutual act on an agreement that names no partner: the party of the exchange its infinitive
    names ("reached an agreement to sell oil to India", "signed a pact to buy gas from Israel")."""
    found: list[Token] = []
    for noun in [*([q.obj] if q.obj is not None else []), *q.patient]:
        for clause in infinitive_clauses(noun, ("acl", "relcl")):
            found += dative_tokens(clause) + prep_objects([clause], PACT_PURPOSE_PREPS)
    return q.named_others(q.args.participants(found, CONF_OWNER))
