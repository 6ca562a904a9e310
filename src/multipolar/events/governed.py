"""Acts under a complement-taking verb: "agreed to a ceasefire", "urged Iran to withdraw", "refused
to attack", "warned that Iran would face sanctions".

:func:`noun_governor` finds the verb governing a nominal trigger; :func:`map_to_governor` re-codes
the act by the verb's class (``data/complements.tsv``) and takes the verb's subject as the source
and its object (the one appealed to, urged or warned) as the target; :func:`plan_maker` finds the verb
that makes a plan for the act of a for-phrase ("set a date for talks"). Used by
:class:`multipolar.events.slots.SlotFiller`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.aims import REPORTED_TARGET_ROOTS, condition_subjects, reported_subjects
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.events import EventSpec
from multipolar.events.lexicon import SPEECH_VERBS, ComplementClass, LexEntry, Lexicon
from multipolar.events.modality import Status, complement_class
from multipolar.events.ontology import is_cooperation
from multipolar.events.pairing import MUTUAL_VERBS, co_agents
from multipolar.events.speakers import governor_subjects, hosts_announce, posted_at
from multipolar.events.syntax import (
    agent_tokens,
    dative_tokens,
    first_conjunct,
    is_passive,
    object_tokens,
    patient_tokens,
    prep_objects,
)
from multipolar.events.targets import CONF_OWNER, CONF_VERB
from multipolar.nlp.labels import VERBAL_POS
from multipolar.records import MentionKind, Modality, Sector
from multipolar.reference import CameoRoot

#: Roots of verbal acts that an announced intent performs: "X will seek support" is an appeal, "said it
#: would reject the plan" a rejection, "said they will criticise Y" a criticism, "said it would hold an
#: inquiry into X" an investigation (no threat: 13x is harm).
OWN_CODE_INTENT_ROOTS = frozenset({CameoRoot.STATEMENT, CameoRoot.APPEAL, CameoRoot.INTENT, CameoRoot.INVESTIGATE,
                                   CameoRoot.DEMAND, CameoRoot.DISAPPROVE, CameoRoot.REJECT})
#: Roots of administrative measures a decision carries out: "Canada's decision to impose duties on X",
#: "the decision to expel two diplomats" report the sanction or expulsion itself, not a plan or threat.
DECIDED_ROOTS = frozenset({CameoRoot.REDUCE_RELATIONS, CameoRoot.COERCE})
#: Nouns of a decision taken (matched on the lemma).
DECISION_NOUNS = frozenset({"decision"})
#: Nouns of a plan for an act ("set a date for talks"): the verb that makes the plan intends the act.
PLAN_FRAMES: frozenset[str] = read_words(data_file(__file__, "words/plan_frames.txt"))
PLAN_FRAME_VERBS: frozenset[str] = read_words(data_file(__file__, "words/plan_frame_verbs.txt"))
#: Verbs whose direct object is the audience ("told a meeting of envoys that ..."), never a complement.
ADDRESSEE_OBJECT_VERBS: frozenset[str] = read_words(data_file(__file__, "words/addressee_object_verbs.txt"))
#: Complement classes whose governing verb re-codes the act it governs.
MAPPED_CLASSES = frozenset({ComplementClass.THREAT, ComplementClass.INTENT, ComplementClass.REFUSE,
                            ComplementClass.APPEAL, ComplementClass.DEMAND, ComplementClass.CLAIM,
                            ComplementClass.ORDER})


def plan_maker(tok: Token) -> Token | None:
    """The verb that makes a plan for the act named in the plan's for-phrase ("set a date for talks",
    "set targets for increased trade", the for-phrase on the noun or on the verb), else None."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    holder = tok.head.head
    verb = holder.head if holder.dep_ == "dobj" else holder
    frames = [holder] if holder.dep_ == "dobj" else [c for c in holder.children if c.dep_ == "dobj"]
    if verb.pos_ not in VERBAL_POS or verb.lemma_.lower() not in PLAN_FRAME_VERBS:
        return None
    return verb if any(f.lemma_.lower() in PLAN_FRAMES for f in frames) else None


