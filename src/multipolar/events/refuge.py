"""Asylum at premises: a plea for asylum or refuge that names no state is aimed at the owner of the
premises its seeker entered ("entered a South Korean school in Beijing, seeking asylum": South Korea,
not China, where the school is)."""

from __future__ import annotations

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Participant
from multipolar.events.syntax import prep_objects
from multipolar.events.targets import CONF_OWNER, TargetQuery

#: What a seeker asks for by entering a state's premises (``words/refuge_nouns.txt``).
REFUGE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/refuge_nouns.txt"))
#: Verbs of getting into the premises (``words/refuge_entries.txt``).
ENTRY_VERBS: frozenset[str] = read_words(data_file(__file__, "words/refuge_entries.txt"))
#: Prepositions of the premises entered (``words/refuge_preps.txt``).
ENTRY_PREPS: tuple[str, ...] = tuple(sorted(read_words(data_file(__file__, "words/refuge_preps.txt"))))
#: How the plea hangs on the verb of entering: its purpose or a clause beside it.
PLEA_DEPS = frozenset({"advcl", "xcomp", "conj"})


def refuge_owner(q: TargetQuery) -> list[Participant]:
    """A plea for asylum (its object a refuge noun) on a verb of entering: the party that owns the
    premises entered, by its object or its "into"/"to" phrase ("entered the Japanese school",
    "fled into the Canadian embassy")."""
    if q.obj is None or q.obj.lemma_.lower() not in REFUGE_NOUNS:
        return []
    t = q.trigger
    verb = t.head if t.dep_ in PLEA_DEPS else None
    if verb is None or verb.lemma_.lower() not in ENTRY_VERBS:
        return []
    premises = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects([verb], ENTRY_PREPS)
    found = q.args.participants(premises, CONF_OWNER)
    if not found:
        found = [p for n in premises for p in q.args.owners(n, exclude=verb, confidence=CONF_OWNER)]
    return [p for p in q.others(found) if p.code is not None]
