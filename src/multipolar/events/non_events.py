"""Senses of a matched trigger that are no event: goods held, a standing flow, trade habit or pact, a
judged topic, a figurative or market sense, a date, a wish or hope, a characterisation, a reference to an
earlier event, a motive, a game score, a gathering with no protest cue. The coder
(:class:`multipolar.events.coder.Coder`) asks :func:`non_event_reason` before it fills a trigger's slots."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from multipolar.events.characterised import characterisation
from multipolar.events.circumstance import names_motive
from multipolar.events.cited_cases import cited_case
from multipolar.events.figurative import figurative_force
from multipolar.events.judgments import hope_to_act, wish_without_act
from multipolar.events.lexicon import LexFlag, TriggerPos
from multipolar.events.markets import market_operation, measure_effect, thing_threat
from multipolar.events.matching import Match
from multipolar.events.pacts import standing_pact
from multipolar.events.senses import (
    VERB_SENSES,
    goods_held,
    judged_topic,
    names_earlier_event,
    protest_cue,
    sports_score,
)
from multipolar.events.timing import month_date
from multipolar.events.trade_habits import flow_topic, habitual_trade, standing_trade
from multipolar.reference import CameoRoot


def non_event_reason(m: Match, light: tuple[Token, str] | None, verb_roots: Callable[[str], set[str]]) -> str | None:
    """Why the matched trigger is a sense that is no event ("" when its entry says so), else None;
    ``verb_roots``: the CAMEO roots the lexicon gives a verb lemma (to find a protest cue)."""
    t, e = m.token, m.entry
    if goods_held(m, light):  # "has weapons"
        return "goods held, not given"
    if judged_topic(m):  # "said India's deployment was provocative"
        return "a topic the speaker judges"
    if flow_topic(m):  # "arms sales to Taiwan are rising", "a row over trade with Japan"
        return "a standing trade or aid flow"
    if habitual_trade(m):  # "Japan imports half its gas from Qatar"
        return "a habitual trade flow"
    if standing_trade(m, light):  # "Chile's copper exports to Korea", "the biggest buyer of Thai rice"
        return "a standing trade flow or role"
    if standing_pact(m):  # "to salvage its chip pact with the U.S.", "violated the accord with Peru"
        return "a standing pact"
    if e.pos == TriggerPos.VERB and (why := next((why for test, why in VERB_SENSES if test(t)), None)):
        return why
    # "new tariffs hit Japanese carmakers", "a rise in wages would threaten progress"
    if e.pos == TriggerPos.VERB and (measure_effect(t, e.cameo) or thing_threat(t, e.cameo)):
        return "the effect of a measure or a thing"
    if why := figurative_force(t, e.pos, e.cameo, light):  # "the coach was fired", "hit the industry"
        return why
    if market_operation(t, e.cameo):  # "helped the money market with funds", "an offer of gilts"
        return "a market operation"
    if e.pos == TriggerPos.NOUN and month_date(t):  # "GENEVA, March 20 - ..."
        return "a date"
    if wish_without_act(t, e.cameo):  # "China wants Taiwan": no act wanted of it
        return "a wish with no act of its object"
    if hope_to_act(t, e.cameo):  # "Sweden hopes to challenge Norway in the fish market": an aim
        return "a hope to act oneself"
    if LexFlag.NONEVENT in e.flags:  # "a heart attack", "a price war"
        return ""
    if characterisation(m):  # "X is a threat to the region"
        return "a characterisation, not an act"
    # "victims of the bombings", "arrested a man linked to last week's bombing"
    if e.pos == TriggerPos.NOUN and (names_earlier_event(t) or (e.cameo[:2] >= CameoRoot.COERCE and cited_case(t))):
        return "a reference to an earlier event"
    if e.pos == TriggerPos.NOUN and names_motive(t):  # "bombed Gaza in retaliation for rocket fire"
        return "the motive of the clause's act"
    if e.cameo[:2] >= CameoRoot.COERCE and sports_score(t):  # "routing Angola 89-53", "beat Brazil in the final"
        return "a game score"
    if LexFlag.CUED in e.flags and not protest_cue(t, verb_roots):  # "a crowd gathered"
        return "a gathering with no protest cue"
    return None
