"""Who acts or speaks through a clause: the subjects of a predicate nominal, the speech verb that
reports a clause, the speaker of a complement-taking verb or noun; what a report says of its speaker
(the side a reported meeting is with, an obligation put on another party)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.clauses import noun_clause_verb
from multipolar.events.infinitives import to_infinitive
from multipolar.events.lexicon import JUDGING_COPULAS, SPEECH_VERBS, ComplementClass, Lexicon
from multipolar.events.mandates import DEONTIC
from multipolar.events.markets import MARKET_WORDS
from multipolar.events.modality import Status, complement_class
from multipolar.events.semi_modals import semi_modal
from multipolar.events.syntax import agent_tokens, first_conjunct, is_passive, patient_tokens, subject_tokens
from multipolar.events.targets import CONF_OWNER
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import ACTIVE_SUBJECTS, NOMINAL_SUBJECTS, NOUN_POS, VERB_OBJECTS, VERBAL_POS
from multipolar.records import MentionKind, Modality
from multipolar.reference import CameoRoot, is_state_code

#: Spoken-act nouns whose "from X" names their maker ("a demand from X to withdraw").
SENT_FROM_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/sent_from_nouns.txt"))


def predicate_subjects(noun: Token) -> list[Token]:
    """Subjects of the verb a predicate nominal describes: "China has emerged as Russia's top
    customer", "India is the largest buyer of ..." (copula attribute, or "as" after a verb)."""
    tok = first_conjunct(noun)
    if tok.dep_ in ("attr", "oprd") and tok.head.pos_ in VERBAL_POS:
        return subject_tokens(tok.head)
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in VERBAL_POS:
        return subject_tokens(tok.head.head)
    return []