def noun_governor(noun: Token, lex: Lexicon) -> tuple[Token, ComplementClass] | None:
    """A complement-taking verb whose object is the nominal trigger: "agreed to a ceasefire",
    "called for talks", "appealed for aid"; a phrase before the verb is its setting, no complement
    ("X, on a visit to Y, urged calm": the visit took place)."""
    tok = first_conjunct(noun)
    head = tok.head
    if (planner := plan_maker(tok)) is not None:
        return planner, ComplementClass.INTENT  # "set a date for talks", "set targets for increased trade"
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "for", "on", "upon", "toward", "towards"):
        if head.i < head.head.i or reason_phrase(head):
            return None
        head = head.head
    elif tok.dep_ != "dobj" or head.lemma_.lower() in ADDRESSEE_OBJECT_VERBS:
        return None  # "told a meeting of envoys that ...": the meeting is spoken to, not asked for
    if head.lemma_ == "be":
        return None  # "was in Beijing for talks", "is on a visit to": the copula plans only with "to" + verb
    if any(c.dep_ == "oprd" for c in head.children):
        return None  # "called the raids a provocation": an act judged, no act asked for
    klass = complement_class(head, lex)
    if klass is not None and klass in MAPPED_CLASSES and head.pos_ in VERBAL_POS:
        return head, klass
    return None


def reason_phrase(prep: Token) -> bool:
    """A "for" phrase on a verb that has a direct object other than a party: the object's reason or
    purpose, not the act asked for or promised ("promised compensation to Libya for the killings",
    "sought an explanation for the arrests"; not "asked Togo for help", where Togo is asked)."""
    verb = prep.head
    if prep.lower_ != "for" or verb.pos_ not in VERBAL_POS:
        return False
    index = verb.doc._.actor_index or {}
    return any(c.dep_ == "dobj" and c.i not in index for c in verb.children)


def map_to_governor(
        lex: Lexicon, status: Status, e: LexEntry, args: Arguments, sources: list[Participant],
        targets: list[Participant], aimed: bool = False) -> tuple[str, str, list[Participant], list[Participant]]:
    """Re-code an act under a complement-taking verb ("agreed to", "urged ... to"); ``aimed``: the act
    names its own target phrase, so co-subjects of "agree" are not each other's targets."""
    klass = status.klass or ComplementClass.INTENT
    cameo = lex.map_complement(klass, e.cameo) or e.cameo
    if klass == ComplementClass.INTENT and e.cameo[:2] in OWN_CODE_INTENT_ROOTS:
        cameo = e.cameo  # "X will seek support" is still an appeal, "said it would reject the plan" a rejection
    if status.modality == Modality.REFUSAL and not is_cooperation(e.cameo):
        return e.cameo, e.rule, sources, targets  # "will not attack": a negated attack, no refusal
    gov = status.governor
    if gov is None:
        return cameo, f"{e.rule}~{klass}", sources, targets
    if klass == ComplementClass.INTENT and gov.lemma_.lower() in DECISION_NOUNS and e.cameo[:2] in DECIDED_ROOTS:
        cameo = e.cameo  # "Canada's decision to impose duties on U.S. corn": the duties themselves
    passive_gov = gov.pos_ in VERBAL_POS and is_passive(gov)
    # "Egypt was promised aid by the US", "Kenya, which was urged by the IMF to ...": the by-agent speaks
    gov_subjects = agent_tokens(gov) if passive_gov else governor_subjects(gov)
    gov_sources = args.participants(gov_subjects + co_agents(gov, gov_subjects), CONF_VERB)
    if klass == ComplementClass.CLAIM and (not {p.code for p in sources} & {p.code for p in gov_sources}
                                           or any(c.dep_ == "ccomp" and c.i < gov.i for c in gov.children)):
        # only claiming one's own act is claiming responsibility ("X claimed they had attacked Y"); a
        # trailing frame ("Y was killed by X, the group claimed") keeps the act (claims.framed_claims)
        return e.cameo, e.rule, sources, targets
    # a passive governor's subject is the one promised, urged or warned ("troops were ordered to fire": the doers)
    gov_objects = args.participants(
        object_tokens(gov) + dative_tokens(gov) + handed_to(gov) + prep_objects([gov], ("to", "on", "upon", "with"))
        + (patient_tokens(gov) if passive_gov and klass != ComplementClass.ORDER else []), CONF_VERB)
    if klass == ComplementClass.ORDER:
        if own_side(gov_objects, gov_sources) and not any(p.sector == Sector.JUD for p in gov_sources):
            # "ordered troops to fire on protesters", "ordered the arrest of X": the act, by the ordered side
            doers = sources if named(sources) or not gov_sources else gov_sources  # "troops": the orderer's
            return e.cameo, f"{e.rule}~{gov.lemma_.lower()}:{klass}", doers, targets
        # "ordered Israel to withdraw": a demand on another party; "the court ordered the release of X":
        # a ruling others must carry out, no act of the court's
        klass = ComplementClass.DEMAND
        cameo = lex.map_complement(klass, e.cameo) or e.cameo
    if klass == ComplementClass.INTENT and gov.lemma_.lower() in MUTUAL_VERBS and not targets and len(gov_sources) > 1 \
            and not aimed:
        targets = gov_sources  # "A and B agreed to share information": with each other
    if klass in (ComplementClass.APPEAL, ComplementClass.DEMAND):
        base = lex.map_complement(klass, "") or cameo
        if gov_objects and cameo[:2] != base[:2]:
            cameo = base  # "urged the EU to impose sanctions": an appeal to the EU, not a threat
        # the one appealed to: "urged Iran to", "demanded that Iran withdraw", "called on Iran"
        # "senators demanded that the minister resign": another sector of the same country counts too
        embedded_actor = [p for p in sources
                          if not gov_sources or (p.code, p.sector) not in {(g.code, g.sector) for g in gov_sources}]
        targets = gov_objects or embedded_actor or targets
    elif klass == ComplementClass.THREAT and gov_objects:
        targets = gov_objects  # "warned the US against selling arms to Taiwan": the one warned
    elif not targets:
        targets = gov_objects
    if not targets and cameo[:2] in REPORTED_TARGET_ROOTS:  # "warned that Iran would face sanctions"
        speakers = {p.code for p in gov_sources or sources}
        conditions = condition_subjects(gov) if cameo[:2] == CameoRoot.THREATEN else []  # "... if Iran resumes"
        targets = [p for p in args.participants(reported_subjects(gov) + conditions, CONF_OWNER)
                   if p.code not in speakers and p.mention.kind != MentionKind.UNRESOLVED]
    rule = f"{e.rule}~{gov.lemma_.lower()}:{klass}={cameo}"
    if named(sources) and gov_sources and gov.lemma_.lower() in SPEECH_VERBS and (
            not named(gov_sources) or {p.code for p in sources} & posted_at(gov_subjects, args)
            or hosts_announce(e.cameo, {p.code for p in gov_sources if p.code}, targets)):
        # "Russia will allow ..., the foreign ministry said": Russia's intent; so is "NATO will send ...,
        # the US ambassador to NATO said" and "X will visit Athens, Greek officials said"
        gov_sources = []
    return cameo, rule, gov_sources or sources, targets


