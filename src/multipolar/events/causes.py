"""Conflict aimed at the party whose act it answers or punishes: "imposed tariffs in retaliation for
X's failure to keep the pact", "raided a platform in response to a Syrian shelling", "saw the strike as
a reply to X's raids", "imposed penalties over X's failure", "imposed the sanctions because X broke the
pact". A strategy of :data:`multipolar.events.aims.VERB_STRATEGIES` and ``NOUN_STRATEGIES``, tried after
the act's own slots and owners."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import MODIFIER_DEPS, Participant
from multipolar.events.clauses import clause_subjects, marked_clauses
from multipolar.events.defence import RESPONSE_NOUNS, RETALIATING_WORDS
from multipolar.events.syntax import prep_objects
from multipolar.events.targets import CONF_OWNER, TargetQuery
from multipolar.nlp.labels import NOUN_POS, VERBAL_POS
from multipolar.reference import CONFLICT_ROOTS, CameoRoot

ANSWER_FRAME_PREPS: frozenset[str] = read_words(data_file(__file__, "words/answer_frame_preps.txt"))
CITED_ACT_PREPS: frozenset[str] = read_words(data_file(__file__, "words/cited_act_preps.txt"))
PENALTY_CAUSE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/penalty_cause_preps.txt"))
CAUSE_MARKS: frozenset[str] = read_words(data_file(__file__, "words/cause_marks.txt"))
#: Nouns of an answer to another party's act ("retaliation", "response", "reply").
ANSWER_NOUNS = RESPONSE_NOUNS | RETALIATING_WORDS
#: Roots of punishments whose "over" phrase names the offence (reduce relations, sanctions; coercion).
PENALTY_ROOTS = frozenset({CameoRoot.REDUCE_RELATIONS, CameoRoot.COERCE})


def _answer_heads(q: TargetQuery) -> list[Token]:
    """The trigger and the words whose phrases frame it: the verbs it is the complement of ("threatened
    to impose ... in retaliation"), a nominal trigger's support verb, its infinitive ("the threat to
    impose"), and the verb it is the subject or object of ("saw the strike as a reply")."""
    t = q.trigger
    heads = [t]
    word = t
    for _ in range(2):
        if word.dep_ != "xcomp":
            break
        word = word.head
        heads.append(word)
    if t.pos_ in NOUN_POS:
        heads += [c for c in t.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB"]
        if q.light_verb is not None:
            heads.append(q.light_verb[0])
        if t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.head.pos_ in VERBAL_POS:
            heads.append(t.head)
    return heads


def _answer_nouns(heads: list[Token], trigger: Token) -> list[Token]:
    """Answer nouns framing the heads ("in retaliation", "as a reply", "in what it called a response"),
    and the trigger itself when it is one ("the retaliation for X's raid")."""
    out = [trigger] if trigger.lemma_.lower() in ANSWER_NOUNS else []
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ANSWER_FRAME_PREPS):
        for g in prep.children:
            words = [g] if g.dep_ == "pobj" else [o for o in g.children if o.dep_ in ("oprd", "dobj")] \
                if g.dep_ == "pcomp" else []
            out += [w for w in words if w.lemma_.lower() in ANSWER_NOUNS]
    return out


def _act_doers(q: TargetQuery, act: Token) -> list[Participant]:
    """The party an answered act names, or its doer: a modifier ("Japan's failure", "an Iranian attack")
    or a "by"/"from" phrase; never the owner of its patient ("the hit of a Kuwaiti tanker")."""
    doers = [act, *(c for c in act.children if c.dep_ in MODIFIER_DEPS and c.i < act.i),
             *prep_objects([act], ("by", "from"))]
    return q.named_others(q.args.participants(doers, CONF_OWNER))


def cause_owner(q: TargetQuery) -> list[Participant]:
    """Conflict (roots 10-20): the doer of the act it answers or punishes, else the subject of a
    "because" clause on it."""
    root = q.entry.cameo[:2]
    if root not in CONFLICT_ROOTS:
        return []
    heads = _answer_heads(q)
    objects = [*([q.obj] if q.obj is not None else []), *q.patient]  # "imposed duties in retaliation for"
    cited = prep_objects(_answer_nouns([*heads, *objects], q.trigger), CITED_ACT_PREPS)
    if root in PENALTY_ROOTS:
        cited += prep_objects([*heads, *objects], PENALTY_CAUSE_PREPS)
    for act in cited:
        found = _act_doers(q, act)
        if found:
            return found
    subjects = [s for s in clause_subjects(marked_clauses(heads, CAUSE_MARKS)) if s.pos_ != "PRON"]
    return q.named_others(q.args.participants(subjects, CONF_OWNER))
