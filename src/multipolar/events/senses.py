"""Trigger senses: the words of a name, a game score, a reference to an earlier event and a speech verb
that only attributes the act it reports are no news event; a casualty verb with a bomb as its subject is a
bombing; an attack on property by protesters is a riot; a gathering is a protest only with a cue; an
arrest by rebels or gunmen is an abduction; the casualty clause of a targeted attack is that attack; a
trade or aid noun naming a standing flow is no transfer ("arms sales to Taiwan are rising"); an act that
helps is no party's aid ("his visit will help"). Peacekeeping deployments: :mod:`multipolar.events.hosts`."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from spacy.tokens import Doc, Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.agents import party_nouns
from multipolar.events.arguments import Arguments
from multipolar.events.asked import anonymity_request, asked_question
from multipolar.events.attributes import attributive_participle
from multipolar.events.candidate import Outcome
from multipolar.events.conjunctions import conditional_conjunction
from multipolar.events.declined import declined_comment
from multipolar.events.events import EventSpec
from multipolar.events.force_idioms import military_means
from multipolar.events.hyphens import common_hyphen_modifier
from multipolar.events.judged import progress, trend
from multipolar.events.lexicon import SPEECH_VERBS, LexEntry, LexFlag, TriggerPos
from multipolar.events.markets import market_move
from multipolar.events.matching import Match
from multipolar.events.reported_parties import buried_unowned
from multipolar.events.syntax import (
    CASUALTY_VERBS,
    agent_tokens,
    content_head,
    is_passive,
    object_tokens,
    patient_tokens,
    prep_objects,
    subject_tokens,
)
from multipolar.nlp.labels import (
    ACTIVE_SUBJECTS,
    AUXILIARIES,
    COMPLEMENT_CLAUSES,
    COPULA_COMPLEMENTS,
    NOMINAL_SUBJECTS,
    NOUN_ATTRIBUTES,
    VERB_OBJECTS,
)
from multipolar.records import ActorMention, MentionKind, Sector
from multipolar.reference import CameoRoot

_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")


#: Words that place a clause in a game ("in the final", "in the World Cup").
SPORTS_WORDS: frozenset[str] = read_words(data_file(__file__, "words/sports_words.txt"))


def sports_score(trigger: Token) -> bool:
    """A game score or a game word in the trigger's clause ("beat Angola 89-53", "beat Brazil in the
    final"): a match, not an assault."""
    return any(_SCORE.match(t.text) or t.lemma_.lower() in SPORTS_WORDS or _split_score(t)
               for c in trigger.children for t in c.subtree)


def _split_score(token: Token) -> bool:
    """A score the tokenizer split into number, dash, number ("a 3-1 win")."""
    doc, i = token.doc, token.i
    return token.text == "-" and 0 < i < len(doc) - 1 and all(
        doc[j].text.isdigit() and len(doc[j].text) <= 3 for j in (i - 1, i + 1))


#: Nouns whose ``of`` complement only names an earlier event: "victims of the bombings".
REFERENCE_HEADS: frozenset[str] = read_words(data_file(__file__, "words/reference_heads.txt"))


