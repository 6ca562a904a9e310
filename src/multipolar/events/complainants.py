"""Whom a coercive or violent act named by a complaint hit: a state protests the raids and incursions made on it
("Laos complained about the incursion by Thai soldiers", "lodged a protest over the shelling by X"). A
strategy of :data:`multipolar.events.aims.NOUN_STRATEGIES`, tried after the act's own slots and places."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_list, read_words
from multipolar.events.arguments import Participant
from multipolar.events.syntax import first_conjunct, subject_tokens
from multipolar.events.targets import CONF_OWNER, TargetQuery
from multipolar.events.victims import FORCE_ROOTS
from multipolar.nlp.labels import VERBAL_POS

#: Verbs and nouns of a complaint ("protest", "complain", "objection").
COMPLAINT_WORDS: frozenset[str] = read_words(data_file(__file__, "words/complaint_words.txt"))
#: Prepositions of what a complaint is about ("protested against", "complained about", "objected to").
COMPLAINT_PREPS: tuple[str, ...] = read_list(data_file(__file__, "words/complaint_preps.txt"))


def complainant(q: TargetQuery) -> list[Participant]:
    """Coercion or violence with no target named that a state complains of: the complainant, the subject of
    the complaint verb ("protested the shelling by Cambodian troops", "complained about the incursion",
    "lodged a protest over the raid") or the owner of the complaint noun ("Iraq's protest over the raid")."""
    if q.entry.cameo[:2] not in FORCE_ROOTS:  # a boycott or ban complained of is mostly a standing measure
        return []
    word = _complaint(first_conjunct(q.trigger))
    if word is None:
        return []
    if word.pos_ in VERBAL_POS:
        parties = subject_tokens(word)
    else:
        owners = [c for c in word.children if c.dep_ == "poss"]
        parties = owners or (subject_tokens(word.head) if word.head.pos_ in VERBAL_POS else [])
    return q.named_others(q.args.participants(parties, CONF_OWNER))


def _complaint(noun: Token) -> Token | None:
    """The complaint word the act noun is the object of ("protested the raid", "a protest over the raid")."""
    if noun.dep_ == "dobj" and noun.head.pos_ in VERBAL_POS and noun.head.lemma_.lower() in COMPLAINT_WORDS:
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in COMPLAINT_PREPS and prep.head.lemma_.lower() in COMPLAINT_WORDS:
        return prep.head
    return None
