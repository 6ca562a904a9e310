"""Reprisals told in trade terms: "the United States will retaliate against EC farm exports", "threats
of trade retaliation", "will retaliate if the tax is adopted" answer with a trade sanction (163), not
with force (190). A reprisal word (``words/retaliating_words.txt``) whose own phrase or the clause it
governs names a trade word (``words/trade_cues.txt``) takes the sanction's code; under a threat or a
pledge the complement maps then give a threatened sanction (1312), as for "threatened sanctions"."""

from __future__ import annotations

from multipolar.datafiles import data_file, read_words
from multipolar.events.defence import REPRISAL_FORCE_ROOTS, reprisal_word
from multipolar.events.matching import Match

#: Words that put an act in trade terms.
TRADE_CUES: frozenset[str] = read_words(data_file(__file__, "words/trade_cues.txt"))
#: The code of a reprisal in trade: impose an embargo, boycott or sanctions.
TRADE_SANCTION = "163"


def trade_reprisal_code(m: Match) -> str | None:
    """163 for a forceful reprisal word whose own subtree names trade; else None."""
    t = m.token
    if not reprisal_word(t) or not m.entry.cameo.startswith(REPRISAL_FORCE_ROOTS):
        return None
    words = {w for x in t.subtree if x.i != t.i for w in (x.lemma_.lower(), x.lower_)}
    return TRADE_SANCTION if words & TRADE_CUES else None
