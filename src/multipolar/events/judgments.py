"""What a reported clause says of another party beyond a bare statement: a judgment that
criticises it ("X said Y's plan was reckless": 111), or a hedged hostile act of the speaker's own
side ("X said it could retaliate against Y": a threat, not a hypothetical), and a plan to harm that
nobody announced, which is none ("the army plans to attack"; readiness set on a condition is announced);
a wish that wants no act of an object party is no appeal."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.attempts import FAILING_VERBS
from multipolar.events.clauses import clause_subjects, marked_clauses, phrasal_in, phrase_clauses
from multipolar.events.defence import reprisal_word
from multipolar.events.events import EventSpec
from multipolar.events.infinitives import to_infinitive
from multipolar.events.judged import ACCUSE, CRITICIZE, OPTIMISTIC, PESSIMISTIC, PRAISE, judgment, trend
from multipolar.events.lexicon import (
    HYPOTHETICAL_AUX,
    JUDGING_COPULAS,
    SPEECH_VERBS,
    ComplementClass,
    Lexicon,
)
from multipolar.events.modality import WISHING, Status
from multipolar.events.speakers import FIRST_PERSON
from multipolar.events.syntax import agent_tokens, object_tokens, patient_tokens, subject_tokens
from multipolar.events.targets import DOMESTIC_ORGANS
from multipolar.nlp.labels import (
    COMPLEMENT_CLAUSES,
    COPULA_COMPLEMENTS,
    NOMINAL_SUBJECTS,
    NOUN_CONTENT_CLAUSES,
    NOUN_POS,
)
from multipolar.records import Modality, Sector
from multipolar.reference import CameoRoot

#: Subjects that make a fault-finding judgment a denial ("said the reports were baseless": 016).
DENIED_REPORTS: frozenset[str] = read_words(data_file(__file__, "words/denied_report_nouns.txt"))
#: Prepositional predicates of fault ("out of step", "in breach").
PEJORATIVE_PHRASES: frozenset[str] = read_words(data_file(__file__, "words/pejorative_phrases.txt"))
#: Verbs of wrongdoing a reported clause accuses another party of ("said Kuwait was stealing its oil").
WRONGDOING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/wrongdoing_verbs.txt"))
#: Adverbs of fault: a reported clause whose verb another party does so criticises it ("had unfairly singled out").
FAULT_ADVERBS: frozenset[str] = read_words(data_file(__file__, "words/fault_adverbs.txt"))
#: Verbs of obstruction: a reported clause saying another party does them criticises it (111).
OBSTRUCTING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/obstructing_verbs.txt"))
#: Nouns of evidence: a reported "there is evidence that X did it" accuses X (112).
EVIDENCE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/evidence_nouns.txt"))
#: Verbs of understanding: a reported failure of another party to understand criticises it (111), and the
#: verbs they may hang under ("do not seem to understand", "failed to grasp").
UNDERSTANDING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/understanding_verbs.txt"))
RAISING_VERBS = frozenset({"seem", "appear", "fail"})
#: Verbs of a duty: a reported failure of another party to do one criticises it ("had failed to honour the pact").
DUTY_VERBS: frozenset[str] = read_words(data_file(__file__, "words/duty_verbs.txt"))
#: Verbs of keeping a commitment: a reported "has not honoured the pact" faults its subject.
COMMITMENT_VERBS: frozenset[str] = read_words(data_file(__file__, "words/commitment_verbs.txt"))
#: Verbs that equate their subject with a judged noun ("amounted to genocide", "constituted aggression").
JUDGING_EQUATIVES: frozenset[str] = read_words(data_file(__file__, "words/judging_equatives.txt"))
#: Verbs of displeasure: the experiencer disapproves of the cause ("was angered by X", "X angered Y").
AFFECT_VERBS: frozenset[str] = read_words(data_file(__file__, "words/affect_verbs.txt"))
#: Modifier positions of a displeasure participle: the feeling is a motive of another act.
MOTIVE_DEPS = frozenset({"acl", "advcl", "amod", "relcl"})
#: Marks of the condition a threat sets ("will retaliate if", "unless"), and its target's confidence.
THREAT_CONDITIONS = frozenset({"if", "unless"})
CONF_CONDITIONED = 0.6
CONCESSION_CONDITIONS: frozenset[str] = read_words(data_file(__file__, "words/concession_conditions.txt"))
#: A demonstration (141) and the official complaint (114) a government's protest is instead.
DEMONSTRATE, COMPLAIN = "141", "114"
#: Roots of verbal conflict an announced intent keeps (governed.OWN_CODE_INTENT_ROOTS) that, said to be
#: possible only ("could take legal action against Y"), are a threat.
HEDGED_THREAT_ROOTS = frozenset({CameoRoot.DEMAND, CameoRoot.DISAPPROVE, CameoRoot.REJECT})
#: Auxiliaries of a judged predicate that make it advice on a possible act ("it would be foolish to").
HEDGING_AUX = HYPOTHETICAL_AUX | {"would"}
#: Deeds a reported "Y was behind ..." accuses Y of ("said Syria was behind the bombing": 112).
CULPRIT_DEEDS: frozenset[str] = read_words(data_file(__file__, "words/attack_nouns.txt")) | read_words(
    data_file(__file__, "words/culprit_deeds.txt"))
#: CAMEO code of a denial (a fault found with reports).
DENY = "016"


def _negated_judgment(code: str | None, subj: list[Token], speakers: set[str | None], args: Arguments) -> str | None:
    """A judgment under "not": denied merit of another party's named act faults it ("said Y's response
    had not been encouraging", "said the U.S. proposal was not helpful": criticism); any other denied
    judgment is none ("was not reckless", "it was not likely ...")."""
    named = [t for t in subj if t.pos_ in NOUN_POS]
    others = {p.code for p in args.participants([t for s in named for t in s.subtree])} - speakers - {None}
    return CRITICIZE if code in (PRAISE, OPTIMISTIC) and others else None


def _verb_forms(participle: str) -> set[str]:
    """The verb lemmas an "-ed" form may come from ("exaggerated", "rigged", "falsified")."""
    if not participle.endswith("ed"):
        return set()
    stem = participle[:-2]
    return {participle[:-1], stem, stem[:-1], stem[:-1] + "y" if stem.endswith("i") else stem}


def _wrongdoing(clause: Token) -> bool:
    """The clause's verb is one of wrongdoing ("was stealing"), also where the parser read its participle
    as an adjective of the object of "had" ("said Iran had exaggerated/ADJ reports")."""
    if clause.lemma_.lower() in WRONGDOING_VERBS:
        return True
    return clause.lemma_ == "have" and clause.pos_ == "VERB" and any(
        a.dep_ == "amod" and _verb_forms(a.lower_) & WRONGDOING_VERBS
        for o in clause.children if o.dep_ == "dobj" for a in o.children if a.i < o.i)


def _evidenced(clause: Token) -> list[Token]:
    """The subjects of what a reported clause says there is evidence of ("said there was strong evidence
    that X approved the sale", "said it had proof that X trained them"); none for "no evidence"."""
    if clause.lemma_ not in ("be", "have"):
        return []
    nouns = [c for c in clause.children if c.dep_ in ("attr", "dobj", "nsubj") and c.lemma_.lower() in EVIDENCE_NOUNS
             and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)]
    return clause_subjects(c for n in nouns for c in n.children if c.dep_ in NOUN_CONTENT_CLAUSES and c.pos_ == "VERB")


