"""Speech acts that direct another party: "X told Y to halt its programme" (a demand even when the
act demanded is no lexicon event), and ultimatums ("told Y to halt it or face sanctions", "gave Y
48 hours to leave": 139)."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Arguments, Participant
from multipolar.events.infinitives import infinitive_clauses
from multipolar.events.judgments import CONF_CONDITIONED, THREAT_CONDITIONS
from multipolar.events.lexicon import FUTURE_AUX, HYPOTHETICAL_AUX, ComplementClass, Lexicon
from multipolar.events.modality import complement_class
from multipolar.events.noun_status import GENERIC_DETS
from multipolar.events.syntax import object_tokens, subject_tokens
from multipolar.nlp.labels import NOMINAL_SUBJECTS
from multipolar.reference import CameoRoot

#: Penalties named after "or" in a directive's complement ("or face sanctions", "or risk isolation").
PENALTIES: frozenset[str] = read_words(data_file(__file__, "words/ultimatum_penalties.txt"))
#: Roots of speech acts an ultimatum refines: statement, appeal, demand, threat.
DIRECTING_ROOTS = frozenset({CameoRoot.STATEMENT, CameoRoot.APPEAL, CameoRoot.DEMAND, CameoRoot.THREATEN})
ULTIMATUM = "139"
#: Nouns that are an ultimatum themselves: the act they govern is the one demanded ("an ultimatum to leave").
ULTIMATUM_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/ultimatum_nouns.txt"))
#: Complement classes of a directive's verb whose bare act ("told Y to ...") is coded by the class.
DIRECTING = frozenset({ComplementClass.DEMAND, ComplementClass.APPEAL})


#: Dependencies of a directing verb's to-infinitive ("told Y to halt").
DIRECTED_DEPS = ("xcomp", "ccomp", "advcl")


def ultimatum(verb: Token) -> bool:
    """A verb with an infinitive complement names a penalty after "or" later in its phrase ("told Y
    to halt enrichment or face sanctions", "urged Y to withdraw or risk isolation"; the parser may
    hang the "or" phrase on a word of the complement's object)."""
    if not infinitive_clauses(verb, DIRECTED_DEPS):
        return False
    words = [t for t in verb.subtree if t.i > verb.i]
    return any(a.lower_ == "or" and b.lemma_.lower() in PENALTIES for a, b in pairwise(words))


def ultimatum_code(cameo: str, verb: Token, governor: Token | None) -> str | None:
    """139 for a speech act (statement, appeal, demand, threat) whose directing verb sets a penalty
    (:func:`ultimatum`) or whose governor is an ultimatum noun, else None."""
    if cameo[:2] not in DIRECTING_ROOTS:
        return None
    if governor is not None and governor.pos_ == "NOUN" and governor.lemma_.lower() in ULTIMATUM_NOUNS:
        return ULTIMATUM  # "gave Serbia an ultimatum to hand over the suspects"
    return ULTIMATUM if any(ultimatum(v) for v in {verb, governor} if v is not None) else None


def directive_code(verb: Token, lex: Lexicon) -> str | None:
    """The code of a speech verb of a directing class with an addressee object and an infinitive
    ("told Japan to resolve the row": a demand), for a complement that codes no act of its own."""
    klass = complement_class(verb, lex)
    if klass not in DIRECTING or not object_tokens(verb) or not infinitive_clauses(verb, DIRECTED_DEPS):
        return None
    return lex.map_complement(klass, "*")


#: Auxiliaries of an act the speaker's side says it would do under a condition ("would", "could").
CONDITIONAL_AUX = HYPOTHETICAL_AUX | FUTURE_AUX | {"would"}


def conditional_clause(clause: Token) -> bool:
    """The clause has an auxiliary of a conditional act ("would", "could", "will")."""
    return any(a.dep_ == "aux" and a.lower_ in CONDITIONAL_AUX for a in clause.children)


def conditional_threat(verb: Token, speakers: list[Participant], args: Arguments) -> list[Participant]:
    """The party a statement's reported clause conditions the speaker's own act on ("said he may recommend
    retaliation if the Japanese do not open their market", "said it was prepared to go ahead alone if the
    talks with Japan failed"), or whose act of any kind it says would meet an answer (:func:`answered_generic_act`):
    the statement is a threat to that party; else no parties."""
    codes = {p.code for p in speakers if p.code}
    for clause in [c for c in verb.children if c.dep_ == "ccomp"]:
        if answered := answered_generic_act(clause, codes, args):
            return answered
        if not conditional_clause(clause) and clause.lemma_.lower() != "be":
            continue
        subj = subject_tokens(clause)
        # the speaker's own side: its name, or a pronoun standing for no other party ("said it would ...")
        parties = {p.code for p in args.participants(subj)}
        own = bool(codes & parties) or (bool(subj) and not parties and all(t.pos_ == "PRON" for t in subj))
        if not own:
            continue
        for cond in [c for t in clause.subtree for c in t.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in THREAT_CONDITIONS for m in c.children)]:
            # "if negotiations with Japan break down": a party named in the condition's subject
            named = [t for s in subject_tokens(cond) for t in s.subtree]
            found = [p for p in args.participants(named, CONF_CONDITIONED) if p.code and p.code not in codes]
            if found:
                return found[:1]
    return []


#: Verbs of what an act would meet in answer ("would meet a strong response", "will be met with force").
ANSWER_MEETING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/answer_meeting_verbs.txt"))
#: Nouns of the answer such an act would meet ("response", "force", "retaliation").
ANSWER_PENALTIES: frozenset[str] = read_words(data_file(__file__, "words/answer_penalties.txt"))


def answered_generic_act(clause: Token, codes: set[str], args: Arguments) -> list[Participant]:
    """The party whose act of any kind a reported clause says would meet an answer ("said any U.S.
    interference would meet a strong response", "any attack by Y will be met with force"): a condition in
    disguise, so the statement threatens that party (not one of the speakers ``codes``); else no parties."""
    if clause.lemma_.lower() not in ANSWER_MEETING_VERBS or not conditional_clause(clause):
        return []
    answers = [*object_tokens(clause), *(g for c in clause.children if c.dep_ == "prep" and c.lower_ == "with"
                                        for g in c.children if g.dep_ == "pobj")]
    if not any(a.lemma_.lower() in ANSWER_PENALTIES for a in answers):
        return []  # "any investment would meet strict rules": no answer to an act
    for subj in (c for c in clause.children if c.dep_ in NOMINAL_SUBJECTS):
        if not any(d.dep_ == "det" and d.lower_ in GENERIC_DETS for d in subj.children):
            continue
        owners = [t for t in subj.subtree if t.i != subj.i]
        found = [p for p in args.participants(owners, CONF_CONDITIONED) if p.code and p.code not in codes]
        if found:
            return found[:1]
    return []
