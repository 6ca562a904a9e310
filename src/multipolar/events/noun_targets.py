"""Target strategies of nominal triggers ("sanctions on Iran", "an attack on a hill in Kurdistan"):
each takes a :class:`~multipolar.events.targets.TargetQuery` and returns the targets it finds (or
none); :mod:`multipolar.events.aims` orders them per entry kind and
:func:`multipolar.events.targets.find_targets` takes the first that finds any."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_list, read_words
from multipolar.events.agent_slots import agent_held_slot
from multipolar.events.arguments import PLACE_PREPS, Participant
from multipolar.events.clauses import for_mark
from multipolar.events.lexicon import LexEntry, LexFlag
from multipolar.events.ontology import is_material_conflict
from multipolar.events.placing import ATTACK_NOUNS
from multipolar.events.purposes import HOSTILE_PURPOSES, PROSPECT_ROOTS, complement_objects, infinitives
from multipolar.events.syntax import (
    act_holder,
    dative_tokens,
    first_conjunct,
    is_passive,
    object_tokens,
    patient_tokens,
    prep_objects,
    subject_tokens,
)
from multipolar.events.targets import BETWEEN_PREPS, CONF_NOUN, CONF_OWNER, CONF_PLACE, LOCATIVE_PREPS, TargetQuery
from multipolar.nlp.labels import VERB_PATIENTS, VERBAL_POS
from multipolar.reference import CameoRoot

#: Verbs of victims dying "in" an act of violence ("two civilians died in an airstrike").
DYING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/dying_verbs.txt"))

#: Where a nominal act happened ("strikes in Mosul", "blockades around Palestinian towns").
NOUN_PLACE_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/noun_place_preps.txt"))
#: Verbs whose subject act happens ("fighting erupted between A and B"): their phrases are the act's.
ONSET_VERBS: frozenset[str] = read_words(data_file(__file__, "words/onset_verbs.txt"))
#: Roots of a nominal act directed at a party a "for ... to" clause names ("a call for Israel to halt"):
#: appeals and demands.
DIRECTED_ROOTS = frozenset({CameoRoot.APPEAL, CameoRoot.DEMAND})
#: Verbs whose "on" phrase names the party charged with their object act ("blamed the attack on Iran").
BLAMING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/blaming_verbs.txt"))


def of_agent_slot(n: Token, e: LexEntry, slot: str) -> list[Token]:
    """The ``slot`` phrase the parser hung on the of-phrase that names the act's agent ("the pullout of
    Dutch troops from Iraq", "the withdrawal by Chile of its troops from Peru"): the act's own phrase."""
    if LexFlag.OFAGENT not in e.flags or slot == "of":
        return []
    return prep_objects(prep_objects([n, *prep_objects([n], ["by"])], ["of"]), [slot])


def blamed_party_slot(n: Token, slot: str) -> bool:
    """The act's "on" phrase names whom a blaming verb charges with it, not the act's target: the parser
    hangs "on Iran" in "blamed the attack on Iran" on the act."""
    return slot == "on" and n.dep_ == "dobj" and n.head.lemma_.lower() in BLAMING_VERBS


def noun_slot(q: TargetQuery) -> list[Participant]:
    """The noun's own prepositional slots ("sanctions on Iran"); reciprocal nouns also "between",
    on the noun or on the verb it is the subject of ("fighting erupted between A and B"); else the slot
    the parser hung on the noun's place ("protests in several cities against the ruling")."""
    n, e = q.trigger, q.entry
    targets: list[Participant] = []
    holders = [n] + [h for h in (act_holder(n),) if h is not None]  # "a mediation effort between A and B"
    if LexFlag.RECIP in e.flags and n.dep_ == "nsubj" and n.head.lemma_.lower() in ONSET_VERBS:
        holders.append(n.head)
    if LexFlag.RECIP in e.flags and n.dep_ == "nsubj" and n.head.lemma_ == "be":  # "talks are underway between"
        holders += [n.head] + [c for c in n.head.children if c.dep_ in ("acomp", "advmod") and c.i > n.head.i]
    for slot in (*e.targets, *BETWEEN_PREPS) if LexFlag.RECIP in e.flags else e.targets:
        if blamed_party_slot(n, slot):
            continue
        found = prep_objects(holders, [slot]) or agent_held_slot(n, slot, q.args) or of_agent_slot(n, e, slot)
        if not found and slot == "for" and e.cameo[:2] in DIRECTED_ROOTS:  # "its call for Israel to halt ...": Israel
            found = [s for c in n.children if for_mark(c) is not None for s in subject_tokens(c)]
        if not found and slot == "ccomp":  # "its accusation that Peru was arming the rebels": Peru
            found = [s for c in n.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for s in subject_tokens(c)]
        q.objects += found
        if not targets:
            targets = q.args.participants(found, CONF_NOUN)
            q.between = bool(targets) and slot in BETWEEN_PREPS
    if not targets:  # "protests in several Indonesian cities against the ruling": the parse hangs it on the place
        places = prep_objects([n], LOCATIVE_PREPS)
        slots = [s for s in e.targets if s not in LOCATIVE_PREPS]
        targets = q.args.participants(prep_objects(places, slots), CONF_NOUN)
    return targets


