"""Persons declared unwelcome: "declared two diplomats persona non grata" orders them out, an expulsion
of diplomats (161), not a statement. The parser often reads the Latin phrase as a verb of a reported
clause, so the phrase is found among the words after the declaring verb, not in a slot."""

from __future__ import annotations

from dataclasses import replace

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import LexEntry, LexFlag, TriggerPos
from multipolar.events.matching import Match

#: Phrases that declare a person unwelcome in a state (lower case, words joined by single spaces).
UNWELCOME_PHRASES: frozenset[str] = read_words(data_file(__file__, "words/unwelcome_phrases.txt"))
#: Verbs that declare their object unwelcome with such a phrase (lemma).
DECLARING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/unwelcome_declaring_verbs.txt"))
#: Expel or withdraw diplomats.
EXPEL_DIPLOMATS = "161"


def unwelcome_entry(m: Match) -> LexEntry | None:
    """The entry of a declaring verb whose phrase declares someone unwelcome ("declared the attache
    persona non grata"): an expulsion, coded as an act (not a weak statement); None for another verb."""
    verb = m.token
    if m.entry.pos != TriggerPos.VERB or verb.lemma_.lower() not in DECLARING_VERBS:
        return None
    after = " ".join(t.lower_ for t in verb.subtree if t.i > verb.i)
    if not any(f" {p} " in f" {after} " for p in UNWELCOME_PHRASES):
        return None
    return replace(m.entry, cameo=EXPEL_DIPLOMATS, flags=m.entry.flags - {LexFlag.WEAK})
