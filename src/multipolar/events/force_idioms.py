"""Force idioms with a verbal sense: "came under fire/attack from X" is criticism unless X is armed
(or the attacked subject is a thing), and a verb of force aimed at a political party over a grievance
("Kerry attacked Bush over Iraq", "France clashed with Germany over farm subsidies") is criticism;
a criminal charge laid on a state ("charged Japan with dumping") is an accusation; a criticism verb of
force ("blasted") done by an armed party is an attack."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.agents import party_sector
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.defence import answers_back
from multipolar.events.events import EventSpec
from multipolar.events.lexicon import VIOLENCE_ROOTS, TriggerPos
from multipolar.events.matching import Match
from multipolar.events.syntax import (
    agent_tokens,
    is_passive,
    object_tokens,
    patient_tokens,
    prep_objects,
    subject_tokens,
)
from multipolar.nlp.labels import NOUN_MODIFIERS, PLACE_ENTITIES, TIME_ENTITIES
from multipolar.records import MentionKind, Sector

#: Sectors of armed parties: fire from them is gunfire ("came under fire from rebels"), not criticism.
ARMED_SECTORS = frozenset({Sector.MIL, Sector.COP, Sector.REB, Sector.UAF})
CRITICISM, GUNFIRE, ACCUSATION, CHARGE = "111", "190", "112", "173"
#: Verbs of a lasting state "under attack" ("is", "remains"): named by no armed party, it is criticism.
LASTING_IDIOM_VERBS = frozenset({"be", "remain"})
#: Verbs of a charge that accuse when their object is a state ("charged Japan with dumping").
STATE_CHARGING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/state_charging_verbs.txt"))
#: Mentions that name a state or a body as a whole, which no court charges.
WHOLE_PARTIES = frozenset({MentionKind.COUNTRY, MentionKind.METONYM, MentionKind.ORGANISATION})


def _actor_subject(verb: Token, args: Arguments) -> bool:
    """The verb's subject is itself an actor ("the minister", "Iran"), not a thing ("its tankers")."""
    for subj in subject_tokens(verb):
        found = args.mention(subj)
        if found is not None and found.start <= subj.i < found.end:
            return True
    return False


def armed_fire_code(m: Match, args: Arguments) -> str | None:
    """190 for the criticism idioms "came under fire/attack from X" where X is an armed party ("from
    rebels", "by government troops"), or, for an attack, where no party or only its country is named
    ("a police post came under attack", "by Iranian gunboats") or the subject is a thing, not an actor
    ("its tankers came under attack from Iran"); None where the idiom keeps its sense ("from lawmakers")."""
    if m.entry.pos != TriggerPos.VERB or m.entry.cameo != CRITICISM or m.obj is None:
        return None
    noun = m.obj.lemma_.lower()
    if noun not in ("fire", "attack", "assault"):
        return None
    parties = args.participants(prep_objects([m.token, m.obj], ["from", "by"]))
    unnamed = all(p.sector is None for p in parties)
    if noun in ("attack", "assault") and (unnamed or not _actor_subject(m.token, args)):
        # unnamed, "by Iranian gunboats", or "its tankers came under attack"; not over a grievance ("came under
        # attack for its trade surplus"), nor a lasting state with no attacker ("his policy is under attack")
        lasting = m.token.lemma_.lower() in LASTING_IDIOM_VERBS and unnamed
        return None if lasting or _verbal_cue(m.token, m.obj) else GUNFIRE
    return GUNFIRE if any(p.sector in ARMED_SECTORS for p in parties) else None


#: Criticism verbs that name force too ("blasted the platform"): done by an armed party, they are an attack.
FORCEFUL_CRITICISM_VERBS: frozenset[str] = read_words(data_file(__file__, "words/forceful_criticism_verbs.txt"))


def armed_blast_code(m: Match, args: Arguments) -> str | None:
    """190 for a criticism verb that names force ("blast", "assail") whose doer is an armed party
    ("warships blasted the oil platform", "was assailed by rebel gunners"); None otherwise ("the minister
    blasted the plan")."""
    verb = m.token
    if m.entry.pos != TriggerPos.VERB or m.entry.cameo != CRITICISM \
            or verb.lemma_.lower() not in FORCEFUL_CRITICISM_VERBS:
        return None
    doers = args.participants(agent_tokens(verb) if is_passive(verb) else subject_tokens(verb))
    return GUNFIRE if doers and all(p.sector in ARMED_SECTORS for p in doers) else None


