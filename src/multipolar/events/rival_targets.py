"""The opponent of an untargeted military act of a state: the other side of a hostile relation the
same sentence names with only that side ("withdrew its frigates once the risk of conflict with
Peru eased", "massed troops on the border amid tensions with Peru": Peru). A relation noun with one
named side leaves the other to the sentence's actor, and a state's troop moves, withdrawals and
attacks are made against the side it is in conflict with. Only force posture, military de-escalation,
assault and fighting of a government or its forces, never other acts ("signed a deal amid tensions
with Peru" stays untargeted: :mod:`multipolar.events.subtree_targets` keeps background phrases out).
An untargeted assault or fight of anyone is likewise aimed at the side the sentence says repelled it
("mounted attacks but Peru said all were repulsed": Peru). The rule is recorded on the event as
``/rival`` (:func:`rival_targets`, after the last-resort step)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import SPEECH_VERBS
from multipolar.events.subtree_targets import aim_untargeted, untargeted
from multipolar.nlp.labels import SUBJECTS
from multipolar.records import ActorMention, Event, Sector
from multipolar.reference import CameoRoot, root_of

#: Suffix of the rule of an event whose target this step found.
RIVAL_RULE = "/rival"
#: Nouns of a hostile relation whose "with" phrase names the other side (lemmas).
HOSTILITY_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/hostility_nouns.txt"))
#: Roots of a state's military acts against the other side of its conflict.
MILITARY_ROOTS = frozenset({CameoRoot.FORCE_POSTURE, CameoRoot.ASSAULT, CameoRoot.FIGHT})
#: Code prefix of military de-escalation (withdrawals, demobilisation).
MILITARY_DEESCALATION = "087"
#: Roots of the attacks a repelling side is the target of.
ATTACK_ROOTS = frozenset({CameoRoot.ASSAULT, CameoRoot.FIGHT})
#: Verbs of repelling an attack: a lemma, or "lemma particle" ("beat back").
REPEL_VERBS: frozenset[str] = read_words(data_file(__file__, "words/repel_verbs.txt"))
#: Sectors of a state's organs whose military acts are aimed at the other side of its conflict.
ACTING_SECTORS = frozenset({Sector.GOV, Sector.MIL})


def rival_targets(doc: Doc, sent: Span, events: list[Event]) -> list[Event]:
    """``events`` with each untargeted military act of a state aimed at the one other side of a hostile
    relation named in ``sent`` (:func:`rival_party`)."""
    if not any(_untargeted_military(e) or _untargeted_attack(e) for e in events):
        return events
    actors = [m for m in doc._.actors or [] if sent.start <= m.start < sent.end]

    def party_of(e: Event) -> ActorMention | None:
        party = rival_party(sent, e, actors) if _untargeted_military(e) else None
        return repelling_party(sent, e, actors) if party is None and _untargeted_attack(e) else party

    return aim_untargeted(events, party_of, RIVAL_RULE)


def _untargeted_military(e: Event) -> bool:
    return untargeted(e) and e.source_sector in ACTING_SECTORS \
        and (root_of(e.cameo) in MILITARY_ROOTS or e.cameo.startswith(MILITARY_DEESCALATION))


def _untargeted_attack(e: Event) -> bool:
    return untargeted(e) and root_of(e.cameo) in ATTACK_ROOTS


def repelling_party(sent: Span, event: Event, actors: list[ActorMention]) -> ActorMention | None:
    """The one party of another code than the source that ``sent`` says repelled an attack: a repelling
    verb's subject, its passive's "by" agent, or, for a passive with no agent, the subject of the speech
    verb that reports it ("Peru said all were repulsed"); None if there is none or several."""
    doc = sent.doc
    by_head = {doc[m.start:m.end].root.i: m for m in actors}
    found: dict[str, ActorMention] = {}
    for verb in sent:
        if verb.pos_ != "VERB" or not _repels(verb) or verb.idx == event.char_start:
            continue
        for tok in _repellers(verb):
            m = by_head.get(tok.i)
            if m is not None and m.code:  # "Peru said it had repelled them": the pronoun's party
                found[m.code] = m
    if len(found) != 1 or event.source in found:
        return None
    return next(iter(found.values()))


def _repels(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in REPEL_VERBS or any(
        c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in REPEL_VERBS for c in verb.children)


def _repellers(verb: Token) -> list[Token]:
    """Who does the repelling: the active subject, the passive's agent, else the reporting speaker."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return [c for c in verb.children if c.dep_ in SUBJECTS]
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if agents:
        return agents
    head = verb.head
    if verb.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS:
        return [c for c in head.children if c.dep_ in SUBJECTS]
    return []


def rival_party(sent: Span, event: Event, actors: list[ActorMention]) -> ActorMention | None:
    """The party named in the "with" phrase of a hostility noun of ``sent`` that has no owner or other
    side of its own ("Peru's dispute with Chile" is another pair's), if it is the only one and of another
    code than the source; None otherwise."""
    doc = sent.doc
    by_head = {doc[m.start:m.end].root.i: m for m in actors}
    found: dict[str, ActorMention] = {}
    for noun in sent:
        if noun.lemma_.lower() not in HOSTILITY_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "between") for c in noun.children):
            return None
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for obj in prep.children:
                for tok in (obj, *obj.conjuncts) if obj.dep_ == "pobj" else ():
                    m = by_head.get(tok.i)
                    if m is not None and m.code and tok.pos_ != "PRON":
                        found[m.code] = m
    if len(found) != 1 or event.source in found:
        return None
    return next(iter(found.values()))
