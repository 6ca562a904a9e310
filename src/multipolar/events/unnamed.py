"""Slots of unnamed and implied parties: the sides of a clash that names only its place, the
agent of the act a passive happened by, the unnamed attacker an act of violence names only by its
weapon, and the named actor an unnamed party is tied to."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.agents import implied_mention
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.events import EventSpec
from multipolar.events.implicit_agents import implied_government, unnamed_sides
from multipolar.events.lexicon import VIOLENCE_ROOTS, LexEntry, LexFlag, Lexicon
from multipolar.events.noun_targets import DYING_VERBS
from multipolar.events.ontology import is_material_conflict
from multipolar.events.senses import SPORTS_WORDS, explosive
from multipolar.events.syntax import content_head, modifier_lemmas, prep_objects, subject_tokens
from multipolar.events.targets import CONF_NOUN, CONF_OWNER, CONF_PLACE
from multipolar.nlp.labels import DETERMINERS, NOMINAL_SUBJECTS, NOUN_POS, VERBAL_POS
from multipolar.records import MentionKind, Sector
from multipolar.reference import CameoRoot

#: Determiners of a known, standing situation ("to end the fighting in Najaf"), not news.
DEFINITE: frozenset[str] = read_words(data_file(__file__, "words/standing_dets.txt"))
#: Participles and adjectives that tie an unnamed party to a named one ("a group linked to al-Qaeda").
AFFILIATION: frozenset[str] = read_words(data_file(__file__, "words/affiliation.txt"))
#: Verbs whose object is a standing situation they stop ("to end months of fighting").
ENDING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/ending_verbs.txt"))
#: Words of a game: a clash in such a sentence is a match.
GAME_WORDS: frozenset[str] = read_words(data_file(__file__, "words/game_words.txt")) | SPORTS_WORDS
#: Conjunctions of the act a passive happened by ("were killed when a bomb exploded").
WHEN_MARKS: frozenset[str] = read_words(data_file(__file__, "words/when_marks.txt"))


def unnamed_clash(noun: Token, e: LexEntry, args: Arguments) -> list[EventSpec]:
    """A mutual act of violence that names no party, only its place: the place's unnamed sides. A
    definite one ("to end the fighting in Najaf") names a standing situation, not news."""
    if any(c.dep_ in DETERMINERS and c.lower_ in DEFINITE for c in noun.children) or ended(noun):
        return []
    if noun.tag_ == "NN" and noun.lemma_.lower() != "fighting":
        return []  # "a clash", "the battle": a match or a dispute; reports of violence say "clashes", "fighting"
    if any(t.lemma_.lower() in GAME_WORDS for t in noun.sent):
        return []  # "fans expect fierce clashes in London"
    sides = unnamed_sides(noun, args.context)
    if sides is None:
        return []
    source, target = (Participant(m.code, m.sector, m.text, CONF_PLACE, m) for m in sides)
    return [EventSpec(source, target, e.cameo, f"{e.rule}/unnamed-sides", within_group=True)]


def ended(noun: Token) -> bool:
    """The noun (or a quantity of it: "months of fighting") is what a verb ends or prevents ("agreed
    to a cease-fire to end months of fighting"): a standing situation, not news."""
    tok = noun
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ENDING_VERBS


def when_agents(verb: Token, args: Arguments) -> list[Participant]:
    """The agent of an agentless passive is the subject of its when-clause: "were killed when
    militants blew up a tunnel"."""
    for clause in verb.children:
        marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
        acts = any(c.dep_ == "dobj" for c in clause.children)  # "blew up a tunnel", not "their plane crashed"
        if clause.dep_ == "advcl" and acts and not marks.isdisjoint(WHEN_MARKS):
            found = args.participants([c for c in clause.children if c.dep_ == "nsubj"], CONF_NOUN)
            if found:
                return found
    return []


#: Unnamed parties placed by where they fire from (troops fire from abroad as often as at home).
ORIGIN_PLACED = frozenset({Sector.REB, Sector.UAF})
#: Prepositions of what a projectile is fired at, whose "from" phrase the parse often hangs on their object.
FIRED_AT_PREPS = ("at", "on", "into")


def origin_placed(verb: Token, sources: list[Participant], args: Arguments) -> list[Participant]:
    """Unnamed fighters are of the place they fire from, not of the place they hit: "militants fired
    rockets at an Israeli town from Gaza" (PSE), "rebels shelled villages from Congolese territory"."""
    fired = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *fired]  # "fired rockets from Lebanon"
    if fired:  # "rockets at an Israeli town from Gaza": the parse hangs the origin on the target
        holders += prep_objects([verb], FIRED_AT_PREPS)
    origin = next((c for h in holders if (c := args.context.origin_of(h))), None) if sources else None
    if origin is None:
        return sources
    return [replace(p, code=origin) if p.mention.kind == MentionKind.UNRESOLVED and p.sector in ORIGIN_PLACED
            else p for p in sources]


