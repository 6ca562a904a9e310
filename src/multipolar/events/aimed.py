"""Aimed acts: an act of a kind done to someone, named by a noun and coded with no target, is no event
(``data/aimed_acts.tsv``).

The annotation guide sets a null target "only when the text really names no target" and codes a
statement only as a comment about or at another actor. A noun of such a kind naming no party it is
aimed at ("despite U.S. sanctions", "the arms sales", "approved proposals by the Commission") is a
mention, not a reported act. Verbs are left alone: "is considering new measures" is still a reported
statement, which sentence-level classes (ConfliBERT penta) count. The table says which kinds of act
this holds for, by CAMEO code prefix and trigger part of speech; a later pass of the coder that finds
the target ("vowed retaliation" after an attack) keeps the event. An organisation meeting or planning to
meet with no counterpart named ("OPEC ministers ended their talks", "EC ministers resume discussions
tomorrow") is the body's own session, its members among themselves: no event. A pact noun named with no partner ("the
Mexican deal", ``words/unaimed_pact_nouns.txt``) is a mention of the pact, not its signing (057).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from multipolar.actors.tables import BLOC_CODES
from multipolar.datafiles import Row, data_file, read_table, read_words
from multipolar.events.events import EventSpec
from multipolar.events.lexicon import LexEntry, TriggerPos
from multipolar.events.pacts import SIGNING

#: Meetings (040-044) and plans to meet (036): held by an organisation alone, its own session.
SESSION_CODES = ("036", "040", "041", "042", "043", "044")
#: Organisation codes (not the loose bloc "the West").
ORGANISATION_CODES: frozenset[str] = BLOC_CODES - {"WST"}

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
    if own_session(spec):
        return True
    consent = trigger is not None and any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children)
    pact = entry.pos == TriggerPos.NOUN and spec.cameo == SIGNING and entry.trigger in UNAIMED_PACT_NOUNS \
        and not consent
    return pact or aimed(spec.cameo, entry.pos)


def own_session(spec: EventSpec) -> bool:
    """An organisation meeting, or planning to meet, with no counterpart: its members among themselves."""
    return spec.target is None and spec.source is not None and spec.source.code in ORGANISATION_CODES \
        and spec.cameo.startswith(SESSION_CODES)
