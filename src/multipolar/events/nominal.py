"""Who does a nominal act: its owner or modifier, a by-phrase, the subject it is predicated of, the
agent of its light or circumstance verb, the parties a reciprocal noun names, the speaker reporting
talks with a partner."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.arguments import SOURCE_PREPS, Arguments, Participant
from multipolar.events.lexicon import LexEntry
from multipolar.events.modality import noun_clause_verb
from multipolar.events.speakers import agent_tokens_or_subjects, predicate_subjects, reporting_verb
from multipolar.events.syntax import (
    is_passive,
    patient_tokens,
    premodifiers,
    prep_objects,
    stative_passive,
    subject_tokens,
)
from multipolar.events.targets import CONF_NOUN, CONF_OWNER

#: Prepositions naming the parties of a reciprocal act's noun ("talks between A and B", "a meeting of A and B").
PARTY_PREPS = ("between", "among", "of")


def noun_parties(n: Token, e: LexEntry, lv: tuple[Token, str] | None,
                 args: Arguments) -> tuple[list[Participant], list[Participant]]:
    """Sources (and targets named by modifiers) of a nominal trigger: the possessor, a modifying
    actor, a by-phrase, the subject it is predicated of, or the light verb's subject."""
    poss_src = n
    while poss_src.dep_ == "conj" and not any(c.dep_ == "poss" for c in poss_src.children):
        poss_src = poss_src.head  # "its support for X and opposition to Y"
    poss = [c for c in poss_src.children if c.dep_ == "poss"]
    mods = premodifiers(n)
    by = prep_objects([n], ["by"])
    first = args.participants(poss, CONF_NOUN)
    mod_actors = args.participants(mods, CONF_NOUN)
    sources: list[Participant] = []
    targets: list[Participant] = []
    undergoer = args.participants(prep_objects([n], ["of"]), CONF_NOUN) if "tsubj" in e.flags else []
    if "tsubj" in e.flags and not (undergoer and (first or mod_actors)):
        targets = first or mod_actors
        sources = args.participants(by, CONF_NOUN) or args.participants(predicate_subjects(n), CONF_NOUN)
    elif undergoer:  # "Thailand's deportation of Burmese activists": the owner acts on the of-phrase
        sources, targets = first or mod_actors, undergoer
    else:
        sources = first or mod_actors or args.participants(by, CONF_NOUN)
        if not sources and "ofagent" in e.flags:  # "the incursion of a Chinese submarine"
            sources = args.participants(prep_objects([n], ["of"]), CONF_NOUN)
        if first and mod_actors:
            targets = mod_actors
        if not sources:  # "X became the main supplier to Y"
            sources = args.participants(predicate_subjects(n), CONF_NOUN)
    if not sources and lv is not None and lv[1] == "agent":
        passive = is_passive(lv[0])
        # "rebels were engaged in heavy fighting": a stance participle's subject does the act
        subjects = patient_tokens(lv[0]) if passive and stative_passive(lv[0]) else agent_tokens_or_subjects(
            lv[0], passive)
        sources = args.participants(subjects, CONF_NOUN) or [
            p for s in subjects for p in args.nested(s, SOURCE_PREPS, CONF_OWNER)]
        speech = reporting_verb(lv[0])
        if not sources and speech is not None and subjects and all(s.pos_ == "PRON" for s in subjects):
            # "police said they had made an arrest": the speaker stands for the pronoun
            sources = args.participants(subject_tokens(speech), CONF_NOUN)
    return sources, targets


def meeting_parties(noun: Token, args: Arguments, modifiers: bool = True) -> list[Participant]:
    """Two or more parties a reciprocal act's noun names: its party prepositions ("talks between A
    and B", "a meeting of A and B") and (``modifiers``) its pre-modifiers ("Indian and Pakistani talks")."""
    heads = prep_objects([noun], PARTY_PREPS)
    if modifiers:
        heads += premodifiers(noun)
    parties = args.participants(heads, CONF_NOUN)
    return parties if len({(p.code, p.mention.start) for p in parties}) >= 2 else []


def reporting_partner(noun: Token, args: Arguments, partners: list[Participant]) -> list[Participant]:
    """The speaker who reports talks with a partner and names no other side ("the issue came up
    during talks with China's defence minister, a US spokesman said"): the speaker's side."""
    verb = noun_clause_verb(noun)
    speech = reporting_verb(verb) if verb is not None else None
    if speech is None:
        return []
    codes = {p.code for p in partners}
    return [p for p in args.participants(subject_tokens(speech), CONF_OWNER) if p.code not in codes]
