"""Attackers: the one an act of violence names when the act itself is the subject of a casualty verb
("a bombing by Hamas militants killed six"), and the unidentified attacker a lone person is ("a woman
blew herself up")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.hyphens import premodifiers
from multipolar.events.placing import ATTACK_NOUNS, capital_metonym
from multipolar.events.syntax import prep_objects
from multipolar.records import MentionKind, Sector

#: Nouns of one unnamed person, an unidentified attacker as the agent of violence ("a woman blew herself up").
LONE_ATTACKERS: frozenset[str] = read_words(data_file(__file__, "words/lone_attackers.txt"))

#: Mentions that say where an act happened, not who did it ("a Baghdad car bombing").
PLACE_MENTIONS = frozenset({MentionKind.PLACE, MentionKind.METONYM})
#: Participles by which a vehicle names whom it carried ("a bus carrying pilgrims").
CARRYING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/carrying_verbs.txt"))
#: Nouns of a fight whose "with" phrase names the other side ("killed in fighting with X").
MUTUAL_FIGHT_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/mutual_fight_nouns.txt"))
#: Confidence of an attacker read off the act noun.
CONF_ACT_AGENT = 0.7


def act_owners(act: Token) -> list[Token]:
    """The owner and the non-noun modifiers of an act noun: "Israel" in "Israel's raid", "US" in "a US
    air strike"."""
    return [c for c in act.children if c.dep_ == "poss" or (c in premodifiers(act) and c.pos_ != "NOUN")]


def fight_opponents(acts_in: list[Token]) -> list[Token]:
    """The other side of a fight a passive casualty verb's victims were hit in: "were killed in fighting
    with Azerbaijani forces", "hurt in a brief exchange of fire with Omani troops" (the "with" phrase on
    the fight noun or on its of-object)."""
    fights = [a for a in acts_in if a.lemma_.lower() in MUTUAL_FIGHT_NOUNS]
    return prep_objects(fights + prep_objects(fights, ("of",)), ("with",))


def act_agents(subjects: list[Token], args: Arguments, acts: frozenset[str]) -> list[Participant]:
    """The agent of the violent act nouns among ``subjects`` (lemmas in ``acts``): its "by" object
    ("an attack by Taliban fighters"), else its owner or a non-place modifier ("Israel's raid",
    "a US air strike")."""
    out: list[Participant] = []
    for s in subjects:
        if s.lemma_.lower() not in acts:
            continue
        agents = prep_objects([s], ("by",))
        found = args.participants(agents, CONF_ACT_AGENT)
        if not found and not agents:
            owned = args.participants(act_owners(s), CONF_ACT_AGENT)
            found = [p for p in owned if p.mention.kind not in PLACE_MENTIONS]
        out += found
    return out


def act_sites(sources: list[Participant], subjects: list[Token], acts: frozenset[str]) -> list[Participant]:
    """``sources`` less the place or capital that modifies a violent act noun among ``subjects`` ("the
    Kandahar bombing killed ten", "the Madrid bombings killed ..."): where the act happened, not its doer."""
    spans = [(s.left_edge.i, s.i) for s in subjects if s.lemma_.lower() in acts]
    return [p for p in sources if not (
        (p.mention.kind == MentionKind.PLACE or capital_metonym(p.mention))
        and any(start <= p.mention.start and p.mention.end <= end for start, end in spans))]


def enclosing_attackers(act: Token, args: Arguments) -> list[Participant]:
    """The doer of the attack a violent act happened in ("the killing of civilians in a US air raid",
    "the killing of two guards during an attack by rebels"): that attack's by-agent, else its owner."""
    attacks = [a for a in prep_objects([act], ("in", "during")) if a.lemma_.lower() in ATTACK_NOUNS]
    return act_agents(attacks, args, ATTACK_NOUNS)


def lone_attackers(verb: Token, sources: list[Participant]) -> list[Participant]:
    """An unnamed person who commits violence ("a woman blew herself up", "a man opened fire") is an
    unidentified attacker: the guide's null source with sector UAF, not a civilian of the place."""
    doc = verb.doc
    return [replace(p, code=None, sector=Sector.UAF) if p.mention.kind == MentionKind.UNRESOLVED
            and p.sector == Sector.CVL and p.mention.end > p.mention.start
            and doc[p.mention.end - 1].lemma_.lower() in LONE_ATTACKERS else p for p in sources]


def carried_targets(verb: Token, args: Arguments, targets: list[Participant]) -> list[Participant]:
    """An attack on a vehicle hits whom it carried: "ambushed a bus carrying Ugandan soldiers",
    "fired on a truck carrying election workers"; else ``targets``."""
    hit = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects([verb], ("on", "at"))
    carried = [o for h in hit for a in h.children if a.dep_ == "acl" and a.lemma_.lower() in CARRYING_VERBS
               for o in a.children if o.dep_ == "dobj"]
    return args.participants(carried, CONF_ACT_AGENT) or targets
