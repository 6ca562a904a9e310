"""Parties of a nominal trigger named around the noun itself: its possessor, a modifying actor, a
by-phrase, the subject it is predicated of, or the subject of its support verb
(:class:`multipolar.events.slots.SlotFiller` fills the rest)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_table, read_words
from multipolar.events.agents import token_role, word_mention
from multipolar.events.aims import ACT_NOUNS
from multipolar.events.arguments import SOURCE_PREPS, Arguments, Participant
from multipolar.events.attackers import enclosing_attackers
from multipolar.events.circumstance import FRAME_NOUNS
from multipolar.events.events import UNNAMED_KINDS
from multipolar.events.force_idioms import ARMED_SECTORS
from multipolar.events.goods import goods_sellers
from multipolar.events.hyphens import hyphen_partners, opposed_modifier, premodifiers
from multipolar.events.implicit_agents import implicit_agent
from multipolar.events.lexicon import VIOLENCE_ROOTS, ComplementClass, LexEntry, LexFlag
from multipolar.events.ontology import is_cooperation, is_material_conflict
from multipolar.events.placing import capital_metonym
from multipolar.events.schedule import after_date
from multipolar.events.senses import POSSESSION_VERBS
from multipolar.events.skipped_words import victim_words
from multipolar.events.speakers import (
    SENT_FROM_NOUNS,
    agent_tokens_or_subjects,
    predicate_subjects,
    reporting_verb,
)
from multipolar.events.syntax import (
    first_conjunct,
    is_passive,
    patient_tokens,
    prep_objects,
    retained_object,
    stative_passive,
    subject_tokens,
)
from multipolar.events.targets import CONF_NOUN, CONF_OWNER, LOCATIVE_PREPS
from multipolar.nlp.labels import VERBAL_POS
from multipolar.records import MentionKind, Sector
from multipolar.reference import CameoRoot

#: Confidence of the implied doer of a victim's act a reaction is aimed at ("the arrest ... drew protests").
CONF_DOER = 0.4
#: Roots of voiced acts (appeals, demands, criticism, rejection, threats, protest) whose noun's
#: from-phrase names who voices them when no support verb does.
#: Verbs a voiced act arrives by ("criticism came from Kenya"): their from-phrase names the voicer.
ARRIVING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/arriving_verbs.txt"))
VOICED_ROOTS = frozenset({CameoRoot.APPEAL, CameoRoot.DEMAND, CameoRoot.DISAPPROVE, CameoRoot.REJECT,
                          CameoRoot.THREATEN, CameoRoot.PROTEST})
#: Roots of displeasure and protest a party draws or faces: the noun's in- or among-phrase names who
#: feels or voices it ("the ruling sparked anger in Seoul", "the plan faced protests among farmers").
FELT_ROOTS = frozenset({CameoRoot.DISAPPROVE, CameoRoot.PROTEST})
FELT_PREPS = ("in", "among")
#: Codes (prefixes) of cooperative acts whose noun's from-phrase names who does them ("an offer from Venezuela",
#: "support from Russia", "aid from Japan", "concessions from Israel"); not trade (06: "the export of flowers from
#: Gaza"), meetings (04: "a visit to Lebanon from Ireland", "a phone call from Papua") nor releases (0841: "a press
#: release from the police", "released from jail"), whose from-phrase is where they come from, nor pacts (057:
#: "the protocol from Kyoto").
GIVEN_CODES = ("03", "050", "051", "052", "053", "054", "055", "056", "07", "080")


#: Nouns of help a "with" phrase gives the clause's subject ("with help from Russia").
ACCOMPANYING_HELP_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/accompanying_help_nouns.txt"))


#: Nouns of a support act ("the imposition of sanctions"): their possessor or by-agent does the act.
SUPPORT_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/support_nouns.txt"))


def act_frame(n: Token) -> Token | None:
    """The frame or support noun whose of-phrase the act ``n`` is ("a round of talks", "the imposition of
    sanctions", "the continuation of air strikes"), whose owner and by-agent are the act's; else None."""
    if n.dep_ != "pobj" or n.head.lower_ != "of" or n.head.head.pos_ != "NOUN":
        return None
    holder = n.head.head
    return holder if holder.lemma_.lower() in FRAME_NOUNS | SUPPORT_NOUNS else None


def kept_act(n: Token, verb: Token) -> bool:
    """The nominal act is the direct object a passive double-object verb keeps ("was offered a loan",
    "was given $5 million in aid")."""
    tok = first_conjunct(n)
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.dep_ == "dobj":
        tok = tok.head.head  # "$5 million in aid"
    return tok.dep_ == "dobj" and tok.head.i == verb.i and retained_object(verb)


def stranded_agents(n: Token, e: LexEntry) -> list[Token]:
    """By-phrases the parser hung on the object of the act's own target phrase, or on that object's place
    phrase ("a raid on a refugee camp by Israeli troops", "raids on tankers in the Gulf by Iran"): the
    act's agents; not those of an act that object names ("protests against the decision by India to ...")."""
    objects = prep_objects([n], [p for p in e.targets if p not in ("of", "by")])
    holders = [o for o in objects + prep_objects(objects, LOCATIVE_PREPS)
               if o.tag_ != "VBG" and o.lemma_.lower() not in ACT_NOUNS | SUPPORT_NOUNS | FRAME_NOUNS]
    return prep_objects(holders, ["by"])


def verb_stranded_phrases(n: Token, e: LexEntry) -> tuple[list[Token], list[Token]]:
    """A by-phrase right after an act that the parser hung on an active verb above it (an active verb has
    no by-agent: "came after a trip to Hue by a Laotian delegation"), and a target phrase of an act of
    force right after that ("protested at the scale of the raids by South African troops on its
    territory"): the act's agents and targets, not the verb's. A date between the act and the phrase
    is the act's ("the trip to Lima next week by the Spanish king", "his visit later this month to
    Lima"): so is the target phrase of the act's own entry after it."""
    doc = n.doc
    after = after_date(n)
    if after >= len(doc) or doc[after].dep_ not in ("prep", "agent") or doc[after].head not in n.ancestors:
        return [], []
    verb = doc[after].head
    if verb.pos_ not in VERBAL_POS or is_passive(verb):
        return [], []
    if doc[after].lower_ != "by":
        dated = after > n.right_edge.i + 1 and doc[after].lower_ in e.targets and doc[after].lower_ != "of"
        return [], ([c for c in doc[after].children if c.dep_ == "pobj"] if dated else [])
    by = doc[after]
    agents = [c for c in by.children if c.dep_ == "pobj"]
    then = by.right_edge.i + 1
    aimed = is_material_conflict(e.cameo) and then < len(doc) and doc[then].dep_ == "prep" \
        and doc[then].head == verb and doc[then].lower_ in e.targets
    return agents, ([c for c in doc[then].children if c.dep_ == "pobj"] if aimed else [])


def noun_stranded_phrases(n: Token, e: LexEntry, args: Arguments) -> tuple[list[Participant], list[Token]]:
    """An armed party in a by-phrase right after an act of force that the parser hung on a noun above it,
    and a target phrase of the act it hung on that party ("the response to the raid by two Navy
    frigates on the rig"): the act's doer and target; not a party of another sector ("the
    condemnation of the raid by the UN" is the UN's condemnation)."""
    doc = n.doc
    after = n.right_edge.i + 1
    if not is_material_conflict(e.cameo) or after >= len(doc) or doc[after].lower_ != "by" \
            or doc[after].dep_ != "prep" or doc[after].head.pos_ != "NOUN" or doc[after].head not in n.ancestors:
        return [], []
    agents = [c for c in doc[after].children if c.dep_ == "pobj"]
    found = args.participants(agents, CONF_NOUN)
    if not found or not all(p.sector in ARMED_SECTORS for p in found):
        return [], []
    return found, prep_objects(agents, [p for p in e.targets if p not in ("of", "by")])


#: Words of an armed party's sector before an act of force ("a rebel ambush", ``data/armed_modifiers.tsv``).
ARMED_MODIFIERS: dict[str, Sector] = {row["word"]: row.choice("sector", Sector) for row in read_table(
    data_file(__file__, "armed_modifiers.tsv"), ("word", "sector"), header=True)}


def armed_modifiers(n: Token, args: Arguments) -> list[Participant]:
    """The unnamed armed party a common-noun modifier of an act of force names ("a rebel ambush", "an
    army offensive in Gulu", "a police raid in Mombasa"), of the country of the act's own place or its
    clause's; none where no place there gives one."""
    found = []
    for m in premodifiers(n):
        sector = ARMED_MODIFIERS.get(m.lower_) if m.pos_ in ("NOUN", "ADJ") else None
        code = args.context.country_for(m, near_only=True, skip=victim_words(m, clauses_only=True)) if sector else None
        if sector is not None and code:
            mention = word_mention(m, code, sector, MentionKind.UNRESOLVED, f"unresolved:{m.lower_}")
            found.append(Participant(code, sector, mention.text, CONF_NOUN, mention))
    return found


def noun_parties(n: Token, e: LexEntry, lv: tuple[Token, str] | None,
                 args: Arguments) -> tuple[list[Participant], list[Participant]]:
    """Sources (and targets named by modifiers) of a nominal trigger: the possessor, a modifying
    actor, a by-phrase, the subject it is predicated of, or the light verb's subject."""
    poss_src = n
    while poss_src.dep_ == "conj" and not any(c.dep_ == "poss" for c in poss_src.children):
        poss_src = poss_src.head  # "its support for X and opposition to Y"
    poss = [c for c in poss_src.children if c.dep_ == "poss"]
    holder = act_frame(poss_src)  # "Iran's latest round of talks", "the UN's imposition of sanctions"
    if not poss and holder is not None:
        poss = [c for c in holder.children if c.dep_ == "poss"]
    # "the U.S. imposition of sanctions": the support noun's modifying actor
    mods = premodifiers(n) or (premodifiers(holder) if holder is not None and not poss else [])
    if LexFlag.RECIP in e.flags:  # "India-Pakistan talks": both members of the pair take part
        mods += hyphen_partners(n)
    opposed = args.participants([m for m in mods if opposed_modifier(m)], CONF_NOUN)  # "anti-US rallies"
    mods = [m for m in mods if not opposed_modifier(m)]
    # "the murder of X by Y": the parser may hang the by-phrase on the act's of-object
    # ... or on the support noun whose of-phrase the act is ("the continuation of air strikes by NATO")
    by = prep_objects([n], ["by"]) or prep_objects(prep_objects([n], ["of"]), ["by"]) \
        or (prep_objects([holder], ["by"]) if holder is not None else []) or stranded_agents(n, e)
    stranded_by, stranded_on = verb_stranded_phrases(n, e) if not by else ([], [])
    if not is_material_conflict(e.cameo) and any(
            p.mention.kind in UNNAMED_KINDS for p in by_parties(stranded_by, args)):
        stranded_by = []  # "then launched a tour by officials": unnamed ones are the verb subject's
    by = by or stranded_by
    # "the reaction to the attack by Navy destroyers on the platform": an armed by-phrase hung on the noun above
    held_by, held_on = noun_stranded_phrases(n, e, args) if not by else ([], [])
    stranded_on = stranded_on or held_on
    first = args.participants(poss, CONF_NOUN)
    mod_actors = args.participants(mods, CONF_NOUN)
    # "the Fallujah offensive", "the Sinai bombings": a place before the act is where it happened, not its doer;
    # so is a capital before an act of violence ("the Madrid bombings", "the Ankara attack")
    sites = [p for p in mod_actors if p.mention.kind == MentionKind.PLACE
             or (e.cameo[:2] in VIOLENCE_ROOTS and capital_metonym(p.mention))]
    mod_actors = [p for p in mod_actors if p not in sites]
    sources: list[Participant] = []
    targets: list[Participant] = []
    undergoer = args.participants(prep_objects([n], ["of"]), CONF_NOUN) if LexFlag.TSUBJ in e.flags else []
    # "Sudan's expulsion of two aid workers": an owner before an of-phrase is the agent, named or not
    owner_acts = bool(first) and bool(prep_objects([n], ["of"]))
    if LexFlag.TSUBJ in e.flags and not ((undergoer or owner_acts) and (first or mod_actors)):
        targets = first or mod_actors
        sources = by_parties(by, args) or args.participants(predicate_subjects(n), CONF_NOUN)
    elif undergoer or owner_acts:  # "Thailand's deportation of Burmese activists": the owner acts on it
        sources, targets = first or mod_actors, undergoer
    else:
        sources = first or mod_actors or by_parties(by, args) or held_by
        if not sources and LexFlag.OFAGENT in e.flags:  # "the incursion of a Chinese submarine"
            sources = args.participants(prep_objects([n], ["of"]), CONF_NOUN)
        sources = sources or goods_sellers(n, e.cameo, args)  # "sales of U.S. fuel to X"
        if first and mod_actors:
            targets = mod_actors
        if not sources:  # "X became the main supplier to Y"
            sources = args.participants(predicate_subjects(n), CONF_NOUN)
    if not sources and e.cameo[:2] in VIOLENCE_ROOTS:  # "the killing of civilians in a US air raid"
        sources = enclosing_attackers(n, args)
    if not sources and is_material_conflict(e.cameo):  # "a rebel ambush", "an army offensive"
        sources = armed_modifiers(n, args)
    if stranded_on and not targets:  # "... the raids by X on its territory": the parse hung both on the verb
        targets = args.participants(stranded_on, CONF_NOUN)
    if sites and not targets and is_material_conflict(e.cameo):
        targets = sites
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
        if passive and not targets and kept_act(n, lv[0]):
            # "Poland was offered a loan by the bank", "Egypt was given aid": the subject receives it
            targets = [p for p in args.participants(patient_tokens(lv[0]), CONF_NOUN)
                       if p.code not in {s.code for s in sources}]
    if not sources and lv is not None and lv[1] == "recipient":
        # "received aid from Japan", "faced criticism from the opposition": the giver acts; so does the
        # of-phrase of support or aid ("won the support of Britain"; "faced criticism of X" names its target)
        preps = ["from", "of"] if is_cooperation(e.cameo) else ["from"]
        sources = args.participants(prep_objects([n, lv[0]], preps), CONF_NOUN)
        sources = sources or voicer_on_act(n, e, args)  # "faces the threat of sanctions from the UN"
        if not sources and e.cameo[:2] in FELT_ROOTS and any(  # "sparked anger in China", "faced protests among
                args.party_or_owners(s, CONF_NOUN, lv[0]) for s in subject_tokens(lv[0])):  # farmers": at a party
            sources = _people_of(args.participants(prep_objects([n, lv[0]], FELT_PREPS), CONF_NOUN))
    if not sources and lv is None and (e.cameo[:2] in VOICED_ROOTS or e.cameo.startswith(GIVEN_CODES)) \
            and "from" not in e.targets:
        # "despite protests from Taiwan", "calls from creditors", "an offer from Venezuela": the voicer, the giver
        sources = args.participants(prep_objects([n, *arrival_verbs(n)], ["from"]), CONF_NOUN)
        sources = sources or voicer_on_act(n, e, args)  # "threats of retaliation from the EC"
    return sources, targets or opposed


def _people_of(places: list[Participant]) -> list[Participant]:
    """The people of the parties a place phrase names ("anger in China"): not their government."""
    return [replace(p, sector=None) if p.sector == Sector.GOV else p for p in places]


def by_parties(by: list[Token], args: Arguments) -> list[Participant]:
    """The actors a nominal trigger's by-phrase names, else those its doers, named by an office or a body,
    act for ("a visit to Hanoi by officials from Laos"; not "by a man of Moroccan descent")."""
    return args.participants(by, CONF_NOUN) or [
        p for b in by if token_role(b) is not None for p in args.nested(b, SOURCE_PREPS, CONF_OWNER)]


def arrival_verbs(n: Token) -> list[Token]:
    """The verb a voiced act arrives by, whose from-phrase names its voicer: the noun's own verb ("the
    criticism came from Kenya") or its participle ("with criticism coming from the opposition")."""
    verbs = [c for c in n.children if c.dep_ == "acl" and c.lemma_.lower() in ARRIVING_VERBS]
    if n.dep_ == "nsubj" and n.head.lemma_.lower() in ARRIVING_VERBS:
        verbs.append(n.head)
    return verbs


def voicer_on_act(n: Token, e: LexEntry, args: Arguments) -> list[Participant]:
    """The voicer of a threat, demand or criticism that the parser hangs on the act's of-object ("threats of
    retaliation from the EC", "faces the threat of sanctions from the UN"); none where the of-phrase is
    the target ("criticism of")."""
    if "of" in e.targets or e.cameo[:2] not in VOICED_ROOTS:
        return []
    return args.participants(prep_objects(prep_objects([n], ["of"]), ["from"]), CONF_NOUN)


def held_support(n: Token, e: LexEntry, lv: tuple[Token, str] | None, args: Arguments) -> bool:
    """A cooperative act a party holds from another named by its of-phrase or possessor: "Kuwait has the
    full support of Saudi Arabia", "has Riyadh's backing" (a holding verb works as a receiving one); so
    is a spoken act from its maker ("had a commitment from Tokyo that ...": Tokyo commits)."""
    givers = prep_objects([n], ["of"]) + [c for c in n.children if c.dep_ == "poss"]
    if n.lemma_.lower() in SENT_FROM_NOUNS:
        givers += prep_objects([n], ["from"])
    return lv is not None and lv[1] == "agent" and lv[0].lemma_.lower() in POSSESSION_VERBS \
        and is_cooperation(e.cameo) and bool(args.participants(givers, CONF_NOUN))


def accompanying_help(n: Token, e: LexEntry, args: Arguments) -> Token | None:
    """The verb of the clause a cooperative act accompanies from a party its from/of-phrase names: "Syrian
    troops, with help from Russian jets, retook the town", "with the support of China, Pakistan built a port"
    (the giver acts on the clause's subject, who receives it like a receiving verb's)."""
    if n.dep_ != "pobj" or n.head.lower_ != "with" or n.lemma_.lower() not in ACCOMPANYING_HELP_NOUNS \
            or not e.cameo.startswith(GIVEN_CODES) or e.cameo.startswith("03"):
        return None
    if not args.participants(prep_objects([n], ["from", "of"]), CONF_NOUN):
        return None
    holder = n.head.head
    while holder.pos_ not in VERBAL_POS and holder.dep_ in ("nsubj", "nsubjpass", "dobj", "appos") \
            and holder.head.i != holder.i:
        holder = holder.head  # "troops, with help from X, retook": the verb of the subject it modifies
    # the clause names who is helped ("with the backing of the UN" on a subjectless gerund: no one)
    helped = holder.pos_ in VERBAL_POS and bool(args.participants(subject_tokens(holder), CONF_NOUN))
    return holder if helped else None


def refused_voice(n: Token, e: LexEntry, gov: tuple[Token, ComplementClass], args: Arguments) -> bool:
    """A voiced act of another party under a refusing verb ("Japan rejected U.S. threats", "dismissed
    calls from the opposition"): the refusal answers that party's act, which stays its own (no refusal
    to threaten)."""
    if gov[1] != ComplementClass.REFUSE or e.cameo[:2] not in VOICED_ROOTS:
        return False
    owners = {p.code for p in noun_parties(n, e, None, args)[0] if p.code}
    return bool(owners) and not owners & {p.code for p in args.participants(subject_tokens(gov[0])) if p.code}


def reaction_targets(verb: Token, nouns: Mapping[str, tuple[LexEntry, ...]],
                     args: Arguments) -> tuple[list[Participant], bool]:
    """Whom a reaction the subject of ``verb`` drew is aimed at ("X drew criticism from Y", "Japan's plan
    drew protests from Y": the subject or its owner), and whether a subject is an act done to a victim: that
    is aimed at the act's doer, named ("the arrest of a journalist by police in Harare drew protests from
    London") or implied by its place (Zimbabwe's police), never at the victim its of-phrase names."""
    found: list[Participant] = []
    done_to = False
    for s in subject_tokens(verb):
        entry = next((e for e in nouns.get(s.lemma_.lower(), ()) if LexFlag.TSUBJ in e.flags and not e.objects
                      and LexFlag.NONEVENT not in e.flags), None)
        if entry is None or s.pos_ != "NOUN" or args.participants([s]):
            found += args.party_or_owners(s, CONF_NOUN, verb)
            continue
        done_to = True
        doers = noun_parties(s, entry, None, args)[0]
        placed = args.context.place_of(s) or args.context.victim_place(s)  # its own place, never a guess
        if not doers and placed and (mention := implicit_agent(s, entry.cameo, args.context)) and mention.code:
            doers = [Participant(mention.code, mention.sector, mention.text, CONF_DOER, mention)]
        found += doers
    return found, done_to
