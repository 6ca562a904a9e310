"""Aimed acts: an act of a kind done to someone, named by a noun and coded with no target, is no event
(``data/aimed_acts.tsv``).

The annotation guide sets a null target "only when the text really names no target" and codes a
statement only as a comment about or at another actor. A noun of such a kind naming no party it is
aimed at ("despite U.S. sanctions", "the arms sales", "approved proposals by the Commission") is a
mention, not a reported act. Verbs are left alone: "is considering new measures" is still a reported
statement, which sentence-level classes (ConfliBERT penta) count. The table says which kinds of act
this holds for, by CAMEO code prefix and trigger part of speech; a later pass of the coder that finds
the target ("vowed retaliation" after an attack) keeps the event. A pact noun named with no partner ("the
Mexican deal", ``words/unaimed_pact_nouns.txt``) is a mention of the pact, not its signing (057).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from multipolar.datafiles import Row, data_file, read_table, read_words
from multipolar.events.events import EventSpec
from multipolar.events.lexicon import LexEntry, TriggerPos
from multipolar.events.pacts import SIGNING

#: Columns of ``data/aimed_acts.tsv``.
AIMED_COLUMNS = ("cameo", "pos")
#: Nouns naming a pact itself.
UNAIMED_PACT_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/unaimed_pact_nouns.txt"))


def parse_aimed_acts(rows: list[Row]) -> dict[str, frozenset[TriggerPos]]:
    """CAMEO code prefix -> the trigger kinds (``LexEntry.pos``; "-" names none) whose act needs a
    target; a bad row is a load error."""
    out: dict[str, frozenset[TriggerPos]] = {}
    for row in rows:
        if not row["cameo"].isdigit():
            raise row.error(f"not a CAMEO code prefix: {row['cameo']!r}")
        out[row["cameo"]] = row.choices("pos", TriggerPos)
    return out


@lru_cache(maxsize=1)
def aimed_acts() -> dict[str, frozenset[TriggerPos]]:
    """The table ``data/aimed_acts.tsv``."""
    return parse_aimed_acts(read_table(data_file(__file__, "aimed_acts.tsv"), AIMED_COLUMNS, header=True))


def aimed(cameo: str, pos: TriggerPos) -> bool:
    """Whether an act of ``cameo`` on a trigger of kind ``pos`` is done to someone (longest prefix)."""
    acts = aimed_acts()
    kinds = next((acts[cameo[:n]] for n in range(len(cameo), 1, -1) if cameo[:n] in acts), frozenset())
    return pos in kinds


def aimless(entry: LexEntry, spec: EventSpec, trigger: Token | None = None) -> bool:
    """Whether the act of ``spec`` (matched on ``entry`` at ``trigger``) needs a target it does not have;
    a pact noun with a "to" phrase is a consent ("its agreement to the plan"), not a pact named."""
    if spec.target is not None:
        return False
    consent = trigger is not None and any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children)
    pact = entry.pos == TriggerPos.NOUN and spec.cameo == SIGNING and entry.trigger in UNAIMED_PACT_NOUNS \
        and not consent
    return pact or aimed(spec.cameo, entry.pos)
