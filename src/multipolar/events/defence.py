"""Whom a repelled attack was aimed at: the one who fought it off ("Iraq repelled an Iranian attack",
"the offensive was repulsed by government troops"). A strategy of
:data:`multipolar.events.aims.NOUN_STRATEGIES`, tried after the attack's own slots."""

from __future__ import annotations

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Participant
from multipolar.events.syntax import agent_tokens, clause_particles, first_conjunct, is_passive, subject_tokens
from multipolar.events.targets import CONF_OWNER, TargetQuery

#: Verbs of fighting off an attack ("repelled", "beat back").
REPELLING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/repelling_verbs.txt"))


def repeller(q: TargetQuery) -> list[Participant]:
    """Material conflict: the subject (or passive agent) of the verb that fought the attack off."""
    n = first_conjunct(q.trigger)
    verb = n.head
    if not q.material or verb.pos_ != "VERB" or n.dep_ not in ("dobj", "nsubjpass"):
        return []
    lemma = verb.lemma_.lower()
    if lemma not in REPELLING_VERBS and not any(f"{lemma} {p.lower_}" in REPELLING_VERBS
                                                for p in clause_particles(verb)):
        return []
    defenders = agent_tokens(verb) if is_passive(verb) else subject_tokens(verb)
    return q.others(q.args.participants(defenders, CONF_OWNER))
