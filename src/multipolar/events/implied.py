"""Implied parties: the agent or target an act has though the text names none ("was arrested": by the
police; "a nationwide strike": against the government; "the king abdicated": his own government)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from multipolar.actors.tables import STATE_SECTORS
from multipolar.datafiles import data_file, read_words
from multipolar.events.agents import STATE_NAME_KINDS, implied_mention, single_state
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.defence import reprisal_word
from multipolar.events.events import EventSpec
from multipolar.events.implicit_agents import EXPULSION_CODES, implicit_agent, implicit_sector, implied_government
from multipolar.events.lexicon import VIOLENCE_ROOTS, LexEntry, LexFlag
from multipolar.events.matching import Match
from multipolar.events.syntax import agent_tokens, included_member, is_passive
from multipolar.nlp.labels import NOMINAL_SUBJECTS, NOUN_POS
from multipolar.records import Sector
from multipolar.reference import CameoRoot

#: Sectors of the state itself, its organs and its elite (a protest by them is no street protest against
#: the government).
GOVERNING_SECTORS = STATE_SECTORS | {Sector.ELI}
#: Implied agents that, with no place in the text, belong to the target's own country (courts, police).
DOMESTIC_AUTHORITIES = frozenset({Sector.COP, Sector.JUD})
#: Victims whose killing by an unnamed hand is political news, not crime ("the murder of a journalist").
#: (Rebels are left out: with them the agnews_dev check half got one more false event.)
POLITICAL_VICTIMS = GOVERNING_SECTORS | {Sector.JRN, Sector.OPP}
#: Confidence of an implied agent ("was arrested": by the police).
CONF_IMPLICIT = 0.4


#: Words of a fault owned up to: only with one is an admission aimed at the speaker's own country.
ADMITTED_FAULTS: frozenset[str] = read_words(data_file(__file__, "words/admitted_faults.txt"))


def owned_fault(t: Token) -> bool:
    """What ``t`` admits holds a fault word ("admitted the raid was a mistake"; not its subject)."""
    return any(w.lemma_.lower() in ADMITTED_FAULTS for c in t.children if c.dep_ not in NOMINAL_SUBJECTS
               for w in c.subtree)


def implicit_agentless(t: Token, entry: LexEntry) -> bool:
    """An act that may have an agent the text leaves out: a nominal, a finite passive with no by-agent, or
    one whose subject undergoes it; only these get an implied agent (:func:`implied_parties`)."""
    finite = t.dep_ != "acl" and (is_passive(t) or (t.dep_ == "conj" and t.tag_ == "VBN" and is_passive(t.head)))
    return t.pos_ in NOUN_POS or (finite and not agent_tokens(t)) or LexFlag.TSUBJ in entry.flags


def implied_agent_code(t: Token, e: LexEntry) -> bool:
    """Whether a nominal act of entry ``e`` named with no source may get one (:func:`implied_parties`,
    :func:`multipolar.events.unnamed.unnamed_noun_parties`): a protest, violence, a mutual act, an act
    coordinated on a verb, or a code with an implicit agent (arrests, expulsions); not a reprisal, which
    the side it answers makes, no unidentified force ("talk of retaliatory action against Iran")."""
    cameo = e.cameo
    if reprisal_word(t):
        return False
    return cameo[:2] in (CameoRoot.PROTEST, *VIOLENCE_ROOTS) or LexFlag.RECIP in e.flags \
        or (t.dep_ == "conj" and t.head.pos_ == "VERB") or cameo[:3] in EXPULSION_CODES \
        or implicit_sector(cameo) is not None


def implied_parties(m: Match, spec: EventSpec, args: Arguments,
                    match_verb: Callable[[Token], Match | None]) -> EventSpec:
    """An agentless material act on a named victim ("was arrested", "the killing of two clerics")
    gets its implied agent: the police for arrests, an unidentified force for violence; a protest its
    place's government; leaving office one's own government. ``match_verb`` matches a coordinated first act."""
    if spec.source is not None and spec.target is not None:
        return spec
    t = m.token
    if spec.target is None and spec.source is not None and spec.source.code and LexFlag.OWNTARGET in m.entry.flags \
            and spec.source.sector != Sector.BUS and (spec.cameo[:2] != CameoRoot.STATEMENT or owned_fault(t)):
        # leaving office is aimed at one's own government ("the king announced his abdication"); a company's
        # officer leaves the company ("a vice president of Chase Manhattan Corp resigned")
        return _aimed_at_own_government(spec, t, spec.source.code, "/own-country")
    if spec.target is None and spec.source is not None and spec.cameo[:2] == CameoRoot.PROTEST:
        # a protest or strike names no target: it is aimed at the government of its place
        # ("Israeli unions began a nationwide strike" -> ISR GOV)
        if spec.source.code is None or spec.source.sector in GOVERNING_SECTORS:
            return spec  # a government's protest is diplomatic: its target must be named
        return _aimed_at_own_government(spec, t, spec.source.code, "/implicit-target")
    if spec.source is None and spec.target is not None and spec.cameo[:2] == CameoRoot.PROTEST and t.pos_ == "NOUN":
        return _protesters(spec, t, args)
    # a finite passive ("was arrested", "were killed and wounded"); a participle modifying a noun
    # ("prisoners captured during the war") only describes its noun
    if spec.source is not None or spec.target is None:
        return spec
    if LexFlag.NAMEDAGENT in m.entry.flags and spec.target.sector not in POLITICAL_VICTIMS:
        return spec  # "the murder of a shopkeeper": crime news unless the victim has a political role
    agentless = implicit_agentless(t, m.entry)
    mention = implicit_agent(t, spec.cameo, args.context) if agentless else None
    if mention is None and agentless and t.dep_ == "conj" and t.head.pos_ == "VERB":
        # "was kidnapped ... and later released", "was arrested and released": the first act's agent
        first = match_verb(t.head)
        mention = implicit_agent(t.head, first.entry.cameo, args.context) if first is not None else None
    if mention is None:
        return spec
    code = mention.code or None
    target = spec.target.mention
    # "eleven people, including two Americans, were killed": one act, the agent of the whole group
    member = target.end > target.start and included_member(t.doc[target.start])
    if spec.cameo[:3] in EXPULSION_CODES and code == spec.target.code:
        return spec  # one is sent out of another's state: deportees the context places there name no agent
    if mention.sector == Sector.UAF and code and spec.target.code and code != spec.target.code and not member:
        code = None  # "an Italian was taken hostage in Iraq": an unidentified force is not the place's
    if code is None and mention.sector in DOMESTIC_AUTHORITIES and spec.target.code:
        code = spec.target.code  # unplaced: one is tried or arrested by one's own country's authorities
    return EventSpec(Participant(code, mention.sector, mention.text, CONF_IMPLICIT, mention),
                     spec.target, spec.cameo, spec.rule + "/implicit")


def _protesters(spec: EventSpec, trigger: Token, args: Arguments) -> EventSpec:
    """A protest against a party, not a place ("demonstrations against President X"), that names no
    protesters is by the people of its place, else, aimed at a state organ or leader ("against the Thai
    government"), by that state's own people (protests against a whole state are often abroad)."""
    target = spec.target
    if target is None or target.mention.kind in STATE_NAME_KINDS:
        return spec  # "rampages in Ivory Coast": a place is where it happened, not whom it is against
    code = args.context.country_for(trigger, near_only=True)
    if not code and target.code and target.sector in GOVERNING_SECTORS and single_state(target.mention):
        code = target.code
    if not code:
        return spec
    people = implied_mention(trigger, code, Sector.CVL, "implicit:CVL")
    return EventSpec(Participant(code, Sector.CVL, "", CONF_IMPLICIT, people), target, spec.cameo,
                     spec.rule + "/implicit")


def _aimed_at_own_government(spec: EventSpec, trigger: Token, code: str, suffix: str) -> EventSpec:
    """``spec`` with the government of ``code`` as its implied target (rule marked with ``suffix``)."""
    gov = implied_government(trigger, code)
    return EventSpec(spec.source, Participant(code, Sector.GOV, gov.text, CONF_IMPLICIT, gov), spec.cameo,
                     spec.rule + suffix)
