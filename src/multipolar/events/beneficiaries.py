"""Beneficiaries of aid: an act of aid whose slots name no party is aimed at the people it is for,
as a purpose clause or a recipient phrase names them ("announced assistance to help families in
Chad", "gave funds for projects which benefit Eritrean refugees"): the party they are ("Eritrean
refugees"), their nationality ("Laotian pupils"), or the place they are in or of ("in Chad and
Niger"). Also the party a cooperative act's object is for ("pledged support for Morocco's bid") and the
recipient a giving verb names as its object ("provided Laos with loans"). Strategies of
:data:`multipolar.events.aims.VERB_STRATEGIES` and ``NOUN_STRATEGIES``."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_list, read_words
from multipolar.events.arguments import MODIFIER_DEPS, PLACE_PREPS, Participant
from multipolar.events.ontology import is_cooperation
from multipolar.events.purposes import infinitives
from multipolar.events.syntax import agent_tokens, object_tokens, prep_objects
from multipolar.events.targets import CONF_OWNER, CONF_PLACE, CONF_VERB, TargetQuery
from multipolar.nlp.labels import NOUN_CLAUSES
from multipolar.records import MentionKind
from multipolar.reference import CameoRoot

#: Verbs of a clause naming whom aid is for ("to help families in Chad", "which benefit refugees").
BENEFICIARY_VERBS: frozenset[str] = read_words(data_file(__file__, "words/beneficiary_verbs.txt"))
#: Participles of people a disaster or a war hit ("families displaced by the floods in X").
AFFLICTING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/afflicting_verbs.txt"))
#: Natural disasters and epidemics: aid "after the earthquake in X" goes to the place it struck.
DISASTER_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/disaster_nouns.txt"))
#: Prepositions on a beneficiary naming whom it serves in turn ("clinics for children in Chad").
BENEFICIARY_PREPS: frozenset[str] = read_words(data_file(__file__, "words/beneficiary_preps.txt"))


def _helped(clause: Token) -> list[Token]:
    """The objects of a clause of a beneficiary verb ("to help families in Chad": families)."""
    return object_tokens(clause) if clause.lemma_.lower() in BENEFICIARY_VERBS else []


def beneficiaries(noun: Token, depth: int = 0) -> list[Token]:
    """``noun`` and those it serves in turn: the objects of a beneficiary clause on it ("projects which
    benefit refugees", "schemes helping farmers"), its "for" phrases ("clinics for children"), and the
    place of the disaster that hit it ("families displaced by the floods in Chad")."""
    out = [noun]
    if depth > 2:
        return out
    served = [o for c in noun.children if c.dep_ in NOUN_CLAUSES for o in _helped(c)]
    served += prep_objects([noun], BENEFICIARY_PREPS)
    hit = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in AFFLICTING_VERBS]
    served += prep_objects([*hit, *(a for c in hit for a in agent_tokens(c))], ("in",))
    return out + [b for s in served for b in beneficiaries(s, depth + 1)]


def _purpose_nouns(q: TargetQuery) -> list[Token]:
    """Objects of the beneficiary clauses of the act: on the verb or support verb ("sent food to help
    families"), on the aid noun or the verb's object ("funds to help families")."""
    verbs = [q.trigger] if q.light_verb is None else [q.light_verb[0]]
    nouns = [q.trigger] if q.light_verb is not None else [*([q.obj] if q.obj is not None else []), *q.patient]
    clauses = [c for v in verbs for c in infinitives(v, ("xcomp", "advcl"))]
    clauses += [c for n in nouns for c in infinitives(n, ("acl", "relcl"))]
    return [o for c in clauses for o in _helped(c)]


def _recipients(q: TargetQuery) -> list[Token]:
    """The aid's recipient phrases: the slots of the verb, its object, or the noun and its support verb."""
    holders = [q.trigger, *([q.obj] if q.obj is not None else []), *q.patient]
    if q.light_verb is not None:
        holders.append(q.light_verb[0])
    return prep_objects(holders, (*q.prep_slots, *BENEFICIARY_PREPS))


def beneficiary_parties(q: TargetQuery, noun: Token) -> list[Participant]:
    """The nationality of a beneficiary noun ("Laotian pupils", "Eritrean refugees"), else the places it
    is in or of ("families in Chad and Niger": both), else the party it names."""
    found = q.args.participants([c for c in noun.lefts if c.dep_ in MODIFIER_DEPS], CONF_OWNER)
    if not found:
        found = [p for h in prep_objects([noun], PLACE_PREPS) for p in q.args.places([h], CONF_PLACE)]
    if not found:
        found = q.args.nested(noun, PLACE_PREPS, CONF_PLACE, gazetteer=True) or q.args.participants([noun], CONF_OWNER)
    speakers = {p.code for p in q.sources}  # an unnamed party placed by the context names no beneficiary
    return [p for p in q.others(found) if p.code is not None and p.code not in speakers
            and p.mention.kind != MentionKind.UNRESOLVED]


def disaster_places(q: TargetQuery) -> list[Participant]:
    """The place of a disaster the aid's predicate names ("provided tents to families after the
    earthquake in Peru", "aid for victims of the Chilean floods"): its nationality word or its place."""
    head = q.trigger if q.light_verb is None else q.light_verb[0]
    if head.pos_ == "NOUN" and head.dep_ == "dobj":  # "unveiled relief funding after the floods in X"
        head = head.head
    for noun in (t for t in head.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in DISASTER_NOUNS):
        found = q.args.participants([c for c in noun.lefts if c.dep_ in MODIFIER_DEPS], CONF_PLACE) \
            or [p for h in prep_objects([noun], ("in",)) for p in q.args.places([h], CONF_PLACE)]
        found = [p for p in q.others(found) if p.code is not None and p.code not in {s.code for s in q.sources}]
        if found:
            return found
    return []


def aid_beneficiary(q: TargetQuery) -> list[Participant]:
    """Aid whose slots name no party: the people its purpose clause or recipient phrase says it is for,
    else the place of the disaster it answers."""
    if q.entry.cameo[:2] != CameoRoot.AID:
        return []
    for noun in [b for n in (*_purpose_nouns(q), *_recipients(q)) for b in beneficiaries(n)]:
        found = beneficiary_parties(q, noun)
        if found:
            return found
    return disaster_places(q)


#: Prepositions on the object of cooperation naming whom it is for ("pledged support for Morocco's bid").
BENEFIT_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/benefit_preps.txt"))


def verb_object_beneficiary(q: TargetQuery) -> list[Participant]:
    """Cooperation: the party, or the owner of the cause, its object is for ("pledged support for
    Morocco's bid", "offered help for Chile's miners")."""
    if not is_cooperation(q.entry.cameo):
        return []
    speakers = {p.code for p in q.sources}  # "pledged support for its own army": no other party
    for noun in prep_objects([*([q.obj] if q.obj is not None else []), *q.patient], BENEFIT_PREPS):
        found = q.args.party_or_owners(noun, CONF_OWNER)
        found = [p for p in q.others(found) if p.code not in speakers]
        if found:
            return found
    return []


#: Roots of giving: "provided Laos with loans", "supplied the rebels with arms" name the recipient as the object.
GIVING_ROOTS = frozenset({CameoRoot.MATERIAL_COOPERATION, CameoRoot.AID})


def verb_supplied_object(q: TargetQuery) -> list[Participant]:
    """Giving with a "with" phrase of the thing given: the direct object is the recipient ("provided
    Laos with $20 million", "equipped the Kurds with rifles")."""
    if q.entry.cameo[:2] not in GIVING_ROOTS or q.obj is not None or not prep_objects([q.trigger], ("with",)):
        return []
    return q.others(q.args.participants(object_tokens(q.trigger), CONF_VERB))
