"""Gatherings of officials: leaders or ministers who gather in, converge on or assemble in a place
("world leaders converged on Abu Dhabi", "Arab foreign ministers gathered in Cairo") visit it (CAMEO
042), where a crowd that gathers protests only with a cue (:func:`multipolar.events.senses.protest_cue`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import LexFlag, TriggerPos
from multipolar.events.matching import Match
from multipolar.events.senses import protest_cue
from multipolar.events.syntax import subject_tokens
from multipolar.events.targets import VISIT

#: Heads of a subject whose gathering is a diplomatic visit, not a crowd (words/official_gatherers.txt).
OFFICIAL_GATHERERS: frozenset[str] = read_words(data_file(__file__, "words/official_gatherers.txt"))
#: The prepositions of the place an official gathering (a visit) goes to.
GATHERING_PLACE_PREPS = ("on", "in", "at")


def official_gathering(m: Match, verb_roots: Callable[[str], set[str]]) -> Match | None:
    """The visit a cued gathering verb codes when its subject is officials and nothing cues a protest
    ("leaders gathered in Cairo": 042 to Egypt; not "opposition leaders gathered to protest"), else None."""
    e, verb = m.entry, m.token
    if LexFlag.CUED not in e.flags or e.pos != TriggerPos.VERB or protest_cue(verb, verb_roots):
        return None
    if not any(s.lemma_.lower() in OFFICIAL_GATHERERS for s in subject_tokens(verb)):
        return None
    flags = (e.flags - {LexFlag.CUED}) | {LexFlag.NEEDTARGET}
    return Match(verb, replace(e, cameo=VISIT, targets=GATHERING_PLACE_PREPS, flags=flags), m.obj)