def _phrase_fault(clause: Token) -> bool:
    """A copula's prepositional predicate that finds fault ("is out of step with", "was in breach of")."""
    for prep in [c for c in clause.children if c.dep_ == "prep"]:
        words, tok = [prep.lower_], prep
        while tok.pos_ == "ADP":
            nxt = next((c for c in tok.children if c.dep_ in ("prep", "pobj")), None)
            if nxt is None:
                break
            words.append(nxt.lemma_.lower() if nxt.pos_ == "NOUN" else nxt.lower_)
            tok = nxt
        if " ".join(words) in PEJORATIVE_PHRASES:
            return True
    return False


def _behind_deed(clause: Token) -> bool:
    """A copula whose predicate puts its subject behind a violent deed ("was behind the bombing")."""
    return any(p.dep_ == "prep" and p.lower_ == "behind" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in CULPRIT_DEEDS for o in p.children) for p in clause.children)


def _equated(verb: Token) -> list[Token]:
    """The noun an equative verb's subject is judged to be: its object ("constituted aggression") or the
    object of its "to" ("amounted to genocide")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]


def _accused(subj: list[Token], speakers: list[Participant], args: Arguments) -> list[Participant]:
    """The parties of a reported clause's subject that the speaker may accuse: another party ("said Kuwait
    was stealing its oil"), or a state organ of the speaker's own country that is not the speaker's own
    side ("a former official said the government was distorting the figures"); none for "we"."""
    if not subj or any(t.lower_ in FIRST_PERSON for t in subj):
        return []
    codes, pairs = {p.code for p in speakers}, {(p.code, p.sector) for p in speakers}
    return [p for p in args.participants(subj) if p.code not in codes
            or (p.sector in DOMESTIC_ORGANS and (p.code, p.sector) not in pairs)]


def _uncomprehending(clause: Token) -> bool:
    """A reported failure to understand ("do not understand", "do not seem to grasp", "failed to realise"):
    a verb of understanding under "not", or under "fail" or a negated "seem"/"appear"."""
    verbs = [clause] + [c for c in clause.children if c.dep_ == "xcomp" and clause.lemma_.lower() in RAISING_VERBS]
    negated = clause.lemma_.lower() == "fail" or any(c.dep_ == "neg" for v in verbs for c in v.children)
    return negated and any(v.lemma_.lower() in UNDERSTANDING_VERBS for v in verbs)


def _failed_duty(clause: Token) -> bool:
    """A reported failure to do a duty: "fail" with a duty verb ("had failed to implement the pact"),
    "not ... enough" ("has not done enough to curb the violence"), or a commitment not kept ("had not
    honoured the pact"); none under a modal ("may fail to"), for
    "did not fail to", or for a failure to win or agree ("failed to reach a deal")."""
    if any(c.tag_ == "MD" for c in clause.children):
        return False
    negated = any(c.dep_ == "neg" for c in clause.children)
    if clause.lemma_.lower() == "do":
        return negated and any(c.lower_ == "enough" and c.dep_ in ("dobj", "advmod") for c in clause.children)
    if negated and clause.lemma_.lower() in COMMITMENT_VERBS:  # "had not honoured the pact", "not lived up to"
        return clause.lemma_.lower() != "live" or any(c.dep_ == "prt" and c.lower_ == "up" for c in clause.children)
    return clause.lemma_.lower() in FAILING_VERBS and not negated and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in DUTY_VERBS for c in clause.children)


def _faulted(clause: Token) -> bool:
    """A reported verb of wrongdoing ("was stealing"), of obstruction ("was undermining the talks", "was
    holding up an accord") or one done in a faulty way ("unfairly singled out")."""
    return _wrongdoing(clause) or phrasal_in(clause, OBSTRUCTING_VERBS) or any(
        c.dep_ == "advmod" and c.lower_ in FAULT_ADVERBS for c in clause.children)


def accused_parties(verb: Token, speakers: list[Participant], args: Arguments) -> list[Participant]:
    """The parties a speech verb's reported clause accuses of wrongdoing or says there is evidence against
    ("said the government had rigged the vote in X", "said there was evidence that the government approved
    the sale to X": the government, not X), the target of the accusation; none for another clause."""
    for clause in [c for c in verb.children if c.dep_ == "ccomp"] + phrase_clauses(verb):
        if _failed_duty(clause):  # "said Japan had failed to implement the pact", "had not done enough"
            return _accused(subject_tokens(clause), speakers, args)
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        if evidenced := _evidenced(clause):
            return _accused(evidenced, speakers, args)
        if _faulted(clause):
            return _accused(subject_tokens(clause), speakers, args)
    return []


def reported_judgment(verb: Token, speakers: list[Participant], args: Arguments) -> str | None:
    """The code of a speech verb's reported clause (or of its medium's: "said in a statement that")
    that judges someone other than the speaker, or a situation, by its predicate (``judged.judgment``:
    "said Hamas was responsible for the attack" 112, "said Italy's plan was reckless" 111, "said the
    situation in Haiti was dangerous" 012); else None. The judged subject is not the speaker itself
    ("said it had been wrong" is no criticism); its dealings may be ("its talks with Peru")."""
    codes = {p.code for p in speakers}
    for clause in [c for c in verb.children if c.dep_ == "ccomp"] + phrase_clauses(verb):
        lemma = clause.lemma_.lower()
        faulted, evidenced = _faulted(clause), _evidenced(clause)
        if _uncomprehending(clause) and _accused(subject_tokens(clause), speakers, args):
            return CRITICIZE  # "said Mexican officials did not seem to understand the risk"
        if _failed_duty(clause) and _accused(subject_tokens(clause), speakers, args):
            return CRITICIZE  # "said Japan had failed to implement the pact": a fault found with Japan
        if (faulted or evidenced) and not any(c.dep_ == "neg" for c in clause.children):
            if _accused(evidenced or subject_tokens(clause), speakers, args):
                return ACCUSE if evidenced or _wrongdoing(clause) else CRITICIZE
            continue
        subj = subject_tokens(clause) or patient_tokens(clause)
        code = trend(clause, subj[0] if subj else None)  # "said relations with Peru were improving": 013
        if code is None and lemma not in JUDGING_COPULAS and lemma not in JUDGING_EQUATIVES:
            continue
        preds = [c for c in clause.children if c.dep_ in COPULA_COMPLEMENTS] if lemma in JUDGING_COPULAS \
            else _equated(clause) if lemma in JUDGING_EQUATIVES else []
        code = code or next((j for p in preds for j in [judgment(p, subj[0] if subj else None)] if j is not None),
                            None)
        if code is None and lemma in JUDGING_COPULAS and _phrase_fault(clause):
            code = CRITICIZE  # "said the president was out of step with his people"
        if code is None and lemma in JUDGING_COPULAS and _behind_deed(clause):
            code = ACCUSE  # "said Syria was behind the bombing"
        if code is None or not subj or any(t.lower_ in FIRST_PERSON for t in subj):
            continue
        if code in (CRITICIZE, ACCUSE) and any(c.dep_ == "aux" and c.lower_ in HEDGING_AUX
                                                       for c in clause.children):
            continue  # "said it would be unwise for Korea to retaliate": advice on a possible act
        if any(c.dep_ == "neg" for w in (clause, *preds) for c in w.children):
            code = _negated_judgment(code, subj, codes, args)
            if code is None:
                continue
        own = {p.code for p in args.participants(subj) if any(p.mention.start <= t.i < p.mention.end for t in subj)}
        if code == PRAISE and not {p.code for p in args.participants([t for s in subj for t in s.subtree])} - codes:
            continue  # approval is of another party's act: "said the harvest had been good" praises no one
        if code in (CRITICIZE, ACCUSE) and any(t.lemma_.lower() in DENIED_REPORTS for t in subj):
            return DENY  # "said reports that it would close the strait were baseless": a denial
        if not own & codes:  # "its talks with Peru were fruitful" judges the talks, not the speaker
            return code
    return None


def blaming(specs: list[EventSpec], praise: bool = False, mood: bool = False) -> bool:
    """A statement whose reported clause blames a party ("said the killings amounted to genocide", "said
    Y's plan was reckless"): an event of its own, coded beside the other acts of the sentence;
    ``praise``: or praises it, or judges a state of affairs gloomy ("Brazil's request is responsible and
    modest, X said", "security in Haiti remains dangerous, X said": the speaker's own assessment, not a
    fact it sources; a hopeful forecast "is likely to succeed" is no such thing); ``mood``: or judges
    dealings or a state of affairs hopeful or gloomy ("met Y and said the talks had been fruitful": a
    comment beside the meeting)."""
    codes = {CRITICIZE, ACCUSE} | ({PRAISE, PESSIMISTIC} if praise else set()) | (
        {PESSIMISTIC, OPTIMISTIC} if mood else set())
    return any(s.cameo in codes and "~judged=" in s.rule and s.target is not None for s in specs)


def felt_parties(verb: Token, passive: bool) -> tuple[list[Token], list[Token]] | None:
    """Experiencer and cause of a displeasure verb (:data:`AFFECT_VERBS`): the passive subject and
    its by-agent ("Japan was angered by the decision"), or the active object and subject ("the decision
    angered Japan"); None for another verb, or one with neither (an adjectival "was disappointed by"
    keeps its subject as the source); no parties for a participle modifying another act ("lawmakers
    angered by X plan to ..."), unless an active one with an object ("X resumed whaling, angering Y": Y
    resents X). The experiencer is the one who disapproves."""
    if verb.lemma_.lower() not in AFFECT_VERBS or verb.pos_ != "VERB":
        return None
    # "lawmakers angered by the failure plan to ...": a motive, no statement; an active participle with an
    # object tells what the clause's act caused ("visited the shrine, angering China": China resents it)
    if verb.dep_ in MOTIVE_DEPS and not (verb.tag_ == "VBG" and not passive and object_tokens(verb)):
        return [], []
    if passive:
        return patient_tokens(verb), agent_tokens(verb)
    felt = object_tokens(verb)
    return (felt, subject_tokens(verb)) if felt else None


def conditioned_parties(verb: Token, sources: list[Participant], args: Arguments,
                        marks: frozenset[str] = THREAT_CONDITIONS) -> list[Participant]:
    """The party a threat (or, with other ``marks``, a concession) is conditioned on: the subject of an
    if/unless clause of the verb or of the speech verb governing it ("will retaliate if the EC adopts
    the tax", "said it would strike back if Israel attacked", "will lift the tariffs once Japan opens
    its market"); not the source itself."""
    codes = {p.code for p in sources}
    for head in (verb, verb.head):
        for clause in marked_clauses([head], marks):
            found = [p for p in args.participants(subject_tokens(clause), CONF_CONDITIONED) if p.code not in codes]
            if found:
                return found
    return []


def official_protest(cameo: str, sources: list[Participant]) -> bool:
    """A protest whose every source is a government ("France protested over Canada's decision",
    "protests from Taiwan"): an official complaint (114), not a street demonstration (141)."""
    return cameo == DEMONSTRATE and bool(sources) and all(p.sector == Sector.GOV for p in sources)


def hedged_own_threat(status: Status, verb: Token, code: str, sources: list[Participant],
                      args: Arguments, lex: Lexicon) -> Status:
    """A hostile act the speaker's own side says it may do ("X said it could retaliate against Y",
    "said it would strike Y if attacked"): announced, so a threat (the act maps through the intent
    class to 13x), not a hypothetical. Anything else keeps its status."""
    if status.modality != Modality.HYPOTHETICAL or status.negated or status.governor is not None:
        return status
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS or speech.pos_ != "VERB":
        return status
    hedged = any(c.dep_ == "aux" and c.lower_ in HEDGING_AUX for c in verb.children)
    mapped = lex.map_complement(ComplementClass.INTENT, code)
    if not hedged or mapped is None or mapped[:2] != CameoRoot.THREATEN:
        return status
    speakers = {p.code for p in args.participants(subject_tokens(speech)) if p.code}
    if not speakers or not speakers & {p.code for p in sources}:
        return status
    # "said it could take legal action against Y": a possible complaint or rejection threatens (130); an
    # announced one ("will take legal action") keeps its own code
    klass = ComplementClass.THREAT if code[:2] in HEDGED_THREAT_ROOTS else ComplementClass.INTENT
    return Status(modality=Modality.INTENT, governor=speech, klass=klass,
                  reason=f"a hostile act announced as possible under '{speech.text}'")


#: Words that announce a plan: speech verbs, vows and decisions ("said it would retaliate", "vowed to punish").
ANNOUNCING_WORDS: frozenset[str] = SPEECH_VERBS | read_words(data_file(__file__, "words/announcing_words.txt"))
#: Words of readiness: a stance that, set on a condition, is a threat ("is prepared to retaliate if").
READINESS_WORDS: frozenset[str] = read_words(data_file(__file__, "words/readiness_words.txt"))
#: Verbs that make public a plan noun they take as object: "announced plans to impose tariffs on X".
PLAN_ANNOUNCING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/plan_announcing_verbs.txt"))


def unannounced_harm(status: Status, intent_code: str, act: Token) -> bool:
    """A plan to harm that nobody announced ("the army plans to attack", "was to hold war games", "a
    report will blame"): no threat, and not yet an act. Announced under a speech verb or a vow ("said it
    would retaliate", "vowed to punish"), or as a plan made public ("announced plans to impose tariffs"), it
    is a threat; so is readiness set on a condition ("is prepared
    to retaliate if the tax is introduced", "said it was ready to impose sanctions unless ..."); "threatened
    to" is its own class. ``intent_code``: the code the act (``act``, the trigger) maps to as an intent (a
    threat, 13x, for an act of conflict)."""
    if status.klass != ComplementClass.INTENT or status.negated or status.modality == Modality.REFUSAL:
        return False
    if intent_code[:2] != CameoRoot.THREATEN:
        return False
    if reprisal_word(act):
        return False  # "plans to retaliate against Japan": a reprisal planned answers the other side, a threat
    gov = status.governor
    if gov is None:
        return True
    lemma = gov.lemma_.lower()
    if gov.pos_ == "NOUN" and gov.dep_ == "dobj" and gov.head.lemma_.lower() in PLAN_ANNOUNCING_VERBS:
        return False  # "announced plans to impose tariffs on Peru": a plan made public
    return lemma not in ANNOUNCING_WORDS and not (lemma in READINESS_WORDS and _conditioned(act, gov))


def _conditioned(*heads: Token) -> bool:
    """Some of ``heads`` (or the copula of a predicate adjective) has an if/unless clause."""
    holders = [h for t in heads for h in (t, *([t.head] if t.dep_ == "acomp" else []))]
    return bool(marked_clauses(holders, THREAT_CONDITIONS))


def wish_without_act(verb: Token, cameo: str) -> bool:
    """A wish verb's appeal with no act wanted of its object ("China wants Taiwan"): no event; "wants
    Japan to end its controls" (object + infinitive) appeals to Japan."""
    if cameo[:2] != CameoRoot.APPEAL or verb.lemma_.lower() not in WISHING or verb.pos_ != "VERB":
        return False
    acts = [c for c in verb.children if c.dep_ in COMPLEMENT_CLAUSES and to_infinitive(c)]
    # "wants Japan to end" (object + infinitive, or the parser's subject of a ccomp infinitive); "wants to
    # expand ties with India" wants no act of India
    wanted = [c for c in verb.children if c.dep_ == "dobj"] + [
        s for a in acts for s in a.children if s.dep_ in NOMINAL_SUBJECTS]
    return not acts or not wanted


def hope_to_act(verb: Token, cameo: str) -> bool:
    """A hope's optimistic comment (013) whose hope is an act of the hoper's own, a to-infinitive with no
    subject of its own ("Sweden hopes to challenge Norway in the fish market", "hope to win others over"):
    an aim, no comment on another party; "hopes that Y will", "hopes for Y's help" are comments."""
    if cameo != OPTIMISTIC or verb.lemma_.lower() not in WISHING or verb.pos_ != "VERB":
        return False
    return any(c.dep_ in COMPLEMENT_CLAUSES and to_infinitive(c)
               and not any(s.dep_ in NOMINAL_SUBJECTS for s in c.children) for c in verb.children)