def names_earlier_event(noun: Token) -> bool:
    """A nominal trigger that identifies people or a date by an earlier event ("the victims of the
    bombings", "the anniversary of his arrest"), not the news of the report."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "of" or head.head.i == head.i:
        return False
    owner = head.head  # "Victims" at the start of a sentence may be tagged a proper noun: its form counts too
    return not REFERENCE_HEADS.isdisjoint({owner.lemma_.lower(), owner.lower_, owner.lower_.removesuffix("s")})


#: Outcomes of a reported clause's trigger that tell no act: the speech verb is no mere reporting frame
#: ("Americans should not travel there, the State Department said" comments on the country).
UNREPORTED = frozenset({Outcome.NEGATED, Outcome.HYPOTHETICAL, Outcome.QUESTION, Outcome.NON_EVENT,
                        Outcome.NO_LIGHT_VERB, Outcome.CONSUMED, Outcome.LIGHT_VERB})


def tells_act(match: Match | None, outcome: Outcome | None) -> bool:
    """A trigger of a reported clause tells an act: matched, not unreal, not a statement still to be
    weighed ("predicted Iran would retaliate, though he said ..."), and not a nominal act with no
    actor (a topic: "optimistic about the talks")."""
    if match is None or outcome in UNREPORTED or (outcome is None and LexFlag.WEAK in match.entry.flags):
        return False
    return not (outcome == Outcome.NO_ACTOR and match.entry.pos == TriggerPos.NOUN)


def reports_act(verb: Token, matches: dict[int, Match | None], outcomes: dict[int, Outcome]) -> bool:
    """The clause a speech verb introduces tells an act of the lexicon: the verb only attributes it."""
    doc = verb.doc  # the triggers of the clause's subtree: the clause itself and the words below it
    for clause in verb.children:
        if clause.dep_ in COMPLEMENT_CLAUSES and any(
                i != verb.i and tells_act(m, outcomes.get(i)) and (i == clause.i or clause.is_ancestor(doc[i]))
                and not buried_unowned(clause, doc[i], outcomes.get(i)) for i, m in matches.items()):
            return True
    return False


#: Verbs of holding: "has nuclear weapons" tells what a party owns, not a transfer (roots below).
POSSESSION_VERBS: frozenset[str] = read_words(data_file(__file__, "words/possession_verbs.txt"))
#: Roots of aid, whose noun under a verb of holding is no transfer.
HELD_AID_ROOTS = frozenset({CameoRoot.AID})


def goods_held(m: Match, light: tuple[Token, str] | None) -> bool:
    """A nominal of material aid ("weapons", "funds") whose support verb is one of holding: "Syria has
    chemical weapons" is no arms delivery."""
    return m.entry.pos == TriggerPos.NOUN and m.entry.cameo[:2] in HELD_AID_ROOTS and light is not None \
        and light[0].lemma_.lower() in POSSESSION_VERBS


def _misread_noun_subject(t: Token) -> bool:
    """A plural noun the parser took for a verb, as a subject or heading a clausal subject ("that
    talks/VBZ with X had been constructive"): a bare verb form with no subject, marker or auxiliary of its own."""
    return t.dep_ in ACTIVE_SUBJECTS and t.pos_ == "VERB" and t.tag_ in ("VBZ", "NNS") and not any(
        c.dep_ in NOMINAL_SUBJECTS or c.dep_ in AUXILIARIES or c.dep_ == "mark" for c in t.children)


def judged_topic(m: Match) -> bool:
    """A nominal act that is the subject of a predicate the speaker judges it by, in a reported clause
    ("said India's deployment was provocative", "said the talks with X had been constructive", "had
    stalled", "were going badly"): the statement is about the act's owner or the dealings, no new act."""
    n = m.token
    cop = n.head
    if not (n.dep_ == "nsubj" and m.entry.pos == TriggerPos.NOUN) and not _misread_noun_subject(n):
        return False
    if cop.dep_ != "ccomp" or cop.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    if cop.lemma_ == "be" and any(c.dep_ in COPULA_COMPLEMENTS for c in cop.children):
        return True
    # "said the negotiations with X had stalled": a comment on them; "had made progress" tells they went on
    return trend(cop, n) is not None and progress(cop) is None


def addressed_specs(verb: Token, specs: list[EventSpec]) -> list[EventSpec]:
    """The specs of a speech verb whose target is the party it addresses ("X told Y that ...",
    "briefed Y on", "said to Y"): a statement to that party even when the reported clause codes no
    act of its own. A target found only in the reported clause is no addressee."""
    spans = {i for t in addressees(verb) for i in range(t.left_edge.i, t.right_edge.i + 1)}
    return [x for x in specs if x.target is not None and x.target.mention.start in spans]


def addressees(verb: Token) -> list[Token]:
    """The words a speech verb addresses: its object, dative or "to" phrase ("told Y", "said to Y")."""
    return object_tokens(verb) + [c for c in verb.children if c.dep_ == "dative"] + prep_objects([verb], ("to",))


#: Verbs that accuse when they report a "that"-clause ("charged that Egypt was backing the rebels").
CLAUSE_ACCUSING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/clause_accusing_verbs.txt"))
ACCUSE = "112"


def clause_accusation_code(m: Match) -> str | None:
    """112 for a verb of :data:`CLAUSE_ACCUSING_VERBS` with a finite reported clause and no object
    ("charged that Egypt was backing the rebels"); None where it keeps its own code ("charged him")."""
    verb = m.token
    if m.entry.pos != TriggerPos.VERB or verb.lemma_.lower() not in CLAUSE_ACCUSING_VERBS or m.entry.cameo == ACCUSE:
        return None
    if is_passive(verb) or any(c.dep_ in VERB_OBJECTS for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and (subject_tokens(c) or patient_tokens(c))]
    return ACCUSE if clauses else None


