"""Hostile acts held in reserve: a subjectless "to"-infinitive on a noun of means or power
(``words/capacity_nouns.txt``) that a party holds or seeks ("Britain is seeking ways to retaliate against
Japan", "Canada has the power to retaliate", "looked for means to strike back") is no act done but one
its holder may do: the holder is its agent, and an act of conflict so held is a threat (the act maps
through the intent class to 13x, as "plans to retaliate" does)."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.infinitives import to_infinitive
from multipolar.events.lexicon import ComplementClass, Lexicon
from multipolar.events.modality import Status
from multipolar.events.syntax import is_passive
from multipolar.nlp.labels import NOMINAL_SUBJECTS, NOUN_CLAUSES, VERBAL_POS
from multipolar.records import Modality

#: Nouns of a means or power to act ("ways to", "the power to").
CAPACITY_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/capacity_nouns.txt"))
#: Prepositions that attach a sought or held means to its verb ("looked for ways to", "armed with powers to").
HOLDING_PREPS = frozenset({"for", "with"})


def capacity_holder(verb: Token) -> Token | None:
    """The verb whose subject holds or seeks the means noun that the subjectless infinitive ``verb``
    hangs on ("is seeking ways to", "has the power to", "looked for ways to", "armed itself with powers
    to"), else None; not a passive holder ("was given the power to": the giver names no act of its own)."""
    if not to_infinitive(verb) or verb.dep_ not in NOUN_CLAUSES or verb.tag_ != "VB" or any(
            c.dep_ in NOMINAL_SUBJECTS for c in verb.children):
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or not {noun.lemma_.lower(), noun.lower_} & CAPACITY_NOUNS or any(
            c.dep_ == "neg" or c.lower_ in ("no", "few") for c in noun.children):
        return None  # "has no way to retaliate": no means held
    holder = noun.head
    if noun.dep_ == "pobj" and holder.dep_ == "prep" and holder.lower_ in HOLDING_PREPS:
        holder = holder.head
    elif noun.dep_ != "dobj":
        return None
    if holder.pos_ not in VERBAL_POS or is_passive(holder):
        return None
    return holder


def capacity_status(status: Status, verb: Token, code: str, lex: Lexicon) -> Status:
    """A factual clause of an act of conflict held in reserve (see :func:`capacity_holder`) becomes the
    holder's intent, which the complement map codes as a threat; anything else keeps its status."""
    if status.negated or status.modality is not None or status.governor is not None:
        return status
    mapped = lex.map_complement(ComplementClass.INTENT, code)
    if mapped is None or not mapped.startswith("13") or (holder := capacity_holder(verb)) is None:
        return status
    return Status(modality=Modality.INTENT, governor=holder, klass=ComplementClass.INTENT,
                  reason=f"held in reserve: '{verb.head.text}' under '{holder.text}'")
