"""Home targets: an act with a source but no target, of a kind coded inside one country, is aimed at
the source's own country where its sentence names no other party (``data/home_acts.tsv``).

The annotation guide codes domestic events with the same country on both sides: a government's
campaign pledge or arrest with no one named ("the president promised to cut taxes", "police detained
three suspects") is aimed at its own civilians, a strike ("teachers went on strike") at its own
government. A sentence naming any other actor, a source of no single state, an act about a pact,
talks, an offer or a proposal ("is committed to the agreement", "offered a stake to investors":
``words/pact_nouns.txt``) or an act on a party a foreign modifier marks as another state's ("relax curbs
on foreign goods", "offered blocks to foreign firms": ``words/foreign_modifiers.txt``) keeps the null
target.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from multipolar.actors.tables import SECTORS
from multipolar.datafiles import Row, data_file, read_table, read_words
from multipolar.events.agents import implied_mention
from multipolar.events.arguments import Participant
from multipolar.events.events import EventSpec
from multipolar.events.lobbies import FOREIGN_MODIFIERS
from multipolar.events.targets import CONF_PLACE
from multipolar.nlp.labels import NOUN_ATTRIBUTES, PLURAL_NOUN_TAGS
from multipolar.records import MentionKind, Sector
from multipolar.reference import is_state_code

#: Pacts, talks, offers and proposals: an act about one has another party, whoever the sentence names.
PACT_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/pact_nouns.txt"))


@dataclass(frozen=True)
class HomeAct:
    """Acts of a code prefix: the acting sectors, and the sector of the home party they are aimed at."""

    sources: frozenset[str]
    target: str


#: Columns of ``data/home_acts.tsv``.
HOME_ACT_COLUMNS = ("cameo", "source", "target")


@lru_cache(maxsize=1)
def home_acts() -> dict[str, HomeAct]:
    """CAMEO code prefix -> the home act it codes (``data/home_acts.tsv``)."""
    return parse_home_acts(read_table(data_file(__file__, "home_acts.tsv"), HOME_ACT_COLUMNS, header=True))


def parse_home_acts(rows: list[Row]) -> dict[str, HomeAct]:
    """The home acts of a table's rows; an unknown sector or a code that is no CAMEO prefix is a load
    error naming its row (as in the other sector tables, ``data/domestic.tsv``), not a silent no-op."""
    acts: dict[str, HomeAct] = {}
    for row in rows:
        unknown = {*row.items("source"), row["target"]} - SECTORS
        if unknown:
            raise row.error(f"unknown sector: {', '.join(sorted(unknown))}")
        if not row["cameo"].isdigit():
            raise row.error(f"not a CAMEO code prefix: {row['cameo']!r}")
        acts[row["cameo"]] = HomeAct(frozenset(row.items("source")), row["target"])
    return acts


def home_act(cameo: str) -> HomeAct | None:
    """The home act of the longest listed prefix of ``cameo``, else None."""
    acts = home_acts()
    return next((acts[cameo[:n]] for n in range(len(cameo), 1, -1) if cameo[:n] in acts), None)


def foreign_party(token: Token, source: Participant) -> bool:
    """A modifier that makes its plural noun other states' parties or goods ("foreign firms", "overseas
    buyers", "foreign securities firms", "foreign cars"); not a modifier of a singular ("the foreign
    exchange market", "foreign policy") or of the source itself ("the Kenyan foreign ministers")."""
    if token.dep_ not in NOUN_ATTRIBUTES or token.lower_ not in FOREIGN_MODIFIERS:
        return False
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.tag_ in PLURAL_NOUN_TAGS and not source.mention.start <= head.i < source.mention.end


def home_target(spec: EventSpec, doc: Doc, trigger: Token, act_code: str | None = None) -> EventSpec:
    """``spec`` with the source's own country as target, where it has no target, its act is a home act
    of the source's sector, it is about no pact or talks and the trigger's sentence names no actor of another
    (or no) country. ``act_code``: the code of the act a threat or promise is about ("threatened to go on
    strike": the strike's), whose home party the threat is aimed at too."""
    s = spec.source
    if s is None or spec.target is not None or s.code is None or not is_state_code(s.code):
        return spec
    # a listed leader out of office has no sector: a politician, who acts as the state organs do
    sector = s.sector or (Sector.GOV if s.mention.kind == MentionKind.LEADER else None)
    act = home_act(spec.cameo) or (home_act(act_code) if act_code else None)
    if act is None or sector not in act.sources or sector == act.target:
        return spec
    if any(t.lemma_.lower() in PACT_NOUNS or foreign_party(t, s) for t in trigger.subtree):
        return spec
    sent = trigger.sent
    named = (m.members or (m.code,) for m in doc._.actors or [] if sent.start <= m.start < sent.end)
    if any(code != s.code for codes in named for code in codes):
        return spec
    home = implied_mention(trigger, s.code, act.target, f"home-act:{spec.cameo}")
    return replace(spec, target=Participant(s.code, act.target, "", CONF_PLACE, home), rule=spec.rule + "/home")