#: Verbs of force that retort with "back" at critics or their words ("hit back at critics"), and those words.
RETORT_VERBS: frozenset[str] = read_words(data_file(__file__, "words/retort_verbs.txt"))
RETORT_OBJECTS: frozenset[str] = read_words(data_file(__file__, "words/retort_objects.txt"))


def retort_code(m: Match, args: Arguments) -> str | None:
    """111 for a verb of force with "back" aimed at critics or their words ("hit back at critics", "struck
    back at U.S. charges") or at a party over a grievance ("hit back at Washington over its tariffs"), by
    no armed party: a retort; None where it keeps its force ("struck back at Iranian positions")."""
    verb = m.token
    if m.entry.pos != TriggerPos.VERB or m.entry.cameo[:2] not in VIOLENCE_ROOTS \
            or verb.lemma_.lower() not in RETORT_VERBS \
            or not answers_back(verb):
        return None
    aimed = prep_objects([verb], ["at", "against"])
    doers = args.participants(subject_tokens(verb))
    if any(p.sector in ARMED_SECTORS for p in doers + args.participants(aimed)):
        return None
    if any(a.lemma_.lower() in RETORT_OBJECTS for a in aimed):
        return CRITICISM  # "hit back at critics", "at U.S. charges"
    return CRITICISM if aimed and _verbal_cue(verb) else None  # "hit back at Washington over its tariffs"


#: Verbs of force that criticise when a party is attacked over a grievance, and its prepositions.
VERBAL_ATTACK_VERBS: frozenset[str] = read_words(data_file(__file__, "words/verbal_attack_verbs.txt"))
GRIEVANCE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/grievance_preps.txt"))
SPEECH_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/speech_nouns.txt"))
#: Entity types of a phrase that is no grievance: a place ("over Baghdad"), a time or a count ("for two hours").
NON_GRIEVANCE_ENTS = PLACE_ENTITIES | TIME_ENTITIES | {"CARDINAL", "ORDINAL", "QUANTITY"}


def _person_on_person(verb: Token, passive: bool) -> bool:
    """A named person attacks a named person ("Senator Kerry attacked President Bush"): words, not force."""
    agents = agent_tokens(verb) if passive else subject_tokens(verb)
    patients = patient_tokens(verb) if passive else object_tokens(verb)
    return bool(agents and patients) and all(t.ent_type_ == "PERSON" for t in agents + patients)