def light_verb_prep(q: TargetQuery) -> list[Participant]:
    """"launched an assault on X": the PP often hangs on the support verb (or its dative)."""
    if q.light_verb is None:
        return []
    verb = q.light_verb[0]
    found = prep_objects([verb], q.entry.targets)
    q.objects += found
    n = first_conjunct(q.trigger)
    # "hit Syria with sanctions", "assured Baku of its support": the object of the verb whose phrase the act is in
    in_phrase = n.dep_ == "pobj" and n.head.lower_ in ("with", "of") and verb.i in (n.head.head.i, n.head.head.head.i)
    means = object_tokens(verb) if in_phrase else []
    return q.args.participants(found + dative_tokens(verb) + means, CONF_NOUN)


def governing_noun_prep(q: TargetQuery) -> list[Participant]:
    """"a suspension of aid to X": the PP may hang on the noun governing the trigger."""
    n = q.trigger
    if not (n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN"):
        return []
    found = prep_objects([n.head.head], q.entry.targets)
    q.objects += found
    return q.args.participants(found, CONF_NOUN)


def governing_verb_prep(q: TargetQuery) -> list[Participant]:
    """"cut its aid to X": the PP may hang on the verb whose object the trigger is; "will rule on
    objections by Peru to a levy imposed by X": or, after the trigger, on the verb whose preposition
    takes the trigger."""
    n = q.trigger
    if q.light_verb is not None:
        return []
    if n.dep_ == "dobj" and n.head.pos_ == "VERB":
        found = prep_objects([n.head], q.prep_slots)
    elif n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ == "VERB":
        found = [o for o in prep_objects([n.head.head], q.prep_slots) if o.i > n.i]
    else:
        return []
    q.objects += found
    return q.args.participants(found, CONF_NOUN)


def passive_clause_patient(q: TargetQuery) -> list[Participant]:
    """Material conflict: "two soldiers were killed in an ambush by X", "three soldiers died in a
    Hezbollah rocket attack": the act hit the soldiers."""
    n = first_conjunct(q.trigger)
    if not q.material or n.dep_ != "pobj" or n.head.lower_ not in ("in", "during"):
        return []
    verb = n.head.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in DYING_VERBS:
        return q.others(q.args.participants(subject_tokens(verb), CONF_OWNER))
    if verb.pos_ != "VERB" or not is_passive(verb):
        return []
    return q.others(q.args.participants(patient_tokens(verb), CONF_OWNER))


def noun_object_owner(q: TargetQuery) -> list[Participant]:
    """The owner of a slot phrase, else its place ("a commitment of forces to the war in Iraq")."""
    for o in q.objects:
        targets = q.others(q.args.owners(o, confidence=CONF_OWNER))
        if not targets:
            targets = q.others(q.args.nested(o, PLACE_PREPS, CONF_PLACE, gazetteer=True))
        if targets:
            return targets
    return []


def noun_act_place(q: TargetQuery) -> list[Participant]:
    """Material conflict: where it happened ("imposed blockades around Palestinian towns", "strikes
    in Mosul"), or the owner of that place phrase."""
    if not q.material or LexFlag.RECIP in q.entry.flags:
        return []
    holders = [q.trigger] + ([q.light_verb[0]] if q.light_verb is not None else [])
    # "the killing of civilians in a US air raid": an attack it happened in is no place
    places = [p for p in prep_objects(holders, NOUN_PLACE_PREPS) if p.lemma_.lower() not in ATTACK_NOUNS]
    targets = q.others(q.args.places(places, CONF_PLACE))
    for o in places if not targets else []:
        targets = q.others(q.args.owners(o, confidence=CONF_PLACE))
        if targets:
            break
    verb = q.trigger.head
    if not targets and q.light_verb is None and q.trigger.dep_ in VERB_PATIENTS and verb.pos_ == "VERB":
        # "repelled an attack on a hill in a remote area of Kurdistan": the parse may hang the place on the verb
        # ("in"/"near" a place, or a part "of" one: not "at its meeting in New York")
        objs = prep_objects([verb], ("in", "near"))
        targets = q.others(q.args.places(objs, CONF_PLACE) or [
            p for o in objs for p in q.args.nested(o, frozenset({"of"}), CONF_PLACE)])
    return targets


#: Prepositions of an objection the clause's act defies (``words/defied_preps.txt``).
DEFIED_PREPS: frozenset[str] = read_words(data_file(__file__, "words/defied_preps.txt"))
#: Roots of objections: demands, criticism, rejection, threats, protests.
OBJECTION_ROOTS = frozenset({CameoRoot.DEMAND, CameoRoot.DISAPPROVE, CameoRoot.REJECT, CameoRoot.THREATEN,
                             CameoRoot.PROTEST})


def defied_subject(q: TargetQuery) -> list[Participant]:
    """An objection the clause's act goes ahead despite ("will admit China despite protests from
    Taiwan", "signed the deal despite objections from the US"), or stalls or goes on amid ("failed to
    agree because of opposition from X", "raised taxes amid protests from X"): aimed at that act's
    subject (or the subject's owner: "the Indian bill stalled due to opposition from X")."""
    n = q.trigger
    if q.entry.cameo[:2] not in OBJECTION_ROOTS or n.dep_ != "pobj" or n.head.lower_ not in DEFIED_PREPS:
        return []
    tok = n.head.head
    for _ in range(4):  # "will not change its decision to admit China despite ...": up to a clause with a subject
        if tok.pos_ in VERBAL_POS:
            # "the Indian bill stalled due to opposition from X": a subject that is no party, its owner
            found = q.named_others([p for s in subject_tokens(tok) for p in q.args.party_or_owners(s, CONF_OWNER)])
            if found:
                return found
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return []


#: Nouns of being what an act is aimed at ("the target of attacks", ``words/targeted_nouns.txt``).
TARGETED_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/targeted_nouns.txt"))
#: Prepositions of what a target is the target of ("the target of raids", "targets for raids").
TARGETED_PREPS = frozenset({"of", "for"})


def targeted_subject(q: TargetQuery) -> list[Participant]:
    """Material conflict named as what a party has been the target or victim of ("Kuwaiti ships have been
    the target of Somali raids", "Kenyan trucks, regular targets for Somali raids"): aimed at the subject
    of the copula or the appositive's anchor (or its owner)."""
    n = first_conjunct(q.trigger)
    if not q.material or n.dep_ != "pobj" or n.head.lower_ not in TARGETED_PREPS:
        return []
    holder = n.head.head
    if holder.lemma_.lower() not in TARGETED_NOUNS or holder.dep_ not in ("attr", "appos"):
        return []
    # an appositive names its anchor ("Kenyan trucks, regular targets for Somali raids")
    victims = [holder.head] if holder.dep_ == "appos" else subject_tokens(holder.head)
    # never the attacker's own state ("its ships ... the target of Somali raids" read as Somalia's)
    own = {p.code for p in q.sources}
    return [p for p in q.named_others([p for s in victims
                                       for p in q.args.party_or_owners(s, CONF_OWNER)]) if p.code not in own]


def noun_complement_object(q: TargetQuery) -> list[Participant]:
    """A nominal act whose "to"-infinitive names its party: the enemy of a fighting purpose for material
    conflict ("counter-attacks to drive the rebels out", "launched an offensive to dislodge Chilean
    troops"), the object of the act an offer, help, refusal or threat (:data:`PROSPECT_ROOTS`) stands
    for ("Peru's refusal to accept an IMF programme")."""
    n = first_conjunct(q.trigger)
    if is_material_conflict(q.entry.cameo):
        holders = [(n, ("acl",))] + ([(q.light_verb[0], ("xcomp", "advcl"))] if q.light_verb is not None else [])
        clauses = [c for h, deps in holders for c in infinitives(h, deps) if c.lemma_.lower() in HOSTILE_PURPOSES]
        found = [t for c in clauses for t in object_tokens(c)]
    elif q.entry.cameo[:2] in PROSPECT_ROOTS:
        found = complement_objects(n, ("acl",))
    else:
        return []
    return q.named_others(q.args.participants(found, CONF_OWNER))