#: Nouns for a bomb or its blast (the verbs that report casualties: syntax.CASUALTY_VERBS).
EXPLOSIVE_WORDS: frozenset[str] = read_words(data_file(__file__, "words/explosive_words.txt"))
BLAST_WORDS: frozenset[str] = read_words(data_file(__file__, "words/blast_words.txt"))
#: Words that make a blast a bombing beside it ("a car bomb blast", "a suicide explosion").
BOMB_MODIFIERS: frozenset[str] = EXPLOSIVE_WORDS | read_words(data_file(__file__, "words/bomb_modifiers.txt"))


def explosive(head: Token) -> bool:
    """A bomb ("a roadside bomb"), or a blast a bomb word qualifies ("a car bomb blast", "a suicide
    explosion"); not a bare blast ("a gas explosion")."""
    lemma = head.lemma_.lower()
    if lemma in EXPLOSIVE_WORDS:
        return True
    return lemma in BLAST_WORDS and any(c.dep_ in NOUN_ATTRIBUTES and c.lemma_.lower() in BOMB_MODIFIERS
                                        for c in head.children)


def explosive_subject_code(m: Match, match_noun: Callable[[Token], Match | None],
                           match_verb: Callable[[Token], Match | None]) -> str | None:
    """The assault code of a casualty verb whose subject is a bomb or a bombing ("a roadside bomb
    killed two soldiers", "a suicide bombing wounded 30"; passive: "were killed by a roadside bomb",
    "were killed in a car bombing"), or whose when-clause is a bombing ("were killed when militants blew
    up a tunnel"): the noun's or verb's own code (``match_noun``, ``match_verb``), else 183; None where
    the verb keeps its own code (armed fighting, or not a casualty verb)."""
    verb = m.token
    if m.entry.pos != TriggerPos.VERB or m.entry.cameo[:2] != CameoRoot.FIGHT \
            or verb.lemma_.lower() not in CASUALTY_VERBS:
        return None
    causes = agent_tokens(verb) + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                                   for g in c.children if g.dep_ == "pobj"] if is_passive(verb) \
        else subject_tokens(verb)
    for subj in causes:
        head = content_head(subj)
        noun = match_noun(head)
        if noun is not None and noun.entry.cameo[:2] == CameoRoot.ASSAULT:
            return noun.entry.cameo
        if explosive(head):
            return "183"
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if any(k.dep_ == "advmod" and k.lower_ == "when" for k in clause.children):
            act = match_verb(clause)
            if act is not None and act.entry.cameo[:2] == CameoRoot.ASSAULT and LexFlag.NONEVENT not in act.entry.flags:
                return act.entry.cameo
    return None


#: People who protest, and other crowds whose attack on property is a riot.
PROTEST_PARTIES: frozenset[str] = read_words(data_file(__file__, "words/protest_parties.txt"))
RIOT_PARTIES: frozenset[str] = PROTEST_PARTIES | read_words(data_file(__file__, "words/riot_parties.txt"))
#: Nouns after "in" that make a gathering a protest ("in protest", "in solidarity").
PROTEST_PURPOSES: frozenset[str] = read_words(data_file(__file__, "words/protest_purposes.txt"))
#: Acts that are a protest when a crowd does them: seizing or destroying property, blockading (a riot);
#: occupying a square or a building (a demonstration, as a sit-in).
CROWD_CODES = {"171": "145", "1712": "145", "191": "145", "192": "141"}
RIOT_VERBS: frozenset[str] = read_words(data_file(__file__, "words/riot_verbs.txt"))
RIOT = "145"
#: Parts of speech of a victim that is a person (a pronoun, a number of people, a name).
PERSON_POS = frozenset({"PRON", "NUM", "PROPN"})
#: Sectors of party nouns that name people only (not an institution such as "parliament" or "the court").
PEOPLE_SECTORS = frozenset({Sector.CVL, Sector.COP, Sector.MIL, Sector.UAF, Sector.REB, Sector.CRM, Sector.JRN,
                            Sector.REF, Sector.EDU})