def reporting_verb(verb: Token) -> Token | None:
    """The speech verb whose reported clause holds ``verb`` ("police said they had made an arrest,
    detaining a man": detaining -> said), climbing coordinated and adverbial clauses and predicate
    adjectives ("said it was ready to help": help -> ready -> was -> said)."""
    tok = verb
    for _ in range(5):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH_VERBS:
            return tok.head
        if tok.dep_ not in ("conj", "advcl", "xcomp", "acomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def blamed_subjects(verb: Token) -> list[Token]:
    """"Greece was to blame for the crisis": the subject of "be" + "to" + verb undergoes the act
    (the blamed party), it does not do it."""
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and to_infinitive(verb):
        return subject_tokens(verb.head)
    return []


def misattached_conjunct(verb: Token) -> Token | None:
    """The speech verb of a verbal act the parser coordinated inside the reported clause ("X declared
    that the violence amounted to genocide and urged the world to act": "urged" hangs on "amounted"):
    a subjectless conjunct of a ``ccomp`` whose own subject is a common noun, in the speech verb's
    tense. The caller checks that the inherited subject is no party."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or any(c.dep_ in ACTIVE_SUBJECTS for c in verb.children):
        return None
    if clause.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    subjects = subject_tokens(clause)
    if verb.tag_ != clause.head.tag_ or not subjects or any(s.pos_ != "NOUN" for s in subjects):
        return None
    return clause.head


#: Prepositions whose unowned noun is no decision of the clause's subject: "protested against / over /
#: following a decision to ...".
FOREIGN_DECISION_PREPS: frozenset[str] = read_words(data_file(__file__, "words/foreign_decision_preps.txt"))


def governor_subjects(gov: Token) -> list[Token]:
    """Who speaks through a complement-taking verb, or through a noun ("Iran's threat to", "renewed a
    pledge to": the owner or modifier, else the subject of the verb the noun is the object of)."""
    if gov.pos_ not in NOUN_POS:
        return subject_tokens(gov)
    owners = [c for c in gov.children if c.dep_ in ("poss", "compound", "amod") and c.i < gov.i]
    if owners:
        return owners
    makers = ("by", "from") if gov.lemma_.lower() in SENT_FROM_NOUNS else ("by",)
    agents = [g for p in gov.children if p.dep_ == "prep" and p.lower_ in makers for g in p.children
              if g.dep_ == "pobj"]
    if agents:
        return agents  # "rejected demands by the senators that he resign", "a call from X to": X demands
    verb = noun_clause_verb(gov)
    if verb is None or gov.dep_ in NOMINAL_SUBJECTS:
        return []
    if gov.dep_ == "pobj" and gov.head.lower_ in FOREIGN_DECISION_PREPS:
        return []  # "slammed the premier following a decision to ...": not the critics' decision
    return agent_tokens_or_subjects(verb, is_passive(verb))


def agent_tokens_or_subjects(verb: Token, passive: bool) -> list[Token]:
    return agent_tokens(verb) if passive else subject_tokens(verb)


def forecast_of_other(status: Status, sources: list[Participant], args: Arguments, lex: Lexicon,
                      cameo: str = "", partners: list[Participant] | None = None) -> Status:
    """"The UN envoy said Sudan would grant autonomy": a future act of another named party under a
    speaker with no intent verb of its own is the speaker's forecast about it, no one's intent yet
    (hypothetical: the speech verb codes the comment). A meeting or visit the speaker's side takes
    part in (``partners`` of a ``cameo`` of consultation) is not: "Greek officials said the Turkish
    minister would visit Athens next week" announces an arranged visit, the visitor's intent."""
    gov = status.governor
    if status.klass != ComplementClass.INTENT or gov is None or complement_class(gov, lex) is not None:
        return status
    named = [p for p in sources if p.mention.kind != MentionKind.UNRESOLVED and p.code]
    # a named speaker: "the foreign ministry" may take its country from the wrong state of the story
    subjects = governor_subjects(gov)
    speakers = {p.code for p in args.participants(subjects) if p.mention.kind != MentionKind.UNRESOLVED}
    if not named or not speakers or (speakers | posted_at(subjects, args)) & {p.code for p in named}:
        return status
    if hosts_announce(cameo, speakers, partners or []):
        return status
    return Status(modality=Modality.HYPOTHETICAL, reason=f"another party's act forecast under '{gov.text}'")


def hosts_announce(cameo: str, speakers: Collection[str | None], partners: list[Participant]) -> bool:
    """A meeting or visit reported by its host or partner, ``speakers`` the codes of the sayers ("X will
    visit Athens next week, Greek officials said"): the arrangement of both sides, the visitor's intent."""
    return cameo[:2] == CameoRoot.CONSULT and bool({p.code for p in partners if p.code}.intersection(speakers))


def posted_at(subjects: list[Token], args: Arguments) -> set[str]:
    """Organisations a speaker is posted to ("the US ambassador to NATO", "Britain's envoy at the UN"):
    a member's voice in that body, which speaks for its decisions."""
    bodies = [o for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ in ("to", "at")
              for o in p.children if o.dep_ == "pobj"]
    return {p.code for p in args.participants(bodies) if p.mention.kind == MentionKind.ORGANISATION and p.code}


def reporting_partner(noun: Token, args: Arguments, partners: list[Participant]) -> list[Participant]:
    """The speaker who reports talks with a partner and names no other side ("the issue came up
    during talks with China's defence minister, a US spokesman said"): the speaker's side."""
    verb = noun_clause_verb(noun)
    speech = reporting_verb(verb) if verb is not None else None
    if speech is None:  # deeper in the reported clause: "odds are good that X will settle after talks with Y, Z said"
        speech = _reporting_frame(noun)
    if speech is None:
        return []
    codes = {p.code for p in partners}
    return [p for p in args.participants(subject_tokens(speech), CONF_OWNER) if p.code not in codes]


def _reporting_frame(token: Token) -> Token | None:
    """The speech verb of the reported clause (a ``ccomp``) that ``token`` sits in at any depth."""
    tok = token
    for _ in range(8):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH_VERBS:
            return tok.head
        tok = tok.head
    return None


#: Modals of advice: "X said Y should ..." reports an appeal (of obligation, mandates.DEONTIC: a demand).
ADVISING: frozenset[str] = read_words(data_file(__file__, "words/advising_modals.txt"))
FIRST_PERSON: frozenset[str] = read_words(data_file(__file__, "words/first_person.txt"))
#: Nouns of a matter between parties ("its disputes with Greece should be solved"): all parties should act.
ISSUE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/issue_nouns.txt"))


def reported_obligation(verb: Token, speakers: list[Participant],
                        args: Arguments) -> tuple[str, list[Participant]] | None:
    """The modal of a reported clause that puts an obligation on someone other than the speaker ("must",
    "should"), and the parties it is put on where the clause names them ("told the envoys that Israel must
    withdraw": Israel; none for a pronoun that stands for the addressee: "told Uganda it must"), else None."""
    codes = {p.code for p in speakers}
    for clause in verb.children:
        modal = next((a.lower_ for a, dep in dependents(clause) if dep == "aux" and a.lower_ in DEONTIC), None) \
            or semi_modal(clause)  # "said Greece had to keep its promises"
        if clause.dep_ != "ccomp" or modal is None:
            continue
        subj = subject_tokens(clause) or patient_tokens(clause)
        if not subj or any(t.lower_ in FIRST_PERSON for t in subj):
            continue
        if all(t.pos_ == "PRON" for t in subj) and _addressed(verb, codes, args):
            return modal, []  # "told Uganda it must reopen the border": the pronoun is the addressee
        if all(t.lemma_.lower() in MARKET_WORDS for t in subj):  # "the economy should grow": a forecast
            continue
        parties = args.participants(subj)
        if not {p.code for p in parties} & codes:
            return modal, [p for p in parties if p.code is not None and all(t.pos_ != "PRON" for t in subj)]
        if all(t.lemma_.lower() in ISSUE_NOUNS for t in subj):
            return modal, []  # "its disputes with Greece should be solved through talks": the parties should act
    return None


def _addressed(verb: Token, codes: set[str | None], args: Arguments) -> bool:
    """The speech verb names an addressee party other than the speaker as its object ("told Uganda")."""
    addressees = [c for c in verb.children if c.dep_ in VERB_OBJECTS and c.pos_ != "ADP"]
    return any(p.code not in codes for p in args.participants(addressees))


def trailing_attribution(verb: Token) -> bool:
    """A speech verb after the clause it reports ("X will nominate Y, the White House said"): the
    saying only sources the clause's fact, no statement of its own. Advice is the
    speaker's own comment ("Americans should not travel to X, the State Department said"), also in a
    clause coordinated with the reported one ("X is unsafe, and citizens should leave it, Y said"), and so
    is a judgment of a state named as its subject ("Chad has a chance for peace, the UN envoy said"; a
    clause telling an act is a report whatever its subject: ``senses.reports_act``)."""
    return any(c.dep_ == "ccomp" and c.i < verb.i and not any(
        g.dep_ == "aux" and g.lower_ in DEONTIC for v in (c, *(x for x in c.children if x.dep_ == "conj"))
        for g in v.children) and semi_modal(c) is None and not _state_subject(c, verb) for c in verb.children)


def _state_subject(clause: Token, verb: Token) -> bool:
    """The clause's subject is a state by its name ("Chad has a chance", not "Chad's exports rose") and
    the verb's subject a named party of another country ("the UN envoy", not "it" or "officials"); the
    clause judges a state ("is", "has", "remains") and is no forecast of an act."""
    if clause.lemma_.lower() not in JUDGING_COPULAS and clause.lemma_.lower() != "have":
        return False  # "X gave the envoy a positive message, Y said": a reported act, only sourced
    index = clause.doc._.actor_index or {}
    states = {m.code for c in clause.children if c.dep_ == "nsubj" and (m := index.get(c.i)) is not None
              and m.kind == MentionKind.COUNTRY and m.code is not None and is_state_code(m.code)}
    speakers = {m.code for c in verb.children if c.dep_ == "nsubj" and (m := index.get(c.i)) is not None}
    # "Chile is likely to win the seat", "Mexico will host the summit, X said": a forecast only sources the fact
    forecast = any(g.dep_ == "xcomp" for h in (clause, *clause.children) if h.dep_ in ("ccomp", "acomp")
                   for g in h.children) or any(g.tag_ == "MD" for g in clause.children)  # "will host"
    return bool(states) and bool(speakers) and not states & speakers and not forecast
