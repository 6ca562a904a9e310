"""The lexicon-and-dependency event coder behind ``multipolar_events``.

For each sentence that mentions an actor, every token whose lemma is a trigger in the lexicon is
matched against its entries (:mod:`multipolar.events.matching`); the winning entry says where the
target is, the parse says who the source is (active/passive voice, coordination, relative and
participial clauses, light verbs, complement-taking verbs: :mod:`multipolar.events.slots`), and the
clause status says whether the event happened (negation, modality, questions). A fallback (e.g. a
classifier) can be registered for sentences with actors but no coded event: see :func:`register_fallback`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from multipolar.events import candidate as C
from multipolar.events.addressless import addressless_comments
from multipolar.events.aimed import aimless
from multipolar.events.arguments import Arguments
from multipolar.events.attempts import attempted_violence, failed_agreement
from multipolar.events.authors import overture_authors
from multipolar.events.breakouts import breakout
from multipolar.events.business_acts import NON_POLITICAL_SPEAKERS, business_only
from multipolar.events.candidate import TriggerCandidate
from multipolar.events.claims import framed_claims
from multipolar.events.clauses import noun_clause_verb
from multipolar.events.comments import clause_comment
from multipolar.events.domestic_dyads import domestic, people_target, unfaced
from multipolar.events.events import EventSpec, build_event
from multipolar.events.fallbacks import Fallback, registered_fallbacks
from multipolar.events.force_idioms import (
    armed_blast_code,
    armed_fire_code,
    armed_party,
    military_raid,
    retort_code,
    state_charge_code,
    verbal_attack_code,
)
from multipolar.events.forecasts import forecast_comments, foretold
from multipolar.events.gatherings import official_gathering
from multipolar.events.governed import restraint_pledged
from multipolar.events.headline_places import HeadlineReader
from multipolar.events.homeland import home_target
from multipolar.events.hosts import peacekeeping_code
from multipolar.events.implied import implicit_agentless, implied_parties
from multipolar.events.judgments import blaming, unannounced_harm
from multipolar.events.lexicon import ComplementClass, LexEntry, LexFlag, Lexicon, TriggerPos, load_lexicon
from multipolar.events.matching import Match, Matcher, consumed_by
from multipolar.events.means import means_stand_for_reprisal
from multipolar.events.modality import Status
from multipolar.events.non_events import non_event_reason
from multipolar.events.ontology import is_cooperation
from multipolar.events.outcasts import unwelcome_entry
from multipolar.events.regrets import regret_code
from multipolar.events.reprisals import trade_reprisal_code
from multipolar.events.resignations import subject_resignation
from multipolar.events.rival_targets import rival_targets
from multipolar.events.senses import (
    addressed_specs,
    addressees,
    captive_taking,
    clause_accusation_code,
    explosive_subject_code,
    irregular_violence,
    name_words,
    reports_act,
    riot_code,
)
from multipolar.events.slots import SlotFiller
from multipolar.events.speakers import trailing_attribution
from multipolar.events.subtree_targets import subtree_targets
from multipolar.events.syntax import is_question
from multipolar.events.timing import background_reason, report_year, standing_relation
from multipolar.events.title_claims import title_claim_code
from multipolar.events.topics import topical
from multipolar.events.twins import casualty_twins, dedup_key, targeted_twins_win
from multipolar.events.victims import answered_attackers, continued_threats, untargeted_force
from multipolar.events.walkouts import labour_strike_code
from multipolar.nlp.dependents import tree_depth
from multipolar.records import Event, Modality
from multipolar.reference import CameoRoot


def unreal_outcome(status: Status) -> C.Outcome | None:
    """Why a clause's act did not happen (negated, hypothetical, a question), else None."""
    if status.modality == Modality.HYPOTHETICAL:
        return C.HYPOTHETICAL
    if status.modality == Modality.QUESTION:
        return C.QUESTION
    return C.NEGATED if status.negated else None