#: Roots of a purpose clause that makes a gathering a protest: demands, criticism, rejection, protest.
PROTEST_PURPOSE_ROOTS = frozenset({CameoRoot.DEMAND, CameoRoot.DISAPPROVE, CameoRoot.REJECT, CameoRoot.PROTEST})
#: Roots of a purpose clause that make a crowd's gathering a rally: "thousands gathered to urge the government".
CROWD_PURPOSE_ROOTS = frozenset({CameoRoot.APPEAL})
#: Subjects naming a crowd ("thousands of farmers", "a crowd").
CROWD_WORDS: frozenset[str] = read_words(data_file(__file__, "words/crowd_words.txt"))


def _subject_lemmas(verb: Token) -> set[str]:
    return {content_head(s).lemma_.lower() for s in subject_tokens(verb)}


def riot_code(m: Match) -> str | None:
    """145 for an attack on property, a storming or a blockade whose subject is a crowd of protesters
    ("rioters torched cars", "demonstrators stormed the council"), 141 for their occupation of a place
    ("protesters occupied the square"); None where the act keeps its code (an assault on people stays
    an assault: "a mob beat two men")."""
    verb = m.token
    code = RIOT if verb.lemma_.lower() in RIOT_VERBS else CROWD_CODES.get(m.entry.cameo)
    if m.entry.pos != TriggerPos.VERB or is_passive(verb) or code is None:
        return None
    if _subject_lemmas(verb).isdisjoint(RIOT_PARTIES):
        return None
    victims = [content_head(o) for o in object_tokens(verb) + prep_objects([verb], ("to",))]
    if any(v.pos_ in PERSON_POS or _people_noun(v) for v in victims):
        return None  # "set two of them on fire", "attacked police": people, not property
    return code


def _people_noun(noun: Token) -> bool:
    """A noun of people (civilians, police, soldiers ...), not of an institution ("parliament")."""
    nouns = party_nouns()
    return (nouns.get(noun.lower_) or nouns.get(noun.lemma_.lower())) in PEOPLE_SECTORS


def protest_cue(verb: Token, verb_roots: Callable[[str], set[str]]) -> bool:
    """A gathering is a protest: its subject protests ("demonstrators gathered"), a purpose clause
    demands, condemns or protests ("gathered to demand", "assembled, chanting slogans against"), or, for
    a crowd, appeals ("thousands gathered to urge the government"), or it is "in protest" ("in
    solidarity"). ``verb_roots``: the CAMEO roots a verb lemma's entries code."""
    if not _subject_lemmas(verb).isdisjoint(PROTEST_PARTIES):
        return True
    crowd = any(s.lower_ in CROWD_WORDS or s.lemma_.lower() in CROWD_WORDS for s in subject_tokens(verb))
    purposes = PROTEST_PURPOSE_ROOTS | CROWD_PURPOSE_ROOTS if crowd else PROTEST_PURPOSE_ROOTS
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and \
                not verb_roots(c.lemma_.lower()).isdisjoint(purposes):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in PROTEST_PURPOSES for g in c.children):
            return True
    return False


#: Non-state armed parties: their capture or detention of people is an abduction, not an arrest.
CAPTOR_SECTORS = frozenset({Sector.REB, Sector.UAF, Sector.CRM})
ARREST, SEIZURE, ABDUCTION = "173", "171", "181"


def captive_taking(spec: EventSpec) -> EventSpec:
    """181 for an arrest (173) by rebels, gunmen or criminals ("militants captured four Nepalese cooks",
    "gunmen detained a Turkish driver"): only authorities arrest; and for a seizure (171) of people named
    by their nationality ("kidnappers seized two Germans and a Dane"): people are abducted, not confiscated."""
    if spec.cameo == SEIZURE and spec.target is not None and spec.target.mention.kind == MentionKind.PEOPLE:
        return replace(spec, cameo=ABDUCTION, rule=f"{spec.rule}~people={ABDUCTION}")
    if spec.cameo != ARREST or spec.source is None or spec.source.sector not in CAPTOR_SECTORS:
        return spec
    return replace(spec, cameo=ABDUCTION, rule=f"{spec.rule}~captors={ABDUCTION}")


#: Parties whose violence is unconventional (CAMEO 18), not an army's conventional force (19): civilians,
#: criminals and an unidentified armed force ("gunmen", "a bomber", "a mob").
IRREGULAR_SECTORS = frozenset({Sector.CVL, Sector.CRM, Sector.UAF})
#: Conventional force and its unconventional counterpart: a bombing from the air is, by such parties, a bombing.
IRREGULAR_CODES = {"190": "180", "193": "180", "194": "180", "195": "183"}


