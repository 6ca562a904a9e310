"""Acts told as the means or the accompaniment of a verb aimed at a named party: a "by"-gerund
("retaliated against Chile by expelling two diplomats") or a participle clause after the verb ("hit back
at Chile, expelling two diplomats") that names no party itself is aimed at the verb's party. A strategy of
:data:`multipolar.events.aims.VERB_STRATEGIES`, after the act's own phrases."""

from __future__ import annotations

from spacy.tokens import Span, Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Participant
from multipolar.events.defence import REPRISAL_FORCE_ROOTS, RETALIATING_WORDS, answers_back
from multipolar.events.syntax import object_tokens, prep_objects
from multipolar.events.targets import CONF_OWNER, TargetQuery
from multipolar.nlp.labels import CLAUSE_SUBJECTS, VERBAL_POS
from multipolar.records import Event
from multipolar.reference import CONFLICT_ROOTS

#: Prepositions of the head verb's party (``words/means_head_preps.txt``).
MEANS_HEAD_PREPS: tuple[str, ...] = tuple(sorted(read_words(data_file(__file__, "words/means_head_preps.txt"))))


def means_head(verb: Token) -> Token | None:
    """The verb whose means ("by expelling") or accompanying participle (", expelling") ``verb`` is."""
    if verb.pos_ != "VERB" or any(c.dep_ in CLAUSE_SUBJECTS for c in verb.children):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.dep_ == "prep":
        head = verb.head.head
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i:
        head = verb.head
    else:
        return None
    return head if head.pos_ in VERBAL_POS else None


def means_party(q: TargetQuery) -> list[Participant]:
    """Conflictual acts (roots 10-20): the named party the head verb of their means or participle clause
    is aimed at, its object or its "against"/"at"/"on"/"to"/"with" phrase (:data:`MEANS_HEAD_PREPS`)."""
    # a hostile means shares the hostile act's party; a friendly one ("met X, offering aid") is left to its
    # own phrases
    head = means_head(q.trigger) if q.entry.cameo[:2] in CONFLICT_ROOTS else None
    if head is None:
        return []
    index = q.trigger.doc._.actor_index or {}
    # a party itself, not a party's thing ("broke OAS rules by curbing trade": no act on the OAS)
    found = [t for t in object_tokens(head) + prep_objects([head], MEANS_HEAD_PREPS) if t.i in index]
    return q.named_others(q.args.participants(found, CONF_OWNER))


def _reprisal_verb(verb: Token) -> bool:
    """A verb of answering in kind ("retaliated", "hit back", "struck back")."""
    return verb.lemma_.lower() in RETALIATING_WORDS or answers_back(verb)


def means_stand_for_reprisal(sent: Span, events: list[Event]) -> list[Event]:
    """A reprisal told by its means ("Moscow retaliated by expelling ten diplomats", "hit back, closing the
    consulate") is the means, once that is coded: the force reading of the reprisal verb steps back."""
    at = {t.idx: t for t in sent}
    heads: dict[int, bool] = {}  # the reprisal verb's offset: whether a means of it names a party it is aimed at
    for e in events:
        t = at.get(e.char_start)
        head = means_head(t) if t is not None else None
        if head is not None and _reprisal_verb(head):
            heads[head.idx] = heads.get(head.idx, False) or _aimed(e)
    # a means aimed at no one named does not replace a reprisal that is ("struck back at the rebels by shelling")
    return [e for e in events if not (e.char_start in heads and e.root in REPRISAL_FORCE_ROOTS
                                      and (heads[e.char_start] or not _aimed(e)))]


def _aimed(e: Event) -> bool:
    return e.target is not None or e.target_sector is not None
