"""Breakouts: rebels, gunmen or criminals who free prisoners ("insurgents stormed the jail, freeing
dozens of prisoners", "mutineers freed men held prisoner in the camp") break them out of the state's
custody; that is part of their attack, not a release (CAMEO 0841) of captives of their own."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.events import EventSpec
from multipolar.events.senses import CAPTOR_SECTORS
from multipolar.events.syntax import content_head, object_tokens

#: Nouns of people a state holds ("prisoners", "inmates", "detainees").
PRISONER_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/prisoner_nouns.txt"))
RELEASE = "0841"


def held_by_state(obj: Token) -> bool:
    """The freed are prisoners: "prisoners", "inmates", "men held prisoner"."""
    if obj.lemma_.lower() in PRISONER_NOUNS:
        return True
    return any(c.dep_ == "acl" and any(g.lemma_.lower() in PRISONER_NOUNS for g in c.children)
               for c in obj.children)


def breakout(spec: EventSpec, trigger: Token) -> bool:
    """The release is an armed non-state party freeing the state's prisoners."""
    if spec.cameo != RELEASE or spec.source is None or spec.source.sector not in CAPTOR_SECTORS:
        return False
    return any(held_by_state(content_head(o)) for o in object_tokens(trigger))
