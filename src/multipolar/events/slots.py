"""Fill an event's slots: who did it to whom, from the parse around a matched trigger.

:class:`SlotFiller` turns a lexicon match into event specs (source, target, code, rule) for verbs
(active/passive voice, shared subjects, relative and participial clauses, owners of non-actor
objects, places for material conflict) and for nominal triggers (possessive/modifier sources,
prepositional targets, light and complement-taking verbs, the verb a nominal act is the
circumstance of: :mod:`multipolar.events.circumstance`); an act under a complement-taking verb is
re-coded by :mod:`multipolar.events.governed`; :class:`Coder` adds clause status and evidence.
"""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.aims import (
    NOUN_STRATEGIES,
    RECIPROCAL_VERB_STRATEGIES,
    REPORTED_TARGET_ROOTS,
    VERB_STRATEGIES,
)
from multipolar.events.arguments import Arguments
from multipolar.events.attackers import carried_targets, lone_attackers
from multipolar.events.calls import call_purpose, called_parties
from multipolar.events.capacities import capacity_holder, capacity_status
from multipolar.events.captives import reduced_captive
from multipolar.events.circumstance import (
    act_subject_targets,
    circumstance_party,
    circumstance_verb,
    recip_casualties,
    recip_patients,
)
from multipolar.events.claims import claimants
from multipolar.events.clause_parties import clause_parties, occasion_partners
from multipolar.events.deployed import deployed_forces
from multipolar.events.directives import conditional_threat, directive_code, ultimatum_code
from multipolar.events.events import EventSpec
from multipolar.events.governed import MAPPED_CLASSES, map_to_governor, noun_governor
from multipolar.events.hosts import hosted_visit, vehicle_travel
from multipolar.events.implied import implied_agent_code
from multipolar.events.infinitive_agents import undertaking_verb
from multipolar.events.judged import named_object
from multipolar.events.judgments import (
    COMPLAIN,
    CONCESSION_CONDITIONS,
    accused_parties,
    conditioned_parties,
    felt_parties,
    hedged_own_threat,
    official_protest,
    reported_judgment,
)
from multipolar.events.lexicon import (
    THREAT,
    VIOLENCE_ROOTS,
    ComplementClass,
    LexFlag,
    Lexicon,
)
from multipolar.events.matching import Match
from multipolar.events.modality import Status, clause_status, complement_class
from multipolar.events.nominal_status import nominal_status
from multipolar.events.noun_parties import (
    accompanying_help,
    held_support,
    noun_parties,
    reaction_targets,
    refused_voice,
)
from multipolar.events.noun_status import (
    coming_hedge,
    sought_entry,
)
from multipolar.events.object_backoffs import backoff_objects
from multipolar.events.ontology import lookup
from multipolar.events.own_marks import conditional_content
from multipolar.events.pairing import (
    has_reciprocal_object,
    home_countries,
    hosted,
    meeting_parties,
    pair_specs,
)
from multipolar.events.relatives import modifying_verb
from multipolar.events.schedule import coming_noun, past_noun
from multipolar.events.senses import act_subject
from multipolar.events.speakers import (
    ADVISING,
    blamed_subjects,
    forecast_of_other,
    misattached_conjunct,
    reported_obligation,
    reporting_partner,
    reporting_verb,
)
from multipolar.events.syntax import (
    REPORT_NOUNS,
    act_holder,
    first_conjunct,
    is_passive,
    object_tokens,
    patient_tokens,
    prep_objects,
    purpose_head,
    stative_passive,
    subject_tokens,
)
from multipolar.events.targets import (
    CONF_NOUN,
    CONF_VERB,
    PLANNED_ROOTS,
    TargetQuery,
    find_targets,
    verb_slot,
)
from multipolar.events.unnamed import (
    instrument_agents,
    origin_placed,
    unnamed_noun_parties,
    unplaced_devices,
)
from multipolar.events.verb_sources import verb_sources
from multipolar.events.warned import forecast_warning
from multipolar.nlp.labels import VERB_PATIENTS
from multipolar.records import Modality
from multipolar.reference import CameoRoot