def _verbal_cue(verb: Token, *held: Token) -> bool:
    """The verb has an over/for phrase naming a grievance, not a place, a time or a count ("over his
    handling of the war", "for failing to act"; not "over the weekend", "for the third time"), or an
    "in" phrase naming speech ("in a speech", "in an interview"). The parser may hang the grievance
    phrase on the verb's object ("attacked the prime minister over the deployment"), or on the noun of an
    idiom (``held``: "under attack for its policy")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + list(held)
    for prep in [*verb.children, *(c for o in objects for c in o.children)]:
        if prep.dep_ != "prep":
            continue
        for g in prep.children:
            if prep.lower_ == "in" and g.dep_ == "pobj" and g.lemma_.lower() in SPEECH_NOUNS and prep.head is verb:
                return True
            if prep.lower_ not in GRIEVANCE_PREPS:
                continue
            # a place modifying a grievance noun keeps it one ("over U.K. demands"); a time never does
            if g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.ent_type_ not in NON_GRIEVANCE_ENTS and not any(
                    t.ent_type_ in NON_GRIEVANCE_ENTS - PLACE_ENTITIES for t in g.children)):
                return True
    return False


def verbal_attack_code(m: Match, args: Arguments) -> str | None:
    """111 for a verb of force aimed at a political party over a grievance or in speech ("Kerry attacked
    Bush over Iraq", "hit the government for failing to act", "attacked X in a speech", "France clashed
    with Germany over farm subsidies"), or by a named person at a named person ("Kerry attacked Bush"): criticism;
    None where it keeps its code (an armed party or civilians on either side, or no such cue: "rebels
    attacked an army post")."""
    verb = m.token
    if m.entry.pos != TriggerPos.VERB or m.entry.cameo[:2] not in VIOLENCE_ROOTS \
            or verb.lemma_.lower() not in VERBAL_ATTACK_VERBS:
        return None
    passive = is_passive(verb)
    if not _verbal_cue(verb) and not _person_on_person(verb, passive):
        return None
    parties = args.participants((agent_tokens(verb) + patient_tokens(verb) if passive
                                 else subject_tokens(verb) + object_tokens(verb)) + prep_objects([verb], ["with"]))
    if len(parties) < 2 or any(p.sector in ARMED_SECTORS | {Sector.CVL} for p in parties):
        return None
    return CRITICISM


def state_charge_code(m: Match, args: Arguments) -> str | None:
    """112 for a charge whose object is a state or an international body as a whole ("Leahy charged
    Japan with lying and cheating", "charged the EC with dumping"): no court charges a state, so it is an
    accusation; None for a person or group charged ("police charged the clerk")."""
    verb = m.token
    if m.entry.pos != TriggerPos.VERB or m.entry.cameo != CHARGE or verb.lemma_.lower() not in STATE_CHARGING_VERBS \
            or is_passive(verb):
        return None
    objects = args.participants(object_tokens(verb))
    if not objects or any(p.mention.kind not in WHOLE_PARTIES for p in objects):
        return None
    return ACCUSATION


#: Raids by armed parties other than the police: military force, not coercion ("an American raid on
#: Iranian platforms", "an Israeli raid on a camp in Lebanon"); a police raid stays 170.
MILITARY_RAIDERS = frozenset({Sector.MIL, Sector.REB, Sector.UAF})
RAID, RAID_LEMMAS = "170", frozenset({"raid"})


def military_raid(spec: EventSpec, trigger: Token) -> EventSpec:
    """190 for a raid (170) by soldiers, rebels or gunmen, or by a state on another state's side."""
    if spec.cameo != RAID or trigger.lemma_.lower() not in RAID_LEMMAS or spec.source is None:
        return spec
    sector, code = spec.source.sector, spec.source.code
    across = sector in (None, Sector.GOV) and code is not None and spec.target is not None \
        and spec.target.code is not None and spec.target.code != code
    if sector not in MILITARY_RAIDERS and not across:
        return spec
    return replace(spec, cameo=GUNFIRE, rule=f"{spec.rule}~armed={GUNFIRE}")


#: Weapons and craft of an army: an act of force done with them is conventional even when no party is named.
MILITARY_MEANS: frozenset[str] = read_words(data_file(__file__, "words/military_means.txt"))


def _means_word(tok: Token) -> bool:
    """The token or one of its compounds or adjectives (at any depth: "jet fighter bombers") is an
    army's weapon or craft."""
    stack = [tok]
    while stack:
        t = stack.pop()
        if t.lemma_.lower() in MILITARY_MEANS:
            return True
        stack.extend(c for c in t.children if c.dep_ in NOUN_MODIFIERS)
    return False


def military_means(trigger: Token) -> bool:
    """The act is done with an army's weapons: "a missile strike", "air raids", "hit by a missile",
    "attacked by a wave of jet bombers" (the agent, or the "of" noun after a quantity word)."""
    if any(c.dep_ in NOUN_MODIFIERS and _means_word(c) for c in trigger.children):
        return True
    for prep in trigger.children:
        if prep.dep_ not in ("agent", "prep") or prep.lower_ != "by":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            inner = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]
            if any(_means_word(t) for t in (obj, *inner)):
                return True
    return False


#: Sectors of a state's forces named by its possessive ("its troops", "Iraq's police").
OWNED_FORCE_SECTORS = frozenset({Sector.MIL, Sector.COP})


def armed_party(p: Participant, doc: Doc) -> bool:
    """The party is armed: of an armed sector, or a state named by the possessive of its forces ("its
    troops pushed enemy forces out", "Iraq's troops entered the town")."""
    if p.sector in ARMED_SECTORS:
        return True
    m = p.mention
    if p.sector not in (None, Sector.GOV) or m.end <= m.start or m.end > len(doc):
        return False
    owner = doc[m.end - 1]
    noun = owner.head
    if owner.dep_ != "poss" or noun.pos_ != "NOUN":
        return False
    found = party_sector(noun, doc._.actor_index or {})
    return found is not None and found[0] in OWNED_FORCE_SECTORS