def unplaced_devices(verb: Token, sources: list[Participant]) -> list[Participant]:
    """A bomb that went off names no attacker: "a car bomb exploded near a police station in Baghdad"
    has the guide's null source (sector UAF), not one of the blast's place."""
    return [replace(p, code=None) if p.mention.kind == MentionKind.UNRESOLVED and p.sector == Sector.UAF
            and p.mention.end > p.mention.start and explosive(verb.doc[p.mention.end - 1]) else p for p in sources]


def affiliated(nouns: list[Token], args: Arguments) -> list[Participant]:
    """The named actor an unnamed party is tied to: "a group linked to al-Qaeda", "militants loyal to
    the cleric", "gunmen allied with the Taliban" (the party acts for it)."""
    ties = [c for n in nouns for c in n.children
            if c.dep_ in ("acl", "amod") and (c.lemma_.lower() in AFFILIATION or c.lower_ in AFFILIATION)]
    return [p for p in args.participants(prep_objects(ties, ("to", "with")), CONF_OWNER) if p.code]


#: Verbs that report a protest named only by its noun as happening ("protests continued in Abuja").
HAPPENING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/happening_verbs.txt"))
#: Confidence of the implied people of a protest's place.
CONF_PEOPLE = 0.4
#: Munitions that stand for an unnamed attacker ("a mortar shell hit a house").
WEAPON_WORDS: frozenset[str] = read_words(data_file(__file__, "words/weapon_words.txt"))
#: States an act of violence leaves its victims in ("left 15 dead").
CASUALTY_STATES: frozenset[str] = read_words(data_file(__file__, "words/casualty_states.txt"))
#: Roots of a word's senses that make a bare use of it no weapon ("a strike" may be a labour strike).
OTHER_SENSE_ROOTS = frozenset({CameoRoot.PROTEST})


def violence_noun(noun: Token, lex: Lexicon) -> bool:
    """The noun names an act of violence by its own entry: "an airstrike", "a drone strike",
    "shelling", "artillery fire"; not "a heart attack", nor a bare "strike" (also a labour strike)."""
    entries = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_, ())  # "shelling" as a gerund
    mods = modifier_lemmas(noun)
    # an entry that needs an object is no sense of the bare noun ("an attack on the plan" is criticism)
    fitting = [e for e in entries if not e.objects and (not e.modifiers or not mods.isdisjoint(e.modifiers))]
    if not fitting:
        return False
    best = max(fitting, key=lambda e: e.specificity)
    if best.cameo[:2] not in VIOLENCE_ROOTS or LexFlag.NONEVENT in best.flags:
        return False
    return bool(best.modifiers) or not any(e.cameo[:2] in OTHER_SENSE_ROOTS for e in entries)


def instrument_agents(verb: Token, lex: Lexicon) -> list[Participant]:
    """The unnamed attacker of a violent verb whose subject is the attack or its weapon ("an airstrike
    hit a market", "shelling killed four people", "a mortar shell hit a house"): a null source with
    sector UAF (the annotation guide)."""
    for subj in subject_tokens(verb):
        head = content_head(subj)
        weapon = head.pos_ in NOUN_POS and (head.lemma_.lower() in WEAPON_WORDS or explosive(head))
        if weapon or ((head.pos_ in NOUN_POS or head.tag_ == "VBG") and violence_noun(head, lex)):
            mention = implied_mention(head, "", Sector.UAF, "implicit:instrument")
            return [Participant(None, Sector.UAF, head.text, CONF_PLACE, mention)]
    return []