#: QuadClasses of verbal acts (cooperation 1, conflict 3): only a party speaks, appeals or accuses.
VERBAL_QUADS = frozenset({1, 3})
#: A reported obligation: a demand ("must"), or an appeal ("should").
DEMAND, APPEAL = "100", "020"
#: Destruction of property (PLOVER ASSAULT): "an airstrike destroyed a hospital" has an unnamed attacker too.
DESTROY = "1712"


#: Roots whose purpose clause takes the subject of the verb it serves: protests, appeals.
PURPOSE_SOURCE_ROOTS = frozenset({CameoRoot.PROTEST, CameoRoot.APPEAL})


class SlotFiller:
    """Event specs (source, target, code, rule) and clause status for a matched trigger; the coder
    holds one, built on its lexicon (light verbs, complement verbs and maps)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        #: Support verbs that take the act noun as their object with no preposition ("slapped tariffs").
        self.bare_light_verbs = frozenset(lemma for lemma, (_, prep) in lex.light_verbs.items() if prep is None)

    def light_verb_of(self, noun: Token) -> tuple[Token, str] | None:
        """The support verb governing a nominal trigger, with its role (agent|recipient)."""
        tok = first_conjunct(noun)
        head = tok.head
        if (holder := act_holder(tok)) is not None:  # "launched a peacekeeping mission", "$5m in aid"
            tok = holder
            head = tok.head
        if tok.dep_ == "appos" and head.dep_ in VERB_PATIENTS and (head.pos_ == "PROPN" or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)):
            tok = head  # "launched Operation X, an offensive on Y": the name's support verb
            head = tok.head
        # "began a new round of joint exercises": climb over a quantity noun (not a report: "had reports of fighting")
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.dep_ in (
                "dobj", "nsubjpass") and head.head.lemma_.lower() not in REPORT_NOUNS:
            tok = head.head
            head = tok.head
        # "staged a march through ...": an object mis-parsed as an adverbial noun (with its article)
        misparsed = tok.dep_ == "npadvmod" and any(c.dep_ == "det" for c in tok.children) and not any(
            c.dep_ == "dobj" for c in head.children)
        if (tok.dep_ in VERB_PATIENTS or misparsed) and head.lemma_.lower() in self.lex.light_verbs:
            role, prep = self.lex.light_verbs[head.lemma_.lower()]
            if prep is None:
                return head, role
        if tok.dep_ == "pobj" and head.dep_ == "prep":  # "assured Kabul of support": the PP may hang on the object
            verb = head.head.head if head.head.dep_ == "dobj" and head.head.head.pos_ == "VERB" else head.head
            info = self.lex.light_verbs.get(verb.lemma_.lower())
            if info and info[1] == head.lower_:
                return verb, info[0]
        # "the tariffs Washington slapped on X", "the raid troops carried out", "sanctions imposed by the UN"
        support = modifying_verb(tok, self.bare_light_verbs)
        if support is not None:
            return support, self.lex.light_verbs[support.lemma_.lower()][0]
        return None

    # -- verbs ---------------------------------------------------------------------------------
    def verb_specs(self, m: Match, args: Arguments, question: bool, sourceless: bool = False,
                   frame: bool = False) -> tuple[list[EventSpec], Status]:
        """Specs of a verbal trigger: sources from the clause, targets from :data:`VERB_STRATEGIES`; none searched
        where ``sourceless`` and no source is found, or in a reporting ``frame`` with the entry's own rule (the
        caller then codes and labels alike whatever they are: :class:`multipolar.events.coder.Coder`)."""
        v, e = m.token, m.entry
        status = clause_status(v, self.lex, question, trigger=True)
        status = capacity_status(status, v, e.cameo, self.lex)  # "is seeking ways to retaliate against Y"
        if not status.negated and status.modality is None and status.governor is None \
                and (taker := undertaking_verb(v)) is not None:
            # "may flood the market in an effort to pressure X": the undertaking is as real as its verb
            taken = clause_status(taker, self.lex, question)
            if taken.negated or taken.modality is not None:
                status = Status(negated=taken.negated, modality=taken.modality,
                                reason=f"the undertaking of '{taker.text}': {taken.reason}")
        passive = is_passive(v)
        # "the ship it seized", "condemned and rejected the plan"
        patient = patient_tokens(v) if passive else (object_tokens(v) or backoff_objects(v))
        if (captive := reduced_captive(v)) is not None:  # "freed two Italians held hostage": held, by no one named
            passive, patient = True, [captive]
        if LexFlag.JUDGED in e.flags:  # "rejected Y's decision, calling it dangerous": the decision
            patient = named_object(v, patient)
        sources = verb_sources(v, passive, args, self.lex.violence_nouns)
        if not sources and status.governor is not None and status.governor == capacity_holder(v):
            sources = args.participants(subject_tokens(status.governor), CONF_VERB)  # the means' holder
        if e.cameo[:2] == CameoRoot.AID and not passive and act_subject(v, self.lex.nouns, args):
            return [], status  # "his visit will help resolve", "supplies of OPEC crude helped limit": no one aids
        if vehicle_travel(v, e.cameo):  # "a cargo plane flying to Delhi": a craft makes no visit
            return [], status
        if passive and not sources and stative_passive(v):  # "Tehran is committed to the freeze"
            sources, patient, passive = args.participants(patient, CONF_VERB), prep_objects([v], ("to",)), False
        if forces := deployed_forces(e.cameo, passive, sources, patient, args):  # "Indian troops were deployed"
            sources, patient, passive = forces, [], False
        if (felt := felt_parties(v, passive)) is not None:  # "Japan was angered by X": Japan disapproves of X
            sources, patient, passive = args.participants(felt[0], CONF_VERB), felt[1], False
        if not sources and not passive and lookup(e.cameo).quad in VERBAL_QUADS:
            speaker = misattached_conjunct(v)  # "declared that the violence amounted to ... and urged"
            if speaker is not None and not args.participants(subject_tokens(v.head)):
                sources = args.participants(subject_tokens(speaker), CONF_VERB)
        if not sources and LexFlag.RECIP in e.flags and m.obj is not None:
            # "a meeting of French and German ministers was held", "talks between A and B were held",
            # "Indian and Pakistani talks held in Delhi"
            sources = meeting_parties(m.obj, args)
        if not sources and LexFlag.RECIP in e.flags and passive:  # "talks were held between A and B"
            sources = meeting_parties(v, args, modifiers=False)
        if not passive and e.cameo[:2] in VIOLENCE_ROOTS:
            sources = lone_attackers(v, origin_placed(v, sources, args))  # "fired rockets at X from Gaza"
            if not e.targets:
                sources = unplaced_devices(v, sources)  # "a bomb exploded in Baghdad": no attacker named
        if not sources and not passive and (e.cameo[:2] in VIOLENCE_ROOTS or e.cameo == DESTROY):
            sources = instrument_agents(v, self.lex)  # "an airstrike hit a market": an unnamed attacker
        if not sources and e.cameo[:2] in PURPOSE_SOURCE_ROOTS and (served := purpose_head(v)) is not None:
            # "held a vigil to protest", "entered the embassy to seek asylum": the served verb's subject
            sources = args.participants(subject_tokens(served), CONF_VERB)
        query = TargetQuery(v, e, args, sources, obj=m.obj, patient=patient, passive=passive,
                            violence_nouns=self.lex.violence_nouns)
        strategies = RECIPROCAL_VERB_STRATEGIES if LexFlag.RECIP in e.flags else VERB_STRATEGIES
        if (call := call_purpose(v)) is not None:  # "called the king to express support": to the one called
            sources = sources or args.participants(subject_tokens(call), CONF_VERB)
        lazy = frame or (sourceless and not sources)
        targets = [] if lazy else find_targets(query, strategies)
        if call is not None:
            targets = targets or args.participants(called_parties(call), CONF_VERB)
        if not passive and e.cameo[:2] in VIOLENCE_ROOTS:  # "a US attack on a house in Fallujah killed five"
            targets = carried_targets(v, args, act_subject_targets(v, args, self.lex.violence_nouns, targets))
        blamed = blamed_subjects(v) if e.cameo[:2] in REPORTED_TARGET_ROOTS else []
        if blamed:  # "X said Greece was to blame": X accuses Greece
            speech = reporting_verb(v)
            targets = args.participants(blamed, CONF_VERB)
            sources = args.participants(subject_tokens(speech), CONF_VERB) if speech is not None else []
        if forecast_warning(v, e.cameo, sources, targets, args):  # "warned that U.S. buyers would not welcome China"
            targets = []
        status = forecast_of_other(status, sources, args, self.lex, e.cameo, targets)  # unless hosted
        status = hedged_own_threat(status, v, e.cameo, sources, args,
                                   self.lex)  # "X said it could retaliate against Y": a threat
        if LexFlag.TSUBJ in e.flags:  # "Pinochet will stand trial": the subject undergoes the act
            # "came under fire from X": a slot of the entry names the agent
            agents = verb_slot(query) if e.targets else []
            if not agents and m.obj is not None:  # "came under Iranian attack": the act noun's own modifier
                agents = args.participants([c for c in m.obj.children if c.dep_ in ("amod", "compound", "poss")],
                                           CONF_VERB)
            sources, targets = agents, sources
        cameo, rule = e.cameo, e.rule
        if status.klass in MAPPED_CLASSES and LexFlag.TSUBJ not in e.flags:  # "will stand trial" is no one's intent
            # "agreed to lift a ban on imports from Egypt": the act has its own (non-actor) target
            aimed = bool(prep_objects([v] + ([m.obj] if m.obj is not None else []) + patient, query.prep_slots))
            cameo, rule, sources, targets = map_to_governor(self.lex, status, e, args, sources, targets, aimed)
        elif ((LexFlag.WEAK in e.flags and e.cameo == "010") or (e.cameo == THREAT and complement_class(
                v, self.lex) == ComplementClass.THREAT)) and (obligation := reported_obligation(v, sources, args)):
            # "X said Y must withdraw": a demand; "X said Y should withdraw": an appeal; so is a warning
            # whose content is another party's obligation ("warned Tokyo its package must be significant")
            modal, obligated = obligation
            cameo = APPEAL if modal in ADVISING else DEMAND
            rule = f"{e.rule}~must={cameo}"
            targets = obligated or targets  # "told the envoys that Israel must go": Israel
        elif LexFlag.WEAK in e.flags and e.cameo == "010" and (judged := reported_judgment(v, sources, args)):
            cameo, rule = judged, f"{e.rule}~judged={judged}"  # "X said Y's plan was reckless": criticism
            targets = accused_parties(v, sources, args) or targets  # "said the government had rigged the vote in Y"
        elif LexFlag.WEAK in e.flags and e.cameo == "010" and (directed := directive_code(v, self.lex)):
            cameo, rule = directed, f"{e.rule}~directive={directed}"  # "told Japan to resolve the row": a demand
        elif LexFlag.WEAK in e.flags and e.cameo == "010" and (conditioned := conditional_threat(v, sources, args)):
            cameo, rule, targets = THREAT, f"{e.rule}~conditional={THREAT}", conditioned  # "would ... if Japan ..."
        elif LexFlag.WEAK in e.flags and e.cameo == "010" and (condition := conditional_content(v)) is not None:
            # "X said if Y fails it will neglect trade": a condition reported, no comment on Y's act
            status = Status(modality=Modality.HYPOTHETICAL, reason=f"reports a condition ('{condition.text}')")
        if (penalty := ultimatum_code(cameo, v, status.governor)) is not None:
            cameo, rule = penalty, f"{rule}~ultimatum={penalty}"  # "told Y to halt it or face sanctions"
        if not targets and cameo[:2] == CameoRoot.THREATEN:  # "will retaliate if the EC adopts the tax": the EC
            targets = conditioned_parties(v, sources, args)
        elif not targets and e.cameo[:2] == CameoRoot.YIELD:  # "will lift the tariffs once Japan opens its market"
            targets = conditioned_parties(v, sources, args, CONCESSION_CONDITIONS)
        if official_protest(cameo, sources):  # "France protested over Canada's decision": a complaint
            cameo, rule = COMPLAIN, f"{rule}~gov={COMPLAIN}"
        if lazy:  # no target searched: where a later rule found a source or a code, search after all
            return self.verb_specs(m, args, question) if rule != e.rule or (sources and not frame) else ([], status)
        # "A and B accused each other": with each other
        specs = pair_specs(sources, targets, e, cameo, rule, v, has_reciprocal_object([v]))
        holders = [v] + ([m.obj] if m.obj is not None else [])  # "held talks in Tehran"
        return hosted(specs, home_countries(holders, args)) if cameo == e.cameo else specs, status

    # -- nominal triggers ----------------------------------------------------------------------
    def noun_specs(self, m: Match, args: Arguments, question: bool,
                   sourceless: bool = False) -> tuple[list[EventSpec], Status]:
        """Specs of a nominal trigger: owner/modifier sources, targets from :data:`NOUN_STRATEGIES`,
        clause status from its light or complement-taking verb; ``sourceless`` as in :meth:`verb_specs`."""
        n, e = m.token, sought_entry(m.token, m.entry, self.lex)  # "a proposal for talks": 036
        lv = self.light_verb_of(n)
        if lv is not None and held_support(n, e, lv, args):  # "X has the support of Y": Y acts on X
            lv = (lv[0], "recipient")
        helped = accompanying_help(n, e, args) if lv is None else None
        if helped is not None:  # "X, with help from Y, retook the town": Y acts on X
            lv = (helped, "recipient")
        gov = None if lv is not None else noun_governor(n, self.lex)
        gov = None if gov is not None and refused_voice(n, e, gov, args) else gov  # "rejected U.S. threats"
        if gov is not None:
            lv = (gov[0], "agent")
        sources, targets = noun_parties(n, e, lv, args)
        # "A shook hands with B before their meeting", "talks took place between A and B": on each other
        clause = clause_parties(n, e, args) if not sources and LexFlag.RECIP in e.flags else []
        sources = sources or clause
        if not sources and lv is not None and lv[1] == "agent" and (gov is None or gov[1] == ComplementClass.INTENT):
            # "X was sent to Cairo for talks with Y", "X is expected for talks with Y": the passive
            # patient meets the named partner (not under "was invited": the inviter appeals)
            sources = recip_patients(n, e, lv[0], args, CONF_NOUN)
        host = hosted_visit(n, e.cameo) if not sources and lv is None else None
        if host is not None:  # "hosted the Thai king on a state visit": the king visits the host
            sources = args.participants(object_tokens(host), CONF_NOUN)
            targets = targets or [p for p in args.participants(subject_tokens(host), CONF_NOUN)
                                  if p.code not in {s.code for s in sources}]
        circumstance = circumstance_verb(n, e, args) if not sources and lv is None else None
        if circumstance is not None:  # "arrived for talks with X": the verb's agent, as for a light verb
            sources, targets = noun_parties(n, e, (circumstance, "agent"), args)
            sources = sources or recip_patients(n, e, circumstance, args, CONF_NOUN)
            lv = (circumstance, "agent") if sources else None
        elif not sources and lv is None:
            # "Koizumi, in Brazil for talks with Lula, said"; "Hamas claimed responsibility for the bombing"
            sources = circumstance_party(n, e, args) or claimants(n, args)
        if not sources and lv is None:  # "clashes with rebels killed five soldiers": the soldiers' side
            sources = recip_casualties(n, e, args, CONF_NOUN)
        status = nominal_status(n, e, lv, gov, question, self.lex)
        if lv is not None and lv[1] == "agent":  # "optimistic that India would resume the dialogue": India's
            status = forecast_of_other(status, sources, args, self.lex, e.cameo, targets)
        if lv is not None and lv[1] == "agent" and gov is None:  # "said it could take legal action against Y"
            status = hedged_own_threat(status, lv[0], e.cameo, sources, args, self.lex)
        between = False  # partners named by "between"/"among" act on each other
        if not targets and m.obj is not None:  # "a suspension of aid to Zambia": the object's target
            targets = args.participants(prep_objects([m.obj], e.targets), CONF_NOUN)
        lazy = sourceless and not sources and not implied_agent_code(n, e)  # nor an unnamed party
        if not targets and not clause and not lazy:
            query = TargetQuery(n, e, args, sources, light_verb=lv)
            # "Hu praised Brazil during his visit": the host is the partner the clause names
            targets = find_targets(query, NOUN_STRATEGIES) or occasion_partners(n, e, sources, args)
            between = query.between
        if lv is not None and lv[1] == "recipient":
            # "X drew criticism from Y", "Japan's plan drew protests from Y": the subject or its owner
            recipients, done_to = reaction_targets(lv[0], self.lex.nouns, args)  # "the arrest of X drew ...": its doer
            if sources and (recipients or done_to):
                targets = recipients
        if not sources and LexFlag.RECIP in e.flags and len(targets) >= 2 and between:
            # "talks between A and B" pair A and B; "talks with A, B and C" only with the subject
            sources, targets = targets, []
        if not sources and LexFlag.RECIP in e.flags and targets and not between:
            sources = reporting_partner(n, args, targets)
        if not sources and not targets and LexFlag.RECIP in e.flags:
            sources = meeting_parties(n, args, modifiers=False)  # "a meeting of Israeli and Palestinian envoys"
        cameo, rule = e.cameo, e.rule + ("/clause" if clause else "")
        if status.klass in MAPPED_CLASSES and (lv is not None or status.governor is not None):
            cameo, rule, sources, targets = map_to_governor(self.lex, status, e, args, sources, targets)
        elif e.cameo[:2] in PLANNED_ROOTS and not status.negated and (
                (status.modality == Modality.INTENT and not past_noun(n)) or (coming_noun(n) and (
                    status.modality is None or (status.modality == Modality.HYPOTHETICAL and coming_hedge(n))))):
            # "his visit to Washington next week", "the withdrawal will begin next summer": a plan (036, 0356)
            cameo = self.lex.map_complement(ComplementClass.INTENT, e.cameo) or e.cameo
            rule = f"{rule}~coming={cameo}"
            status = Status(modality=Modality.INTENT, reason=status.reason or "a coming meeting")
        if official_protest(cameo, sources):  # "despite protests from Taiwan": a complaint
            cameo, rule = COMPLAIN, f"{rule}~gov={COMPLAIN}"
        if lazy:  # no target searched: where a later rule found a source or a code, search after all
            return self.noun_specs(m, args, question) if sources or rule != e.rule or cameo != e.cameo else ([], status)
        holders = [n] + ([lv[0]] if lv is not None else [])
        specs = pair_specs(sources, targets, e, cameo, rule, n, has_reciprocal_object(holders))
        if args.unresolved and not sources:  # "clashes in eastern Congo", "protests continued in Abuja"
            specs = unnamed_noun_parties(n, e, args, specs)
        return hosted(specs, home_countries(holders, args)) if cameo == e.cameo else specs, status