def restraint_pledged(lex: Lexicon, cameo: str, specs: list[EventSpec]) -> list[EventSpec] | None:
    """An announced refusal to sanction or coerce a named party ("would impose no restrictions on Y",
    "will not expel its diplomats") as the cooperation it pledges (``data/complements.tsv`` map
    ``restraint``), by a named source; None where the act has no such map or a party is missing or guessed."""
    code = lex.map_complement(ComplementClass.RESTRAINT, cameo)
    if code is None or not all(s.target is not None and s.source is not None
                               and s.source.mention.kind != MentionKind.UNRESOLVED for s in specs):
        return None
    return [replace(s, cameo=code, rule=f"{s.rule}~restraint={code}") for s in specs]


def handed_to(gov: Token) -> list[Token]:
    """The indirect object of the verb a governing noun is the direct object of: the one the pledge,
    warning or ultimatum is given to ("gave Serbia an ultimatum to hand over", "sent Iran a warning")."""
    return dative_tokens(gov.head) if gov.pos_ == "NOUN" and gov.dep_ == "dobj" else []


def own_side(ordered: list[Participant], orderers: list[Participant]) -> bool:
    """The ordered parties are the orderer's own (its troops, police, officials) or unnamed: "ordered
    troops to", "ordered the arrest of", "were under orders to"; not "ordered Israel to withdraw"."""
    own = {p.code for p in orderers}
    return all(p.code is None or p.code in own for p in ordered)


def named(parties: list[Participant]) -> bool:
    """Some party is named (not an unnamed one placed by the context)."""
    return any(p.mention.kind != MentionKind.UNRESOLVED for p in parties)