def casualties(noun: Token, e: LexEntry, args: Arguments) -> list[EventSpec]:
    """An act of violence its victims died in ("two civilians died in an airstrike near Kidal") or
    that left them dead or hurt ("intercommunal violence left 30 people dead"), naming no attacker:
    an unnamed one (null source, UAF) on the victims."""
    if ended(noun):
        return []
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("in", "during") and verb.head.lemma_.lower() in DYING_VERBS:
        victims = subject_tokens(verb.head)
    elif noun.dep_ == "nsubj" and verb.lemma_.lower() == "leave" and any(
            t.lemma_.lower() in CASUALTY_STATES or t.lower_ in CASUALTY_STATES
            for o in verb.children if o.dep_ in ("dobj", "oprd", "xcomp", "ccomp") for t in (o, *o.children)):
        victims = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return []
    source = Participant(None, Sector.UAF, "", CONF_PLACE, implied_mention(noun, "", Sector.UAF, "implicit:casualties"))
    found: list[Participant | None] = list(args.participants(victims, CONF_OWNER)) or [None]
    return [EventSpec(source, v, e.cameo, f"{e.rule}/casualties") for v in found]


def unnamed_protest(noun: Token, e: LexEntry, args: Arguments, aimed: frozenset[str] = frozenset()) -> list[EventSpec]:
    """A protest that names neither protesters nor target, reported as happening ("protests continued
    in Abuja", "a demonstration was held outside parliament in Windhoek", "there were protests in
    Rabat"): the people of its place against their government; a null code where no place is known. A
    protest naming its own place and ``aimed`` at another country's party is its people's whatever it did
    ("rallies in Tehran against Israel drew thousands": the caller aims them at the named target)."""
    if any(c.dep_ in DETERMINERS and c.lower_ in DEFINITE for c in noun.children) or ended(noun):
        return []
    verb = noun.head
    lemma = verb.lemma_.lower()
    # "protests in Karachi against X spread", "rallies in Tehran drew thousands": its own place says whose people
    subject = noun.dep_ in NOMINAL_SUBJECTS and verb.pos_ in VERBAL_POS
    place = args.context.place_of(noun) if subject else None
    placed = bool(place) and bool(aimed - {place})
    reported = (noun.dep_ in NOMINAL_SUBJECTS and lemma in HAPPENING_VERBS) or (
        noun.dep_ == "attr" and lemma == "be" and any(c.dep_ == "expl" for c in verb.children))
    if not (reported or placed) or (lemma == "take" and not any(c.lower_ == "place" for c in verb.children)):
        return []  # "took place", not "the protest took its toll"
    if not placed and args.participants(prep_objects([noun, verb], e.targets), CONF_NOUN):
        return []  # "protests against the United States": whose people protest is not said (often abroad)
    code = args.context.country_for(noun, named=False) or ""
    people = implied_mention(noun, code, Sector.CVL, "implicit:protesters")
    source = Participant(code or None, Sector.CVL, "", CONF_PEOPLE, people)
    target = Participant(code, Sector.GOV, "", CONF_PEOPLE, implied_government(verb, code)) if code else None
    return [EventSpec(source, target, e.cameo, f"{e.rule}/unnamed-protesters")]


def unnamed_noun_parties(noun: Token, e: LexEntry, args: Arguments, specs: list[EventSpec]) -> list[EventSpec]:
    """The unnamed parties of a nominal act whose own slots gave no source: both sides of a clash that
    names only its place, the unnamed attacker of violence with victims, the people of a protest's place."""
    if not specs and LexFlag.RECIP in e.flags and is_material_conflict(e.cameo):
        specs = unnamed_clash(noun, e, args)  # "clashes in eastern Congo": both sides of the place
    if not specs and e.cameo[:2] in VIOLENCE_ROOTS:
        specs = casualties(noun, e, args)  # "two civilians died in an airstrike": an unnamed attacker
    if e.cameo[:2] == CameoRoot.PROTEST and not any(s.source for s in specs):
        named = [s.target for s in specs if s.target is not None]  # "anti-US rallies in Karachi": at the US
        # "protests continued in Abuja": the place's people
        found = unnamed_protest(noun, e, args, frozenset(t.code for t in named if t.code))
        if found and named and found[0].source is not None and found[0].source.code is not None:
            found = [EventSpec(found[0].source, t, e.cameo, found[0].rule) for t in named]
        specs = found or specs
    return specs
