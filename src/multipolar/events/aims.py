"""Whom verbal conflict is aimed at, where its object names no party: the subject of the clause it
reports ("warned that Iran would face sanctions"), the agent of the act "the move" takes up, the
owner of the act it is about ("protested over the US decision"), or the state organ whose act it
targets ("lambasted the verdict"). :data:`VERB_STRATEGIES` adds these to the verbs' strategies,
:data:`NOUN_STRATEGIES` what a nominal one is about ("warnings against NATO expansion")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from multipolar.actors.tables import SECTORS, STATE_SECTORS
from multipolar.datafiles import data_file, read_list, read_table, read_words
from multipolar.events.agents import implied_mention
from multipolar.events.allegations import ALLEGING
from multipolar.events.arguments import Participant
from multipolar.events.behests import asked_doer
from multipolar.events.beneficiaries import aid_beneficiary, verb_object_beneficiary, verb_supplied_object
from multipolar.events.causes import cause_owner
from multipolar.events.channels import adjunct_addressee, channel_partner, statement_topic, thanked_helper
from multipolar.events.clauses import clause_subjects, content_clauses, for_mark, marked_clauses
from multipolar.events.complainants import complainant
from multipolar.events.defence import answerer, endurer, reactor, repeller, retaliator
from multipolar.events.home_targets import verb_home_body, verb_home_object
from multipolar.events.hosts import dateline_here, mission_host, stay_place, talks_venue, visit_host_place
from multipolar.events.means import means_party
from multipolar.events.noun_targets import (
    defied_subject,
    governing_noun_prep,
    governing_verb_prep,
    light_verb_prep,
    noun_act_place,
    noun_complement_object,
    noun_object_owner,
    noun_slot,
    passive_clause_patient,
    targeted_subject,
)
from multipolar.events.postings import posted_body
from multipolar.events.predicate_actors import noun_predicate_actor, verb_predicate_actor
from multipolar.events.purposes import hostile_purpose_object, pact_purpose_party, verb_complement_object
from multipolar.events.refuge import refuge_owner
from multipolar.events.siblings import sibling_destination, sibling_object
from multipolar.events.syntax import agent_tokens, content_head, first_conjunct, prep_objects
from multipolar.events.targets import (
    CONF_OWNER,
    CONF_PLACE,
    PARTNER_VERB_STRATEGIES,
    Strategy,
    TargetQuery,
    passive_recipient,
    verb_act_place,
    verb_object_owner,
    verb_slot,
)
from multipolar.events.where_places import relative_place
from multipolar.nlp.labels import NOMINAL_SUBJECTS, NOUN_CONTENT_CLAUSES, VERBAL_POS
from multipolar.records import MentionKind
from multipolar.reference import CameoRoot

#: Roots of verbal conflict whose "that"-clause names whom they are aimed at: demands, criticism and
#: accusations, rejections, threats ("complained that Georgia had broken the truce").
REPORTED_TARGET_ROOTS = frozenset({CameoRoot.DEMAND, CameoRoot.DISAPPROVE, CameoRoot.REJECT, CameoRoot.THREATEN})
#: Roots aimed at a reported clause's subject: those above and appeals ("urged that Israel halt ...",
#: "called for Sudan to disarm").
CLAUSE_AIMED_ROOTS = REPORTED_TARGET_ROOTS | {CameoRoot.APPEAL}
#: Comments and praise aimed at the act they take up: "welcomed the move", "commented on the decision".
COMMENT_ROOTS = frozenset({CameoRoot.STATEMENT, CameoRoot.DIPLOMATIC_COOPERATION})
#: Denials of responsibility: "rejected the charge" is aimed at whoever made it.
DENIALS = frozenset({"016"})
#: Protests, shows of force and sanctions: "put its troops on alert after Chile moved tanks" answers Chile.
REACTIVE_ROOTS = frozenset({CameoRoot.PROTEST, CameoRoot.FORCE_POSTURE, CameoRoot.REDUCE_RELATIONS})


def reported_subjects(verb: Token) -> list[Token]:
    """Subjects of the finite clauses a verb reports ("warned that Iran would face ...", "demanded
    Israel halt ..."), or of its "for ... to" clause, not those of its other infinitives."""
    out: list[Token] = []
    for c in verb.children:
        if (c.dep_ == "ccomp" or for_mark(c) is not None) and c.pos_ in VERBAL_POS:
            out += clause_subjects([c])
    return out


#: Speech participles giving an act's grounds ("saying", "arguing", "alleging").
GROUNDS_VERBS: frozenset[str] = read_words(data_file(__file__, "words/grounds_verbs.txt"))


def saying_subjects(verbs: list[Token]) -> list[Token]:
    """Subjects of the clauses a speech participle on ``verbs`` reports: "lodged a protest, saying
    Chinese ships had entered its waters" (the act's grounds name whom it is aimed at)."""
    return [s for v in verbs for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG"
            and c.lemma_.lower() in GROUNDS_VERBS for s in reported_subjects(c)]


def _named_others(q: TargetQuery, subjects: list[Token]) -> list[Participant]:
    """Named parties among clause ``subjects`` other than the sources (an unnamed one placed by the
    context tells no target, unless it is a state organ of the sources' own country and another
    sector: "the opposition complained that the police had beaten ..."; a named party with no code
    still counts); else the owners of a subject that is no party ("rejected charges that the boats seized
    by Iran were spy boats", "complained that Georgia's troops had ...")."""
    found = q.args.participants(subjects, CONF_OWNER)
    named = q.named_others(found, coded=False) or q.named_others(
        [p for s in subjects if not q.args.participants([s]) for p in q.args.owners(s, confidence=CONF_OWNER)])
    codes = {p.code for p in q.sources}
    if named or len(codes) != 1:
        return named
    return [p for p in q.others(found) if p.mention.kind == MentionKind.UNRESOLVED and p.code in codes
            and p.sector in STATE_SECTORS and all(p.sector != s.sector for s in q.sources)]


def verb_reported_subject(q: TargetQuery) -> list[Participant]:
    """Verbal conflict, appeals and protests: the subject of the clause it reports, another party than
    the speaker ("complained that Georgia had broken", "urged that Israel halt")."""
    root = q.entry.cameo[:2]
    if root == CameoRoot.PROTEST:  # "Seoul protested, saying Japan had distorted history"
        return _named_others(q, reported_subjects(q.trigger) + saying_subjects([q.trigger]))
    if root not in CLAUSE_AIMED_ROOTS and q.entry.cameo not in DENIALS:
        return []
    subjects = reported_subjects(q.trigger) + saying_subjects([q.trigger])
    for noun in q.patient:  # "rejected claims that the US had pressured it"
        if noun.lemma_.lower() in ALLEGING:
            subjects += clause_subjects(c for c in noun.children if c.dep_ in NOUN_CONTENT_CLAUSES)
        elif root == CameoRoot.DISAPPROVE:  # "lodged a complaint that Soviet planes had violated its airspace"
            subjects += clause_subjects(content_clauses(noun))
    return _named_others(q, subjects)


#: Prepositions down which a denied role leads to the act it is a role in ("involvement in the killing of X").
DENIED_ACT_PREPS: frozenset[str] = read_words(data_file(__file__, "words/denied_act_preps.txt"))
#: Nouns of a part taken in an act ("involvement", "role", "complicity").
DENIED_ROLES: frozenset[str] = read_words(data_file(__file__, "words/denied_roles.txt"))


def denied_act_party(q: TargetQuery) -> list[Participant]:
    """Denials of responsibility naming no accuser: the party the act one denies a part in was done to
    ("denied involvement in the assassination of the Lebanese prime minister", "rejected accusations of
    complicity in attacks on Saudi oil facilities"), the first other named party down the role's phrases
    (not "denied rumours of riots in X": no part in an act)."""
    if q.entry.cameo not in DENIALS:
        return []
    roles = [n for o in q.patient for n in (o, *prep_objects([o], ["of"])) if n.lemma_.lower() in DENIED_ROLES]
    return q.named_others([p for r in roles for p in q.args.nested(r, DENIED_ACT_PREPS, CONF_OWNER)])


#: Conjunctions of the condition a threat sets ("if Britain seized its tankers").
THREAT_CONDITION_MARKS: frozenset[str] = read_words(data_file(__file__, "words/threat_condition_marks.txt"))


def condition_subjects(verb: Token) -> list[Token]:
    """Subjects of the "if"/"unless" clauses set on a verb or on the infinitive it governs
    ("threatened to close the strait if Britain seized ...", "threatened retaliation unless Iran ...")."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    return clause_subjects(marked_clauses(heads, THREAT_CONDITION_MARKS))


def verb_condition_subject(q: TargetQuery) -> list[Participant]:
    """Threats: the party named in the condition they set, another party than the speaker."""
    if q.entry.cameo[:2] != CameoRoot.THREATEN:
        return []
    return _named_others(q, condition_subjects(q.trigger))


#: Nouns that take up an act told before ("condemned the move").
ACT_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/act_nouns.txt"))
ANAPHORIC_DETS: frozenset[str] = read_words(data_file(__file__, "words/anaphoric_dets.txt"))



def anaphoric_act(noun: Token) -> bool:
    """"the move", "this decision": an act noun with a pointing determiner and no owner or complement."""
    if noun.lemma_.lower() not in ACT_NOUNS or noun.pos_ != "NOUN":
        return False
    children = list(noun.children)
    owned = any(c.dep_ in ("poss", "compound", "nmod", "acl", "relcl", "prep") or (c.dep_ == "amod" and c.pos_ != "ADJ")
                for c in children)
    return not owned and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in children)


def earlier_agents(token: Token) -> list[Token]:
    """Subjects of the clauses before ``token``, nearest first: its sentence, then the previous one."""
    sent = token.sent
    start = token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return [t for t in reversed(token.doc[start:token.i]) if t.dep_ == "nsubj"]


def statement_object_clause(q: TargetQuery) -> list[Participant]:
    """Statements: the subject of the "that"-clause their object takes ("expressed surprise that the
    Ugandan army had crossed", "voiced hope that Iran would return"), another named party."""
    if q.entry.cameo[:2] != CameoRoot.STATEMENT:
        return []
    return _named_others(q, clause_subjects(c for n in q.patient for c in content_clauses(n)))


def verb_anaphoric_object(q: TargetQuery) -> list[Participant]:
    """Verbal conflict aimed at "the move", "the decision": the agent of the act told before ("Iran
    resumed enrichment. The EU condemned the move.")."""
    root = q.entry.cameo[:2]
    aimed = root in REPORTED_TARGET_ROOTS or root in COMMENT_ROOTS or q.entry.cameo in DENIALS
    if not aimed or not any(anaphoric_act(content_head(p)) for p in q.patient):  # "parts of the plan"
        return []
    own = {t.i for t in q.trigger.children if t.dep_ in NOMINAL_SUBJECTS}
    for subject in earlier_agents(q.trigger):
        if subject.i in own:
            continue
        found = q.others(q.args.participants([subject], CONF_OWNER))
        if found:
            return found
    return []


@lru_cache(maxsize=1)
def state_acts() -> dict[str, str]:
    """Noun of a state organ's act -> the organ's sector (``data/state_acts.tsv``)."""
    out = {}
    for row in read_table(data_file(__file__, "state_acts.tsv"), ("term", "sector"), header=True):
        if row["sector"] not in SECTORS:
            raise row.error(f"unknown sector: {row['sector']}")
        out[row["term"]] = row["sector"]
    return out


def verb_state_act(q: TargetQuery) -> list[Participant]:
    """Verbal conflict aimed at an unowned act of a state organ ("lambasted the verdict", "attacked
    the budget"): that organ of the story's country."""
    if q.entry.cameo[:2] not in REPORTED_TARGET_ROOTS:
        return []
    for noun in q.patient:
        sector = state_acts().get(noun.lemma_.lower())
        if sector is None or any(c.dep_ in ("poss", "compound", "nmod") for c in noun.children):
            continue
        code = q.args.context.country_for(noun)
        if not code:
            return []
        organ = implied_mention(noun, code, sector, f"state-act:{noun.lemma_.lower()}")
        return [Participant(code, sector, "", CONF_PLACE, organ)]
    return []


#: Prepositions naming what verbal conflict is about ("protested over the US decision").
REASON_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/reason_preps.txt"))


def verb_reason_owner(q: TargetQuery) -> list[Participant]:
    """Verbal conflict: the party, or the owner of the act, it is about ("protested over the US
    decision to ...", "complained about Japan's textbooks", "warned of an American strike")."""
    if q.entry.cameo[:2] not in REPORTED_TARGET_ROOTS and q.entry.cameo[:2] != CameoRoot.PROTEST:
        return []
    return _reason_party(q, q.trigger, (*REASON_PREPS, "of"), exclude=q.trigger)


def noun_saying_subject(q: TargetQuery) -> list[Participant]:
    """Nominal verbal conflict on a support verb: the subject of the clause its speech participle
    reports ("lodged a protest, saying Chinese ships had entered its waters")."""
    if q.entry.cameo[:2] not in REPORTED_TARGET_ROOTS or q.light_verb is None:
        return []
    return _named_others(q, saying_subjects([q.light_verb[0]]))


def noun_reason_owner(q: TargetQuery) -> list[Participant]:
    """Nominal verbal conflict: the party, or the owner of the act, its own phrase says it is about
    ("its warnings against NATO expansion", "anger over the Danish cartoons")."""
    if q.entry.cameo[:2] not in REPORTED_TARGET_ROOTS:
        return []
    return _reason_party(q, first_conjunct(q.trigger), REASON_PREPS)


def _reason_party(q: TargetQuery, holder: Token, preps: tuple[str, ...],
                  exclude: Token | None = None) -> list[Participant]:
    """The first other party that ``holder``'s reason phrases (``preps``) name or own."""
    for noun in prep_objects([holder], preps):
        found = q.others(q.args.party_or_owners(noun, CONF_OWNER, exclude))
        if found:
            return found
    return []


#: Conjunctions of a clause telling the act a reaction answers ("after", "following").
REACTION_MARKS: frozenset[str] = read_words(data_file(__file__, "words/reaction_marks.txt"))


def verb_reaction_cause(q: TargetQuery) -> list[Participant]:
    """Appeals, verbal conflict, protests, shows of force and sanctions that name no party answer the act
    of an "after" clause on the verb: its subject, another named party ("urged restraint after North Korea
    tested a missile", "Japan protested after a Chinese ship entered its waters"); a passive clause's
    agent before its subject ("protested after its consulate was stormed by Serbian students")."""
    root = q.entry.cameo[:2]
    if root not in CLAUSE_AIMED_ROOTS and root not in REACTIVE_ROOTS:
        return []
    clauses = [c for c in marked_clauses([q.trigger], REACTION_MARKS) if c.pos_ in VERBAL_POS]
    return _named_others(q, [a for c in clauses for a in agent_tokens(c)] + clause_subjects(clauses))


#: "Meet"-like and fighting verbs: their slot, a partner's owner, the enemy of a purpose clause, the host
#: of a stay they are the purpose of ("is in Cairo to discuss prices").
RECIPROCAL_VERB_STRATEGIES: tuple[Strategy, ...] = (*PARTNER_VERB_STRATEGIES, hostile_purpose_object,
                                                    pact_purpose_party, stay_place, talks_venue)

VERB_STRATEGIES: tuple[Strategy, ...] = (mission_host, verb_slot, passive_recipient, refuge_owner,
                                         verb_supplied_object,
                                         verb_object_owner, verb_complement_object, verb_object_beneficiary,
                                         aid_beneficiary,
                                         verb_reported_subject, denied_act_party, verb_condition_subject,
                                         statement_object_clause,
                                         verb_anaphoric_object, verb_reason_owner, cause_owner, verb_state_act,
                                         verb_act_place, relative_place,
                                         verb_reaction_cause, channel_partner, adjunct_addressee, statement_topic,
                                         verb_predicate_actor,
                                         sibling_object, means_party, verb_home_object, verb_home_body, posted_body,
                                         sibling_destination, visit_host_place, talks_venue, dateline_here)

#: Nominal triggers: the noun's own strategies, with what verbal conflict is about before owners and places.
NOUN_STRATEGIES: tuple[Strategy, ...] = (mission_host, noun_slot, asked_doer, light_verb_prep, defied_subject,
                                         targeted_subject, governing_noun_prep,
                                         governing_verb_prep, passive_clause_patient, repeller, retaliator, answerer,
                                         reactor, endurer, noun_reason_owner, noun_complement_object, noun_object_owner,
                                         cause_owner, aid_beneficiary,
                                         noun_saying_subject, channel_partner, thanked_helper,
                                         noun_act_place, relative_place, complainant, noun_predicate_actor, posted_body,
                                         sibling_destination, visit_host_place, stay_place, talks_venue,
                                         dateline_here)
