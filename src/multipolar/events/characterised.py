"""Characterisations: a nominal threat that only describes a party or an act ("Iran is a threat to Kuwait",
"remains a threat", "the tariffs serve as a warning to Korea", "regards Iran as a threat") is an opinion, no
threat made. Used by :class:`multipolar.events.coder.Coder` as a sense that is no event."""

from __future__ import annotations

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import TriggerPos
from multipolar.events.matching import Match
from multipolar.reference import CameoRoot

#: Roots of a nominal act that only characterises its subject as the copula's predicate ("the
#: programme is a threat to the region"): an opinion, not a threat made.
CHARACTERISING_ROOTS = frozenset({CameoRoot.THREATEN})


#: Linking verbs whose predicate noun characterises ("remains a threat"), and verbs whose "as" phrase does
#: ("serves as a warning", "is seen as a threat").
LINKING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/linking_verbs.txt"))
CHARACTERISING_AS_VERBS: frozenset[str] = read_words(data_file(__file__, "words/characterising_as_verbs.txt"))


def characterisation(m: Match) -> bool:
    """A nominal threat that is the predicate of a linking verb ("X is a threat to Y", "remains a threat")
    or the "as" phrase of a verb of characterising ("serves as a warning to Y", "regards X as a threat"):
    no threat was made."""
    n = m.token
    if m.entry.pos != TriggerPos.NOUN or m.entry.cameo[:2] not in CHARACTERISING_ROOTS:
        return False
    if n.dep_ == "attr":
        return n.head.lemma_.lower() in LINKING_VERBS
    return n.dep_ == "pobj" and n.head.lower_ == "as" and n.head.head.lemma_.lower() in CHARACTERISING_AS_VERBS