#: Small-arms force that, by rebels on the unarmed, is an assault (shelling and air raids stay 19).
REBEL_ASSAULT_CODES = {"190": "180", "193": "180"}
#: Sectors of armed parties, and of a state named as a whole ("a U.S. convoy" GOV): rebels attacking them use
#: force (19), not an assault (18).
ARMED_TARGETS = frozenset({Sector.MIL, Sector.COP, Sector.REB, Sector.UAF, Sector.SPY, Sector.PRM, Sector.GOV})


def irregular_violence(spec: EventSpec, entry: LexEntry, trigger: Token) -> EventSpec:
    """18x for a one-sided act of force by civilians, criminals or an unidentified armed force ("gunmen
    killed six villagers" 180, "the embassy bombing" 183 where no army is named), or by rebels on
    unarmed people ("rebels killed 20 villagers", "insurgents shot dead a local official" 180);
    fighting between sides ("clashes", "fought") and force by an army's weapons ("a missile strike on a
    tanker", "air raids") stay 19."""
    code = IRREGULAR_CODES.get(spec.cameo)
    if code is None or LexFlag.RECIP in entry.flags or spec.within_group or spec.source is None:
        return spec
    if spec.source.sector == Sector.REB and spec.target is not None and spec.target.sector is not None \
            and spec.target.sector not in ARMED_TARGETS and spec.cameo in REBEL_ASSAULT_CODES:
        code = REBEL_ASSAULT_CODES[spec.cameo]
        return replace(spec, cameo=code, rule=f"{spec.rule}~unarmed={code}")
    if spec.source.sector not in IRREGULAR_SECTORS or military_means(trigger):
        return spec
    return replace(spec, cameo=code, rule=f"{spec.rule}~irregular={code}")


def act_subject(verb: Token, act_nouns: Mapping[str, tuple[LexEntry, ...]], args: Arguments) -> bool:
    """The verb's subjects are all act nouns ("his visit", "a Japanese loan", "ample supplies of crude"):
    the act helps, whoever owns it; no party is the agent. A party's own mention covers its head
    ("Japanese officials"); an agent noun ("Uruguayan suppliers": only entries whose owner is the target,
    "Y's main supplier") names a party."""
    def act(t: Token) -> bool:
        m = args.mention(t)
        entries = act_nouns.get(t.lemma_.lower(), ())
        return t.pos_ == "NOUN" and any(LexFlag.TSUBJ not in x.flags for x in entries) and (
            m is None or not m.start <= t.i < m.end)

    subjects = subject_tokens(verb)
    return bool(subjects) and all(act(t) for t in subjects)


#: Mention kinds whose words are a name, never a trigger ("Ban" in the name of a foreign minister is no ban).
NAME_KINDS = frozenset({MentionKind.ORGANISATION, MentionKind.GROUP, MentionKind.LEADER})


def name_words(doc: Doc, actors: list[ActorMention]) -> frozenset[int]:
    """Positions of words that trigger nothing: the words of a name ("North Atlantic Treaty Organization")
    and a role's compounds ("riot police")."""
    return frozenset(i for m in actors for i in range(m.start, m.end)
                     if (m.kind in NAME_KINDS and m.end - m.start > 1)
                     or (m.kind == MentionKind.ROLE and doc[i].dep_ == "compound" and i + 1 < m.end))


#: Verb senses that are no event, tested in order: the reason each gives.
VERB_SENSES: tuple[tuple[Callable[[Token], bool], str], ...] = (
    (attributive_participle, "a participle describing a person"),  # "..., visiting U.S. Secretary X said"
    (asked_question, "a question asked, no appeal"),  # "asked if he would resign"
    (anonymity_request, "a source's request for anonymity"),  # "an envoy asked not to be named"
    (conditional_conjunction, "a conjunction of condition"),  # "providing we keep the pact alive"
    (market_move, "a market move"),  # "Chinese shares attacked the 3,000 level"
    (common_hyphen_modifier, "a hyphenated modifier"),  # "aid to tsunami-hit Indonesia"
    (declined_comment, "a declined comment, no rejection"),  # "refused to say whether"
)