class Coder:
    """Codes a parsed document with actor mentions into events and trigger candidates."""

    def __init__(self, include_negated: bool = False, use_fallbacks: bool = True,
                 lexicon: Lexicon | None = None, unresolved: bool = True) -> None:
        self.include_negated = include_negated
        self.unresolved = unresolved  # unresolved parties ("gunmen", "protesters") fill slots
        self.use_fallbacks = use_fallbacks
        self.lex = lexicon or load_lexicon()
        self.matcher = Matcher(self.lex)
        self.slots = SlotFiller(self.lex)
        #: Fallbacks for this coder (named in the component's config); None = the process-wide hook list.
        self.fallbacks: tuple[Fallback, ...] | None = None
        #: Reads a document's title for its actors when a party's last place is wanted (the event component's).
        self.headlines: HeadlineReader | None = None

    def code(self, doc: Doc) -> tuple[list[Event], list[TriggerCandidate]]:
        events: list[Event] = []
        cands: list[TriggerCandidate] = []
        self.matcher.fix_lemmas(doc)
        actors = doc._.actors or []
        args = Arguments(doc, unresolved=self.unresolved, headlines=self.headlines)
        starts = sorted(m.start for m in actors)
        names = name_words(doc, actors)
        # positions of trigger lemmas, found on the lemma array at once
        ids = self.matcher.trigger_ids
        at = [i for i, lemma in enumerate(doc.to_array(LEMMA).tolist() if len(doc) else []) if lemma in ids]
        for si, sent in enumerate(doc.sents):
            # detection does not wait for a resolved actor: "Gunmen killed six villagers near Kidal"
            first = bisect_left(starts, sent.start)  # the first actor at or after the sentence's start
            has_actor = first < len(starts) and starts[first] < sent.end
            if not has_actor and not self.unresolved:
                continue
            triggers = [doc[i] for i in at[bisect_left(at, sent.start):bisect_left(at, sent.end)] if i not in names]
            sent_events = self._code_sentence(doc, sent, si, args, cands, triggers)
            if not sent_events and has_actor and self.use_fallbacks:
                for fallback in registered_fallbacks() if self.fallbacks is None else self.fallbacks:
                    sent_events = fallback(doc, sent, si)
                    if sent_events:
                        break
            events.extend(sent_events)
        return events, cands

    def _code_sentence(self, doc: Doc, sent: Span, si: int, args: Arguments,
                       cands: list[TriggerCandidate], tokens: list[Token]) -> list[Event]:
        """Events of one sentence; ``tokens``: its words with a trigger lemma (none inside a multi-word name)."""
        if not tokens:
            return []
        question = is_question(sent)
        matches: dict[int, Match | None] = {}
        consumed: dict[int, C.Outcome] = {}
        for t in tokens:
            m = self.matcher.match(t)
            matches[t.i] = m
            if m is not None and m.obj is not None and not self.matcher.noun_is_finer(m) \
                    and LexFlag.KEEPOBJ not in m.entry.flags:
                for c in consumed_by(m):
                    consumed[c.i] = C.CONSUMED
        out: list[Event] = []
        local: list[TriggerCandidate] = []
        weak: list[Match] = []
        unaimed: list[Event] = []  # events of an aimed kind coded with no target (held: their ids stay unique)
        depth = {t.i: tree_depth(t) for t in tokens}
        for t in sorted(tokens, key=lambda x: depth[x.i], reverse=True):  # embedded before governors
            m = matches[t.i]
            if m is None:
                local.append(self._cand(t, si, None, C.NO_ENTRY))
                continue
            if t.i in consumed:
                local.append(self._cand(t, si, m.entry, consumed[t.i]))
                continue
            finer = m.obj is None or self.matcher.noun_is_finer(m)
            if m.entry.pos == TriggerPos.VERB and finer and self.matcher.yields_to_noun(t, matches):
                local.append(self._cand(t, si, m.entry, C.LIGHT_VERB))
                continue
            light = self.slots.light_verb_of(t) if m.entry.pos == TriggerPos.NOUN else None
            if LexFlag.NEEDLIGHT in m.entry.flags and m.entry.pos == TriggerPos.NOUN and light is None \
                    and not subject_resignation(t, m.entry):
                local.append(self._cand(t, si, m.entry, C.NO_LIGHT_VERB))
                continue
            m = official_gathering(m, self.matcher.verb_roots) or m  # "leaders converged on Abu Dhabi": a visit
            reason = non_event_reason(m, light, self.matcher.verb_roots)
            if reason is not None:
                local.append(self._cand(t, si, m.entry, C.NON_EVENT, reason))
                continue
            riot = riot_code(m)  # "rioters torched cars": a riot
            if riot is not None:
                m = Match(t, replace(m.entry, cameo=riot), m.obj)
            # "a car bomb killed", "were killed when militants blew up": a bombing
            bombing = explosive_subject_code(m, self.matcher.match_noun, self.matcher.match_verb)
            if bombing is not None:
                m = Match(t, replace(m.entry, cameo=bombing), m.obj)
            # "charged that X", "under fire from Y", "peacekeepers arrived in X", "attacked Bush over Iraq",
            # "hit back at critics", "expressed regret over Japan's decision", "rejected Japan's claim to the islands"
            recoded = clause_accusation_code(m) or armed_fire_code(m, args) or armed_blast_code(m, args) \
                or peacekeeping_code(m, args) or verbal_attack_code(m, args) or state_charge_code(m, args) \
                or labour_strike_code(m) or trade_reprisal_code(m) or retort_code(m, args) or regret_code(m) \
                or title_claim_code(m)
            if recoded is not None:
                m = Match(t, replace(m.entry, cameo=recoded), m.obj)
            outcast = unwelcome_entry(m)  # "declared two diplomats persona non grata": an expulsion
            if outcast is not None:
                m = Match(t, outcast, m.obj)
            comment = clause_comment(m)  # "agreed that the accord had worked": a comment, no agreement
            if comment is not None:
                m = Match(t, comment, m.obj)
            if LexFlag.WEAK in m.entry.flags:
                weak.append(m)
                continue
            if m.entry.pos == TriggerPos.VERB:  # with no source and no implied agent, no target is searched: no actor
                specs, status = self.slots.verb_specs(m, args, question, not implicit_agentless(t, m.entry))
                status = attempted_violence(status, m, self.lex)  # "tried to kill the governor"
                specs, status = failed_agreement(specs, status, m, self.lex)  # "failed to reach a deal"
            else:
                specs, status = self.slots.noun_specs(m, args, question, True)
            outcome, n = self._emit(doc, sent, si, m, specs, status, out, args, unaimed)
            if outcome == C.CODED and status.governor is not None:
                consumed[status.governor.i] = C.GOVERNOR
            local.append(self._cand(t, si, m.entry, outcome, "", n))
        outcomes = {c.token_index: c.outcome for c in local}
        for m in weak:  # statements count only where nothing else was coded, or where they blame a party
            # with no one addressed, the targets change no outcome of a reporting frame, nor of a statement
            # with no source and no implied agent: none are searched (unless it reports a demand or a judgment)
            unheard = not addressees(m.token)
            frame = reports_act(m.token, matches, outcomes) or trailing_attribution(m.token)
            sourceless = unheard and not implicit_agentless(m.token, m.entry)
            specs, status = self.slots.verb_specs(m, args, question, sourceless, unheard and frame)
            specs = topical(specs, m.token)  # "said lending to Ghana rose": a fact reported, no comment on Ghana
            specs = forecast_comments(specs, m.token, matches, outcomes, args)  # "said Y would sign the pact": hope
            # an act aimed at no one named ("Iran test-fired a missile") leaves a statement to a party its own event;
            # a hopeful or gloomy judgment of dealings is one ("said the talks had been fruitful"), not a forecast
            mood = not foretold(m.token)
            if any(e.target is not None for e in out) and not blaming(specs, mood=mood):
                local.append(self._cand(m.token, si, m.entry, C.WEAK))
                continue
            if frame and not any("~must" in x.rule for x in specs) and not blaming(specs, praise=True, mood=mood):
                # a reporting frame: the clause it introduces is the news ("a storm killed 250, the UN said"),
                # unless it coded nothing and the verb addresses a party ("X told Y that ...")
                specs = addressed_specs(m.token, specs)
                if not specs:
                    local.append(self._cand(m.token, si, m.entry, C.REPORTING_FRAME))
                    continue
            outcome, n = self._emit(doc, sent, si, m, specs, status, out, args, unaimed)
            local.append(self._cand(m.token, si, m.entry, outcome, "", n))
        cands.extend(sorted(local, key=lambda c: c.token_index))
        out = casualty_twins(targeted_twins_win(out), sent)  # "bombed X, killing nine": one attack
        out += framed_claims(sent, out)  # "X was murdered by a group, the group claimed": it claims the act
        out = untargeted_force(out)  # "pressed the offensive, killing twelve rebels": one act
        out = means_stand_for_reprisal(sent, out)  # "retaliated by expelling ten diplomats": the expulsion
        out = answered_attackers(out)  # "was attacked by X and vowed retaliation": against X
        out = continued_threats(out)  # "attacked X and vowed to keep up such raids": against X
        # "despite U.S. sanctions", "the arms sales": aimed at no one named, no event
        aimless_ids = {id(e) for e in unaimed}
        out = [e for e in out if e.target is not None or id(e) not in aimless_ids]
        out = subtree_targets(doc, sent, out, self.lex.violence_nouns)  # "signed deals with X": the last resort
        out = rival_targets(doc, sent, out)  # "pulled troops back as tensions with X eased": against X
        out = overture_authors(doc, sent, out)  # "spurned offers by X": against X, even of its own country
        out = addressless_comments(out)  # "officials admitted the talks stalled": a comment on no one
        starts = {t.idx: t.i for t in tokens}
        out.sort(key=lambda e: (depth.get(starts.get(e.char_start, -1), 99), e.char_start))
        return out

    @staticmethod
    def _cand(t: Token, si: int, e: LexEntry | None, outcome: C.Outcome, detail: str = "",
              n: int = 0) -> TriggerCandidate:
        return TriggerCandidate(t.i, t.text, t.lemma_.lower(), si, e.rule if e else None,
                                e.cameo if e else None, outcome, detail, n)

    @staticmethod
    def _background(doc: Doc, m: Match) -> str | None:
        """Why the act is history tied to an earlier time ("in 2019", "the 2003 invasion"), else None."""
        t = m.token
        verb = noun_clause_verb(t) if m.entry.pos == TriggerPos.NOUN else None
        if m.entry.pos == TriggerPos.VERB and (standing := standing_relation(t, is_cooperation(m.entry.cameo))):
            return standing
        return background_reason(t, verb, report_year(doc._.date))

    def _emit(self, doc: Doc, sent: Span, si: int, m: Match, specs: list[EventSpec], status: Status,
              out: list[Event], args: Arguments, unaimed: list[Event]) -> tuple[C.Outcome, int]:
        if not specs:
            return C.NO_ACTOR, 0
        if self.unresolved:
            only, ctx, verb = args.only_state, args.context, self.matcher.match_verb
            specs = [unfaced(domestic(implied_parties(m, s, args, verb), only, ctx), ctx) for s in specs]
        usable = [irregular_violence(military_raid(captive_taking(s), m.token), m.entry, m.token) for s in specs
                  if s.source is not None and not breakout(s, m.token)]  # "insurgents freed prisoners": no release
        # a business does not sanction, coerce or assault: "an airline cancelled flights", "a plane crash killed 53"
        if m.entry.cameo[:2] >= CameoRoot.REDUCE_RELATIONS:
            usable = [s for s in usable if s.source is not None and s.source.sector not in NON_POLITICAL_SPEAKERS]
        if LexFlag.ARMED in m.entry.flags:  # "troops pushed into Gaza", not "Japan moved into second place"
            usable = [s for s in usable if s.source is not None and armed_party(s.source, doc)]
        if not usable:
            return C.NO_ACTOR, 0
        # "British Petroleum ordered a supercomputer", "a firm won a contract from GM": business news
        usable = [s for s in usable if not business_only(s, m.entry.cameo)]
        if not usable:
            return C.BUSINESS, 0
        if not {LexFlag.NEEDTARGET, LexFlag.WEAK} & m.entry.flags:  # their bare act is no event
            usable = [home_target(x, doc, m.token, m.entry.cameo) for x in usable]
        usable = [s for s in (people_target(x, doc) for x in usable) if not s.is_self()]
        if not usable:
            # "said Sudan was likely to grant autonomy to Darfur": an unreal act, not merely a self-event
            unreal = unreal_outcome(status)
            return (unreal if unreal is not None and not self.include_negated else C.SELF_EVENT), 0
        # "plans to attack", "was to hold war games": no threat, and not yet an act ("will stand trial" is no intent)
        intent_code = self.lex.map_complement(ComplementClass.INTENT, m.entry.cameo) or m.entry.cameo
        if LexFlag.TSUBJ not in m.entry.flags and unannounced_harm(status, intent_code, m.token):
            status = Status(modality=Modality.HYPOTHETICAL, reason="an unannounced plan to harm")
        if status.klass == ComplementClass.REFUSE and status.modality == Modality.REFUSAL \
                and not is_cooperation(m.entry.cameo):
            if (pledged := restraint_pledged(self.lex, m.entry.cameo, usable)) is not None:
                usable, status = pledged, Status(modality=Modality.INTENT, reason=status.reason)  # "will not attack Y"
            else:
                status = Status(negated=True, modality=Modality.NEGATED, reason="negated future")  # "will not attack"
        flipped = self.lex.map_complement(ComplementClass.NEGATE, m.entry.cameo) if status.negated else None
        if flipped is not None and status.governor is None:
            # a negated opposition is acquiescence: "would not oppose the talks" (data/complements.tsv)
            usable = [EventSpec(s.source, s.target, flipped, f"{s.rule}~not={flipped}") for s in usable]
            status = Status(modality=Modality.INTENT, reason=status.reason)
        background = self._background(doc, m)
        if background and not (status.negated or status.modality in (Modality.HYPOTHETICAL, Modality.QUESTION)):
            status = Status(negated=False, modality=Modality.BACKGROUND, governor=status.governor,
                            klass=status.klass, reason=background)
            if not self.include_negated:
                return C.BACKGROUND, 0
            outcome = C.BACKGROUND
        elif (unreal := unreal_outcome(status)) is not None:
            outcome = unreal
            if not self.include_negated:
                return outcome, 0
        else:
            outcome = C.CODED
        n = 0
        seen = {dedup_key(x.source, x.target, x.cameo, x.char_start, x.source_sector, x.target_sector) for x in out}
        if LexFlag.NEEDTARGET in m.entry.flags or LexFlag.WEAK in m.entry.flags:  # a bare "X said" is no event
            usable = [s for s in usable if s.target is not None]
            if LexFlag.WEAK in m.entry.flags:  # a statement is about a named actor, by a political speaker
                # ... of another state when it stays a plain statement: "the minister told parliament"
                # briefs the speaker's own country ("said the government lied" is an accusation, 112)
                usable = [s for s in usable if s.target is not None and s.target.code is not None
                          and s.source is not None and s.source.code is not None
                          and s.source.sector is not None and s.source.sector not in NON_POLITICAL_SPEAKERS
                          and (s.target.code != s.source.code or s.cameo[:2] != CameoRoot.STATEMENT)]
            if not usable:
                return C.NO_TARGET, 0
        for spec in usable:
            s, t = spec.source, spec.target
            key = dedup_key(s.code if s else None, t.code if t else None, spec.cameo, m.token.idx,
                             s.sector if s else None, t.sector if t else None)
            if key in seen:
                continue
            seen.add(key)
            modality = None if status.modality == Modality.REFUSAL else status.modality
            out.append(build_event(doc, sent, si, m.token, spec, status.negated, modality))
            if aimless(m.entry, spec, m.token):  # dropped unless a later pass finds its target
                unaimed.append(out[-1])
            n += 1
        if n == 0:
            return C.NO_TARGET, 0
        return outcome, n
