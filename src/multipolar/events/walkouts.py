"""Walkouts told by the verb "strike": working people who strike with no object ("workers struck for
higher pay", "the miners struck on Monday") stage a labour strike (143), not an attack; a strike on
something ("rebels struck the base", "struck at targets") keeps its code."""

from __future__ import annotations

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import TriggerPos
from multipolar.events.matching import Match
from multipolar.events.syntax import content_head, is_passive, object_tokens, prep_objects, subject_tokens
from multipolar.reference import CameoRoot

#: Nouns of working people whose strike is a walkout (``words/labour_parties.txt``).
LABOUR_PARTIES: frozenset[str] = read_words(data_file(__file__, "words/labour_parties.txt"))
#: The verb whose intransitive use by working people is a walkout, and the walkout's code.
STRIKE_VERB, LABOUR_STRIKE = "strike", "143"
#: Prepositions that name what a strike hits ("struck at rebel positions"); not "on", mostly a date
#: ("struck on Monday").
HIT_PREPS = ("at", "against")


def labour_strike_code(m: Match) -> str | None:
    """143 for an active violent "strike" with nothing struck whose subject names working people; else None."""
    verb = m.token
    if m.entry.pos != TriggerPos.VERB or verb.lemma_.lower() != STRIKE_VERB \
            or not m.entry.cameo.startswith(CameoRoot.FIGHT) \
            or is_passive(verb) or object_tokens(verb) or prep_objects([verb], HIT_PREPS):
        return None
    heads = [content_head(s) for s in subject_tokens(verb)]
    words = {w for h in heads for w in (h.lemma_.lower(), h.lower_)}
    return LABOUR_STRIKE if words & LABOUR_PARTIES else None
