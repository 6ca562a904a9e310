"""The target of an attack that was fought off: "Iraqi troops repelled an Iranian attack east of
Basra" (the attack was Iran's on Iraq). A strategy of :data:`multipolar.events.aims.NOUN_STRATEGIES`."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.arguments import Participant
from multipolar.events.syntax import first_conjunct, subject_tokens
from multipolar.events.targets import CONF_OWNER, TargetQuery

#: Verbs whose subject fights off the attack that is their object (lemma, or "lemma particle").
REPELLING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/repelling_verbs.txt"))


def repelling(verb: Token) -> bool:
    """The verb fights off its object: "repelled", "beat back", "fended off"."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma in REPELLING_VERBS or any(f"{lemma} {p}" in REPELLING_VERBS for p in particles)


def repeller(q: TargetQuery) -> list[Participant]:
    """Material conflict: the subject of the verb that fought the attack off was its target."""
    n = first_conjunct(q.trigger)
    if not q.material or n.dep_ != "dobj" or not repelling(n.head):
        return []
    return q.others(q.args.participants(subject_tokens(n.head), CONF_OWNER))
