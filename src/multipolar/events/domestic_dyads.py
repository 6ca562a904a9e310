"""Domestic dyads (``data/domestic.tsv``): an unnamed party with no country takes the country of the
party facing it at home (police and protesters, government and rebels), unless it is coordinated with
a state's organ ("the White House and senators": American); the venue of talks does not place a party;
a nationality word standing for people is its country's civilians."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from spacy.tokens import Doc

from multipolar.actors.lookup import LOCATED_RULE
from multipolar.actors.tables import SECTORS, STATE_SECTORS
from multipolar.datafiles import data_file, read_table, read_words
from multipolar.events.agents import OFFICE_SECTORS, PARTY_SECTORS
from multipolar.events.arguments import Participant
from multipolar.events.events import EventSpec
from multipolar.events.lobbies import CREDITOR_RULE
from multipolar.events.ontology import is_cooperation
from multipolar.events.pairing import mutual_code
from multipolar.events.placing import (
    BASED_PARTICIPLES,
    UNPLACED_SECTORS,
    CountryContext,
    capital_metonym,
    counterpart,
)
from multipolar.events.targets import VISIT
from multipolar.nlp.labels import NOUN_ATTRIBUTES, NOUN_MODIFIERS
from multipolar.records import MentionKind, Sector
from multipolar.reference import CameoRoot, is_state_code


class Support(StrEnum):
    """Whether a domestic pairing also holds for one-way cooperation (data/domestic.tsv)."""

    YES = "yes"
    NO = "no"


@dataclass(frozen=True)
class Lenders:
    """The sectors facing an unnamed party at home, and whether they lend for one-way cooperation."""

    sectors: frozenset[str]
    support: bool


@lru_cache(maxsize=1)
def domestic_lenders() -> dict[str, Lenders]:
    """Sector of an unnamed party -> the sectors facing it at home, which lend it their country."""
    out: dict[str, Lenders] = {}
    for row in read_table(data_file(__file__, "domestic.tsv"), ("sector", "from", "support"), header=True):
        if row["sector"] not in PARTY_SECTORS:
            raise row.error(f"not a party sector: {row['sector']} ({', '.join(sorted(PARTY_SECTORS))})")
        unknown = set(row.items("from")) - SECTORS
        if unknown:
            raise row.error(f"unknown sector: {', '.join(sorted(unknown))}")
        out[row["sector"]] = Lenders(frozenset(row.items("from")), row.choice("support", Support) == Support.YES)
    return out


#: Unnamed parties that asking a state for an act does not place in it ("rebels asked Nigeria to mediate").
ASKING_UNLENT = frozenset({Sector.REB})
#: An unidentified force keeps its null code (the guide: "a car bomb" has a null source).
NEVER_PLACED = frozenset({Sector.UAF})


#: Civil organs of a state: where the document names no other country, they lend theirs to any
#: unnamed party they deal with (troops are left out: they act abroad as often as at home).
CIVIL_STATE_SECTORS = STATE_SECTORS - {Sector.MIL}


def _lend(party: Participant, other: Participant, only: str | None, one_way_support: bool,
          asking: bool = False) -> Participant:
    """``party``'s country lent by ``other`` ("police arrested protesters"); ``asking``: ``party`` asks ``other``
    for an act (02), where only the sectors of ``domestic.tsv`` lend, not the one state of the story."""
    if party.code is not None or other.code is None or not is_state_code(other.code) or party.sector in NEVER_PLACED \
            or party.mention.rule.startswith(CREDITOR_RULE):
        return party  # "a car bomb"; "Peru and its creditors": a state's creditors are not its own
    if party.sector in OFFICE_SECTORS and other.mention.kind in (MentionKind.COUNTRY, MentionKind.METONYM):
        return party  # "the Commerce Department accused Japan", "officials condemned Tokyo": not Japan's
    lenders = domestic_lenders().get(party.sector or "")
    # troops take the country of the people of a place only, not that of "two Britons" they killed
    if lenders is not None and other.sector in lenders.sectors and (lenders.support or not one_way_support) \
            and (party.sector not in UNPLACED_SECTORS or placed_people(other)):
        return replace(party, code=other.code)
    if other.code == only and other.sector in CIVIL_STATE_SECTORS and not (asking and party.sector in ASKING_UNLENT):
        return replace(party, code=other.code)  # not "rebels asked Nigeria to mediate": Nigeria is asked
    return party


def placed_people(party: Participant) -> bool:
    """Is ``party`` named by role and placed by its place only ("protesters in Khartoum", "villagers near
    Kidal"), not by a nationality ("Palestinian protesters", "two Britons")?"""
    return party.mention.kind == MentionKind.UNRESOLVED or party.mention.rule.startswith(LOCATED_RULE)


def _unplaced(party: Participant, other: Participant, context: CountryContext) -> Participant:
    """An unnamed party placed by the venue of a meeting, not by a place of its own, drops that country;
    so does one whose "in" place lies in another country than the state it deals with ("the Sudanese
    government signed a deal with rebels in Nairobi": the venue; "rebels in Darfur" keep Sudan)."""
    if party.mention.kind != MentionKind.UNRESOLVED or party.code is None:
        return party
    tok = context.doc[party.mention.start]
    place = context.place_of(tok)
    if place is None:
        return replace(party, code=None)
    based = any(c.dep_ == "amod" and c.lemma_.lower() in BASED_PARTICIPLES for c in tok.children)
    if based or other.code is None or not is_state_code(other.code) or place == other.code:
        return party  # "Pakistan-based militants", "rebels in Darfur"
    return replace(party, code=None)


def _alone(context: CountryContext | None, party: Participant, code: str | None) -> bool:
    """No state but ``code`` is named in the party's sentence: "lawyers urged Peru's court and the
    Chilean government" leaves the lawyers unplaced."""
    if context is None or code is None:
        return True
    sent = context.doc[min(party.mention.start, len(context.doc) - 1)].sent
    return {m.code for m in context.named if sent.start <= m.start < sent.end} <= {code}


def _conjoined(party: Participant, context: CountryContext | None, lent: Participant) -> Participant:
    """An unnamed party coordinated with one state's named organs keeps that state ("the White House and
    congressional leaders met the Japanese envoy": American leaders), whoever it faces; else ``lent``."""
    m = party.mention
    if context is None or m.kind != MentionKind.UNRESOLVED or m.end <= m.start or m.rule.startswith(CREDITOR_RULE):
        return lent
    head = context.doc[m.end - 1]
    if not any(c.dep_ == "cc" for t in (head, *head.conjuncts) for c in t.children):
        return lent  # "an aide to leader X, who ...": an apposition misread as a coordination
    codes = {x.code for c in head.conjuncts if (x := context.index.get(c.i)) is not None
             and x.code is not None and is_state_code(x.code)}
    if len(codes) != 1:
        return lent
    code = codes.pop()
    return party if code == party.code else replace(party, code=code)


def domestic(spec: EventSpec, only: str | None = None, context: CountryContext | None = None) -> EventSpec:
    """An unnamed party with no country takes the country of a party facing it at home (``only``:
    the one state the document names, lent by its civil organs), where its sentence names no other
    state or the act is mutual. In talks and agreements the venue does not place the parties ("the
    government and rebels met in Oslo": the government's rebels)."""
    s0, t0 = spec.source, spec.target
    if s0 is None or t0 is None or counterpart(s0.mention) or counterpart(t0.mention):
        return spec  # "met his Pakistani counterpart": the counterpart's state is the other one
    mutual = spec.within_group or "/recip" in spec.rule or "/each-other" in spec.rule or mutual_code(spec.cameo)
    one_way = is_cooperation(spec.cameo) and not mutual
    s, t = s0, t0
    if context is not None and mutual and is_cooperation(spec.cameo):
        s, t = _unplaced(s0, t0, context), _unplaced(t0, s0, context)
    asking = spec.cameo[:2] == CameoRoot.APPEAL
    s2 = _lend(s, t, only, one_way, asking) if mutual or _alone(context, s, t.code) else s
    t2 = _lend(t, s, only, one_way) if mutual or _alone(context, t, s.code) else t
    s2 = s0 if s2.code is None or s2.code == s0.code else s2  # not lent: as it was
    t2 = t0 if t2.code is None or t2.code == t0.code else t2
    s2, t2 = _conjoined(s0, context, s2), _conjoined(t0, context, t2)
    if s2 is s0 and t2 is t0:
        return spec
    return EventSpec(s2, t2, spec.cameo, spec.rule + "/domestic", spec.within_group)


#: Goods, trade and markets a nationality word marks as its country's, not as its people.
NATIONAL_THINGS: frozenset[str] = read_words(data_file(__file__, "words/national_things.txt"))


def people_target(spec: EventSpec, doc: Doc) -> EventSpec:
    """A nationality word standing for people ("evacuated thousands of French", "French expatriates")
    is the civilians of its country: a state acting on its own nationals is a domestic event; one marking
    the source's own goods or market ("Japanese-made chips", "Japanese imports") is no party."""
    t = spec.target
    if spec.source is None or t is None or t.sector is not None or t.mention.kind != MentionKind.DEMONYM \
            or t.mention.end <= t.mention.start:
        return spec
    tok = doc[t.mention.end - 1]
    head = tok.head
    if tok.dep_ == "npadvmod" and head.pos_ == "VERB" and head.dep_ == "amod":
        tok, head = head, head.head  # "Japanese-made chips": the participle modifies the thing
    thing = tok.dep_ in NOUN_MODIFIERS and head.lemma_.lower() in NATIONAL_THINGS
    if not spec.is_self():
        if thing and t.code == spec.source.code:
            # "the premier said he would show proof that Korean-made steel sales are growing": its own goods
            # are no party to the act
            return EventSpec(spec.source, None, spec.cameo, spec.rule + "/own-goods", spec.within_group)
        return spec
    nominal = tok.dep_ not in ("amod", "compound", "nmod", "poss")
    people = tok.dep_ in NOUN_ATTRIBUTES and head.tag_ == "NNS" and head.i not in (doc._.actor_index or {}) \
        and not thing
    if not (nominal or people):
        return spec
    civilians = replace(t, sector=Sector.CVL)
    return EventSpec(spec.source, civilians, spec.cameo, spec.rule + "/nationals", spec.within_group)


def _whole_state(other: Participant, context: CountryContext) -> bool:
    """Does ``other`` name a state as a whole: its name, or its capital standing for it ("Tokyo"), not an
    organ of it ("Congress"), nor a capital modifying a noun ("the Madrid bombings")?"""
    m = other.mention
    if m.kind == MentionKind.COUNTRY:
        return True
    if m.kind != MentionKind.METONYM or m.end <= m.start or context.doc[m.end - 1].dep_ in NOUN_ATTRIBUTES:
        return False
    return capital_metonym(m, other.code)


#: Roots of contact (consult, meet, visit): a named foreign leader is as often the guest as the host.
CONTACT_ROOTS = frozenset({CameoRoot.CONSULT})
#: Unnamed parties a named leader meets at home as often as abroad ("met with aides", "met farm leaders").
STAFF_WORDS: frozenset[str] = read_words(data_file(__file__, "words/staff_nouns.txt"))


def _facing(party: Participant, other: Participant, cameo: str, context: CountryContext) -> bool:
    """Does ``other`` stand for a state that an unnamed party meets or acts on from elsewhere: the state
    named as a whole, or a named leader an unnamed government party has contact with (not the leader's own
    aides; legislators meet their own ministers as often)?"""
    if _whole_state(other, context):
        return True
    return other.mention.kind == MentionKind.LEADER and cameo[:2] in CONTACT_ROOTS and party.sector == Sector.GOV \
        and context.doc[party.mention.end - 1].lower_ not in STAFF_WORDS


def _placed_near(party: Participant, context: CountryContext) -> bool:
    """Is an unnamed party placed by words of its own: a state in its phrase ("U.S. officials") or a
    place of its clause ("officials in Ottawa")?"""
    m = party.mention
    tok = context.doc[m.end - 1]
    words = [*context.doc[m.start:m.end], *(c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss"))]
    if any((x := context.index.get(w.i)) is not None and x.code == party.code for w in words):
        return True
    return context.country_for(tok, near_only=True) == party.code


def unfaced(spec: EventSpec, context: CountryContext | None) -> EventSpec:
    """An unnamed office holder or state organ that the story's context placed in the very state its act
    faces, named as a whole ("ministers called for cooperation with Japan", "Moscow spurned the
    administration"), is left unplaced: it deals with that state from elsewhere, or the text does not say."""
    s, t = spec.source, spec.target
    if context is None or s is None or t is None or s.code is None or s.code != t.code:
        return spec
    for party, other in ((s, t), (t, s)):
        # a visitor placed in the state it visits comes from elsewhere ("foreign ministers arrived in Cairo")
        visitor = spec.cameo == VISIT and party is s
        if party.mention.kind == MentionKind.UNRESOLVED and party.sector in OFFICE_SECTORS \
                and party.mention.end > party.mention.start \
                and (visitor or (_facing(party, other, spec.cameo, context) and not _placed_near(party, context))):
            party2 = replace(party, code=None)
            s2, t2 = (party2, t) if party is s else (s, party2)
            return EventSpec(s2, t2, spec.cameo, spec.rule + "/unfaced", spec.within_group)
    return spec
