"""Where an event's target is: an ordered list of small named strategies, tried until one finds it.

Each strategy takes a :class:`TargetQuery` (the trigger, its entry, the sources found, the argument
finder) and returns the target participants it finds, or none. Verbs try
:data:`multipolar.events.aims.VERB_STRATEGIES` (or ``RECIPROCAL_VERB_STRATEGIES`` there for "meet"-like ones), nominal
triggers :data:`multipolar.events.aims.NOUN_STRATEGIES` (their own strategies are in
:mod:`multipolar.events.noun_targets`): the lexicon slot first, then the light (or governing) verb's
preposition, the owner of the object or its place, the object of an infinitive the trigger or its
object governs ("offered to assist Taiwan": :mod:`multipolar.events.purposes`), the patient of
the passive clause a nominal trigger sits in, the one who answers an appeal, and for material
conflict the place of the act (actor tables first, else the gazetteer). An event still without a
target after every strategy may take one from the trigger's own phrase, the coder's last step
(:mod:`multipolar.events.subtree_targets`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_list, read_words
from multipolar.events.arguments import PLACE_PREPS, Arguments, Participant
from multipolar.events.clauses import clause_subjects, content_clauses, phrase_clauses
from multipolar.events.judged import dealings_phrase
from multipolar.events.lexicon import LexEntry, LexFlag
from multipolar.events.mandates import mandated
from multipolar.events.object_backoffs import relative_verbs, sum_contents
from multipolar.events.ontology import is_cooperation, is_material_conflict
from multipolar.events.syntax import agent_tokens, dative_tokens, prep_objects, retained_object
from multipolar.nlp.dependents import dependents, head_indices
from multipolar.nlp.labels import COMPLEMENT_CLAUSES, NOMINAL_SUBJECTS, NOUN_POS
from multipolar.records import MentionKind, Sector
from multipolar.reference import CameoRoot

CONF_VERB, CONF_NOUN, CONF_OWNER, CONF_PLACE = 0.9, 0.8, 0.6, 0.5
#: Sectors of a country's organs a domestic statement is about ("said the government had rigged the vote").
DOMESTIC_ORGANS = frozenset({Sector.GOV, Sector.OPP, Sector.LEG, Sector.JUD})
#: Slots of the lexicon that are not prepositions.
NON_PREP_SLOTS = frozenset({"dobj", "dative", "ccomp"})
#: Where a verb's act happened ("killed 81 people in Nigeria").
VERB_PLACE_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/verb_place_preps.txt"))
#: Prepositions of a site's owner or own place ("the barracks of the Dutch army", "a bank in Bilbao"; not
#: "a village near the Tunisian border").
SITE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/site_preps.txt"))
#: Craft and vehicles: they make no visit by travelling (hosts.vehicle_travel), and their "to" phrase is
#: where they are bound, no place of theirs.
VEHICLE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/vehicle_nouns.txt"))
DESTINATION_PREPS: frozenset[str] = read_words(data_file(__file__, "words/destination_preps.txt"))
#: Phrases of a journey's origin or vehicle, no host of a visit (``VISIT``): "flew in on U.S. planes".
JOURNEY_PREPS: frozenset[str] = read_words(data_file(__file__, "words/journey_preps.txt"))
#: Adverbs of the reporting place ("arrived here", "X, here on a visit"): the dateline's.
PLACE_ADVERBS: frozenset[str] = read_words(data_file(__file__, "words/place_adverbs.txt"))
#: Code prefix of military de-escalation (withdrawals, demobilisation): its place phrase names the side left.
DEESCALATION = "087"
#: Roots of nominal acts a future or coming mark makes a plan (03x): meetings, material cooperation, aid, yielding.
PLANNED_ROOTS = frozenset({CameoRoot.CONSULT, CameoRoot.MATERIAL_COOPERATION, CameoRoot.AID, CameoRoot.YIELD})
#: A visit (its host: :mod:`multipolar.events.hosts`).
VISIT = "042"


#: Prepositions naming parties that act on each other ("talks between A and B", "among the factions").
BETWEEN_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/between_preps.txt"))
#: Prepositions of a topic ("talks on trade", "a row over fishing", "protested over violations by X").
TOPIC_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/topic_preps.txt"))
#: Prepositions of the venue an act takes place at ("mediated in Doha between A and B").
VENUE_PLACE_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/meeting_place_preps.txt"))


@dataclass
class TargetQuery:
    """What a strategy may look at; ``objects`` collects the slot phrases seen (for owner lookups)."""

    trigger: Token
    entry: LexEntry
    args: Arguments
    sources: list[Participant]
    obj: Token | None = None  # the object the entry required ("provide" + "aid")
    patient: list[Token] = field(default_factory=list)  # direct object, or subject of a passive
    passive: bool = False
    light_verb: tuple[Token, str] | None = None  # nominal triggers: the support verb and its role
    objects: list[Token] = field(default_factory=list)
    between: bool = False  # the target came from "between"/"among" (partners act on each other)
    violence_nouns: frozenset[str] = frozenset()  # nominal triggers of violence (lemmas: "killing")

    @property
    def prep_slots(self) -> list[str]:
        return [t for t in self.entry.targets if t not in NON_PREP_SLOTS]

    @property
    def material(self) -> bool:
        """Material conflict (roots 14-20): a place may stand for the target."""
        return is_material_conflict(self.entry.cameo)

    def others(self, found: list[Participant]) -> list[Participant]:
        """Participants other than the sources: another mention, and another code and sector unless
        it is an unnamed party ("met settlers' leaders": the leaders may share the source's country)."""
        codes = {(p.code, p.sector) for p in self.sources}
        starts = {p.mention.start for p in self.sources}
        return [p for p in found if p.mention.start not in starts
                and ((p.code, p.sector) not in codes or p.mention.kind == MentionKind.UNRESOLVED)]

    def named_others(self, found: list[Participant], coded: bool = True) -> list[Participant]:
        """:meth:`others` that are named actors (no unnamed party placed by the context), with a code
        unless ``coded`` is false."""
        return [p for p in self.others(found)
                if (p.code is not None or not coded) and p.mention.kind != MentionKind.UNRESOLVED]


Strategy = Callable[[TargetQuery], list[Participant]]
#: Parts of speech an actor mention can be found at (the other words of a clause are skipped).
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM", "X"})


# -- verbs --------------------------------------------------------------------------------------
#: Prepositions of the party a conflictual act is aimed at, read before a venue or audience slot.
OPPOSED_PARTY_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/opposed_party_preps.txt"))
#: Prepositions of a venue or audience, whose phrase the "against" phrase may hang on.
VENUE_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/venue_preps.txt"))


#: Prepositions of the place that hosts a source's own post ("withdrew diplomats from its embassy in Tehran").
HOSTING_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/hosting_preps.txt"))
#: Prepositions of the other side of a relation the source owns ("optimistic about its relations with Pakistan").
PARTNER_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/partner_preps.txt"))


def opposed_party(q: TargetQuery) -> list[Participant]:
    """Conflict (roots 10-20) whose first lexicon slot is a preposition or dative: a named party of an
    "against" phrase on the verb, its object or its venue phrase comes first ("filed a complaint with
    the UN against Israel": the UN is the venue, Israel the target)."""
    e = q.entry
    if is_cooperation(e.cameo) or e.cameo[:2] < CameoRoot.DEMAND or not e.targets or e.targets[0] in ("dobj", "ccomp") \
            or e.targets[0] in OPPOSED_PARTY_PREPS:
        return []
    holders = [q.trigger, *([q.obj] if q.obj is not None else []), *q.patient]
    holders += prep_objects(holders, VENUE_PREPS)  # "with the Security Council against Turkey"
    return q.named_others(q.args.participants(prep_objects(holders, OPPOSED_PARTY_PREPS), CONF_VERB))


def partners_subject(q: TargetQuery) -> bool:
    """Reciprocal, with sources of two countries ("A and B discussed relations with C"): they act on
    each other; a party inside the object phrase is a topic, not a partner."""
    return LexFlag.RECIP in q.entry.flags and len({p.code for p in q.sources if p.code is not None}) >= 2


def verb_slot(q: TargetQuery) -> list[Participant]:
    """The lexicon's slots in order (after an opposed party, :func:`opposed_party`): object, dative,
    reported clause, prepositions."""
    v, e, args = q.trigger, q.entry, q.args
    opposed = opposed_party(q)
    if opposed:
        return opposed
    obj = [q.obj] if q.obj is not None else []
    for slot in e.targets:
        targets: list[Participant] = []
        if slot == "dobj":
            if not e.objects:
                targets = args.participants(q.patient, CONF_VERB)
            elif q.obj is not None and all(p.i != q.obj.i for p in q.patient):
                # "charged Morsi with espionage": a required object in the particle's phrase leaves a
                # direct object of a known country free ("rushed reinforcements to the border" names no party)
                targets = [p for p in args.participants(q.patient, CONF_VERB) if p.code is not None]
            elif q.obj is not None:  # the required object is a party itself: "expelled two American diplomats"
                own = {p.code for p in q.sources}
                targets = [p for p in args.participants([q.obj], CONF_VERB) if p.code is not None and p.code not in own]
        elif slot == "dative":
            targets = args.participants(dative_tokens(v), CONF_VERB)
        elif slot == "ccomp" and LexFlag.MANDATE in e.flags and (asked := mandated_parties(v, args)):
            targets = asked  # "suggested that Premier Nakasone make efforts": the party asked, of any country
        elif slot == "ccomp":  # statements: the first other actor in the reported clause
            speaker = {p.code for p in q.sources}
            # "acknowledged that X ..., and said Y ...": a coordinated verb of the same speaker too
            verbs = [v] + [c for c, c_dep in dependents(v) if c_dep == "conj" and c.pos_ == "VERB"
                           and not any(g_dep in NOMINAL_SUBJECTS for g, g_dep in dependents(c))]
            heads = [c for verb in verbs for c, c_dep in dependents(verb) if c_dep in COMPLEMENT_CLAUSES]
            heads += [c for verb in verbs for c in phrase_clauses(verb)]  # "said in a statement that X ..."
            if v.dep_ == "acomp":  # "was hopeful that X would ...": the parse may hang the clause on the copula
                heads += [c for c, c_dep in dependents(v.head) if c_dep == "ccomp" and c.i > v.i]
            # "voiced confidence that relations with Georgia would improve": the object's clause
            heads += [c for o in obj for c in content_clauses(o)]
            clause = (t for c in heads for placed in (in_place_phrase(c),) for t in c.subtree
                      if t.pos_ in NOMINAL_POS and not placed(t))
            # a named one: "said the bodies of 250 people were found" is about no party (the first
            # such actor only, so the clause is read no further than it)
            first = next((p for p in args.iter_participants(clause, CONF_OWNER)
                          if p.code not in speaker and p.mention.kind != MentionKind.UNRESOLVED), None)
            if first is None:  # "the opposition said the Kenyan government had ...": a named organ of
                # the speaker's own country (another sector) as the clause's subject is a domestic target
                sectors = {p.sector for p in q.sources}
                subjects = [s for c in heads for s, s_dep in dependents(c) if s_dep in NOMINAL_SUBJECTS]
                first = next((p for p in args.participants(subjects, CONF_OWNER) if p.code in speaker
                              and p.sector in DOMESTIC_ORGANS and None not in sectors and p.sector not in sectors
                              and p.mention.kind != MentionKind.UNRESOLVED), None)
            targets = [first] if first is not None else []
        elif partners_subject(q):  # "A and B discussed relations with C": A and B meet each other
            holders = [v, *obj, *[c for c, dep in dependents(v) if dep in ("prep", "prt") and c.lower_ == e.particle]]
            targets = args.participants(prep_objects(holders, [slot]), CONF_VERB)
        else:
            holders = [v, *obj, *q.patient]
            # "pulled its troops out of Iraq": the PP may hang on the entry's particle
            holders += [c for c, dep in dependents(v)
                        if dep in ("prep", "prt") and e.particle and c.lower_ == e.particle]
            # "returned dozens of artifacts to Peru": the PP may hang inside the object phrase
            # "signed deals worth $2 billion with X": or on the object's post-nominal adjective
            holders += [t for p in q.patient for t in p.subtree if t.i != p.i and (t.pos_ in NOUN_POS
                        or (t.dep_ == "amod" and t.head.i == p.i and t.i > p.i))]
            # "extended 3 billion yen in loans to Vietnam": or on what the sum is given as
            holders += [c for o in obj for c in sum_contents(v, o)]
            # "lifted sanctions imposed on Eritrea": or on a participle describing the object
            holders += [c for o in (*obj, *q.patient) for c, dep in dependents(o) if dep == "acl" and c.tag_ == "VBN"]
            if q.passive:  # "imposed by the EU on Iran": the PP may hang on the agent
                holders += agent_tokens(v)
            if slot in BETWEEN_PREPS:  # "is mediating in Doha between A and B": or on the venue
                holders += prep_objects([v], VENUE_PLACE_PREPS)
            # "lifted the sanctions it imposed on Chile": else a relative clause on the object
            found = prep_objects(holders, [slot]) or prep_objects(relative_verbs([*obj, *q.patient]), [slot])
            targets = args.participants(found, CONF_VERB)
            if not targets and slot in TOPIC_PREPS:  # "protested to the UN over violations by Turkish jets":
                # the doer of the act a complaint is about comes before the body it goes to
                targets = q.others(args.participants([d for n in found for d in act_doers(n)], CONF_OWNER))
            if not targets and (q.material or e.cameo.startswith(DEESCALATION)):
                # "withdrew its troops from Dakar", "shelled positions near Kidal": a place no table knows
                targets = q.others(args.places(found, CONF_PLACE))
            if targets and not q.others(targets):  # "from its embassy in Tehran": the place, not the owner;
                # "about its relations with Pakistan": the other side
                targets = q.named_others(args.participants(prep_objects(found, HOSTING_PREPS), CONF_VERB)) \
                    or q.named_others(args.participants(prep_objects(found, PARTNER_PREPS), CONF_VERB)) or targets
        if LexFlag.WEAK in e.flags:  # "told reporters that Syria must ...": an unnamed audience is no target,
            # nor is the press spoken to ("told Japanese reporters that Syria ..." is about Syria)
            targets = [p for p in targets if p.code and (slot == "ccomp" or p.sector != Sector.JRN)]
        if targets:
            return targets
    return []


def mandated_parties(v: Token, args: Arguments) -> list[Participant]:
    """The named subjects of the mandative clauses of ``v`` ("suggested that Britain should join": Britain)."""
    clauses = [c for c, _dep in dependents(v) if mandated(c)]  # mandated() reads only a ccomp
    return [p for p in args.participants(clause_subjects(clauses), CONF_VERB) if p.code is not None]


def passive_recipient(q: TargetQuery) -> list[Participant]:
    """The subject of a passive double-object verb that keeps its object: "Poland was offered a loan
    by the bank", "Egypt was granted credits", "Iraq, which was sold arms by X"."""
    if not q.passive or not retained_object(q.trigger):
        return []
    return q.named_others(q.args.participants(q.patient, CONF_VERB))


#: Prepositions of place: an actor inside such a phrase is where the reported fact happened, not
#: whom a statement is about ("said Arafat was ill in a Paris hospital").
LOCATIVE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/report_place_preps.txt"))


def in_place_phrase(top: Token) -> Callable[[Token], bool]:
    """Whether a word below ``top`` sits inside a locative prepositional phrase below it; not one that
    places the clause's common-noun subject, which is the topic ("said the situation in Haiti was
    dangerous"). Each head's answer is kept, so the words of a clause are read up to a known head only."""
    inside: dict[int, bool] = {top.i: False}
    doc, heads = top.doc, head_indices(top.doc)

    def test(token: Token) -> bool:
        path: list[int] = []
        i = token.i
        while i not in inside and heads[i] != i:  # up to ``top`` (or the root)
            path.append(i)
            i = heads[i]
        found = inside.get(i, False)
        for i in reversed(path):
            if not found:
                tok = doc[i]
                found = tok.dep_ == "prep" and tok.lower_ in LOCATIVE_PREPS and not _topic_phrase(tok, top) \
                    and not dealings_phrase(tok)
            inside[i] = found
        return found
    return test


def _topic_phrase(prep: Token, top: Token) -> bool:
    """A preposition on the common-noun subject of ``top``'s clause ("the situation in Haiti")."""
    noun = prep.head
    return noun.dep_ in NOMINAL_SUBJECTS and noun.head.i == top.i and noun.pos_ == "NOUN"


def act_doers(noun: Token, acts: Sequence[Token] = ()) -> list[Token]:
    """An act noun's (or its ``acts``') "by" phrase, else one hung on its of-phrase ("the seizure of X by Y")."""
    return prep_objects([noun, *acts], ["by"]) or prep_objects(prep_objects([noun], ["of"]), ["by"])


def verb_object_owner(q: TargetQuery) -> list[Participant]:
    """The owner of a non-actor object ("condemned Western sanctions"), else, for material conflict
    or a slot phrase, the object's place ("to the museum in Germany", "a base in Borno state")."""
    v, args = q.trigger, q.args
    obj = [q.obj] if q.obj is not None else []
    if obj and "dobj" in q.entry.targets:  # the pattern's object is itself the party: "seized two Americans"
        targets = q.others(args.participants(obj, CONF_VERB))
        if targets:
            return targets
    # "removed the sanctions on firms linked to X": the PP may hang on the object
    slot_nouns = prep_objects([v, *obj, *q.patient], q.prep_slots)
    for noun in [*obj, *q.patient, *slot_nouns]:
        if noun.lemma_.lower() in q.violence_nouns and noun not in slot_nouns:
            # "condemned the killing of X by Y": Y, never the victim X
            # "the killing of its soldiers in a NATO air strike": or the owner of the act it happened in
            acts = [a for a in prep_objects([noun], ("in", "during")) if a.lemma_.lower() in q.violence_nouns]
            mods = [c for a in (noun, *acts) for c, c_dep in dependents(a)
                    if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < a.i]
            doers = act_doers(noun, acts)
            targets = q.others(args.participants(mods + doers, CONF_OWNER))
            if targets:
                return targets
            continue
        # "welcomed the release of German hostages by Iraqi militants": the act's doer, not its patient (the
        # parse may hang "by" on the of-phrase: "denounced the occupation of the islands by Chilean troops")
        doers = act_doers(noun)
        targets = q.others(args.participants(doers, CONF_OWNER)) \
            or q.others(args.owners(noun, exclude=v, confidence=CONF_OWNER))
        if not targets and (q.material or noun in slot_nouns):
            # "forced a flight to Ankara to land": where a craft is bound is no place of it
            places = PLACE_PREPS - DESTINATION_PREPS if noun.lemma_.lower() in VEHICLE_NOUNS else PLACE_PREPS
            places = places - JOURNEY_PREPS if q.entry.cameo == VISIT else places  # "flew west on U.S. planes"
            targets = q.others(args.nested(noun, places, CONF_PLACE, gazetteer=True))
        elif not targets and noun in obj and any(c_dep == "poss" for c, c_dep in dependents(noun)):
            # the source's own object abroad: "cut the number of its troops in Iraq"
            targets = q.others(args.places(prep_objects([noun], VERB_PLACE_PREPS), CONF_PLACE))
        if targets:
            return targets
    return later_conjunct_site(q) if q.material else []


def later_conjunct_site(q: TargetQuery) -> list[Participant]:
    """The place phrase, or its owner, on a later non-actor conjunct of the object ("destroyed a
    station and a unit at Iran's Ahvaz field"): the site of the whole act."""
    for noun in (c for n in q.patient for c in n.conjuncts if c.i > n.i and c.pos_ == "NOUN"):
        if q.args.mention(noun) is None:
            found = q.others(q.args.nested(noun, PLACE_PREPS - DESTINATION_PREPS, CONF_PLACE, gazetteer=True))
            if found:
                return found
    return []


def verb_act_place(q: TargetQuery) -> list[Participant]:
    """Material conflict: where it happened ("killed 81 people in Nigeria"), or the place of the site
    phrase it happened at ("set off a bomb outside a bank in Bilbao"; not of the violence it happened in)."""
    if not q.material:
        return []
    places = prep_objects([q.trigger], VERB_PLACE_PREPS)
    found = q.others(q.args.places(places, CONF_PLACE))
    for site in [p for p in places if p.lemma_.lower() not in q.violence_nouns] if not found else []:
        found = q.others(q.args.nested(site, SITE_PREPS, CONF_PLACE, gazetteer=True))
        if found:
            break
    return found


def verb_partner_owner(q: TargetQuery) -> list[Participant]:
    """Reciprocal acts: the owner of the partner phrase ("held talks with the foreign minister of Jordan"),
    or for fighting of the direct object ("fought the forces of the Peruvian government")."""
    obj = [q.obj] if q.obj is not None else []
    patient = q.patient if q.material and "dobj" in q.entry.targets and q.obj is None else []
    for noun in [*prep_objects([q.trigger, *obj], q.prep_slots), *patient]:
        targets = q.others(q.args.owners(noun, exclude=q.trigger, confidence=CONF_OWNER))
        if targets:
            return targets
    return []


PARTNER_VERB_STRATEGIES: tuple[Strategy, ...] = (verb_slot, verb_partner_owner)


def find_targets(q: TargetQuery, strategies: tuple[Strategy, ...]) -> list[Participant]:
    """The targets of the first strategy that finds any. Unnamed parties the context gave no country,
    or only the source's own ("South Korea proposed a meeting of prime ministers to improve relations
    with North Korea"), give way to the first later strategy that finds another coded party."""
    weak: list[Participant] = []
    own = {p.code for p in q.sources if p.code is not None}
    for strategy in strategies:
        targets = strategy(q)
        if not targets:
            continue
        if not weak:
            if not all(guessed(p, own) or _own_visited(q, p, own) for p in targets):
                return targets
            weak = targets
            continue
        other = [p for p in targets if not guessed(p, own) and p.code not in own]
        if other:
            return other
    return weak


def _own_visited(q: TargetQuery, p: Participant, own: set[str]) -> bool:
    """The visitor's own people visited ("visited US troops"): a host found later names the visit's target."""
    return q.entry.cameo == VISIT and p.code in own


def guessed(p: Participant, own: set[str]) -> bool:
    """A party the context gave no country, or an unnamed one placed in the source's own country."""
    return p.code is None or (p.mention.kind == MentionKind.UNRESOLVED and p.code in own)
