"""Standing trade: trade told as a state of affairs, not as news.

* Habitual trade: a verb of trade or cooperation (CAMEO 06x) in the simple present with no auxiliary
  tells what a party does as a rule ("Japan imports half its gas from Qatar", "it sells more to Canada
  than to Japan"); the past ("imported", "signed") and plans ("will sell", "sells ... next week") stay acts.
* Standing flows and roles: a trade noun ("exports to Japan", "trade between the two states", "Japan's
  main supplier") names a flow or a role, not a transfer, unless a verb makes it one: a light verb
  ("resumed trade with", "relies on Chinese supplies"), a verb acting on it ("approved the sale of jets
  to"), a change in it sought or planned ("appealed for more investment"), a verb of onset with it as
  subject ("the first shipments reached Kiev"), or, for a role, a verb of becoming ("emerged as Russia's top customer").
* Flow topics: a trade or aid noun (06x, 07x) as the subject of a verb of size or change ("arms sales to
  Taiwan are rising") or as the topic of another noun ("a row over trade with Japan").

Used by :class:`multipolar.events.coder.Coder` as senses that are no event."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import TriggerPos
from multipolar.events.matching import Match
from multipolar.events.schedule import scheduled
from multipolar.events.syntax import first_conjunct, simple_present
from multipolar.events.targets import TOPIC_PREPS
from multipolar.nlp.labels import NOUN_POS, VERB_PATIENTS, VERBAL_POS
from multipolar.reference import CameoRoot

#: Nouns of a trade or aid flow (events/data/words/flow_nouns.txt).
FLOW_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/flow_nouns.txt"))
#: Nouns of a trading role ("the largest buyer of", "Y's main supplier").
TRADE_ROLE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/trade_role_nouns.txt"))
#: Verbs of becoming that make a trading role news ("emerged as", "became").
BECOMING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/becoming_verbs.txt"))
#: Modifiers that make a flow a change sought or planned ("appealed for more investment", "increased trade").
FLOW_CHANGE_MODIFIERS: frozenset[str] = read_words(data_file(__file__, "words/flow_change_modifiers.txt"))
#: Verbs of onset that make a trade noun their subject an act ("shipments resumed", "the sale went ahead").
TRADE_ONSET_VERBS: frozenset[str] = read_words(data_file(__file__, "words/trade_onset_verbs.txt"))


def habitual_trade(m: Match) -> bool:
    """A trade verb in the simple present with no auxiliary of its own (module doc)."""
    return m.entry.pos == TriggerPos.VERB and m.entry.cameo[:2] == CameoRoot.MATERIAL_COOPERATION \
        and simple_present(m.token) \
        and not scheduled(m.token)  # "Japan sells two frigates to Chile next week": news of a plan


def standing_trade(m: Match, light: tuple[Token, str] | None) -> bool:
    """A trade noun (06x) that names a flow or a role with no verb making it an act (module doc)."""
    if m.entry.pos != TriggerPos.NOUN or m.entry.cameo[:2] != CameoRoot.MATERIAL_COOPERATION or light is not None:
        return False
    lemma = m.token.lemma_.lower()
    n = first_conjunct(m.token)
    if lemma in TRADE_ROLE_NOUNS:
        return not _became(n)
    if lemma not in FLOW_NOUNS:
        return False
    if n.dep_ in VERB_PATIENTS and n.head.pos_ in VERBAL_POS:  # "approved the sale", "was approved"
        return False
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in FLOW_CHANGE_MODIFIERS for c in n.children):
        return False
    return not (n.dep_ == "nsubj" and n.head.lemma_.lower() in TRADE_ONSET_VERBS)


def _became(n: Token) -> bool:
    """The noun is what a party became ("became X's supplier", "emerged as X's top customer")."""
    head = n.head
    if n.dep_ == "pobj" and head.lower_ in ("as", "into"):
        head = head.head
    elif n.dep_ not in ("attr", "oprd"):
        return False
    return head.lemma_.lower() in BECOMING_VERBS


#: Roots of trade and aid, whose nouns also name a standing flow ("trade with Japan", "U.S. aid to Egypt").
FLOW_ROOTS = frozenset({CameoRoot.MATERIAL_COOPERATION, CameoRoot.AID})
#: Verbs of a figure's size or change ("sales are rising", "exports fell").
TREND_VERBS: frozenset[str] = read_words(data_file(__file__, "words/trend_verbs.txt"))


def flow_topic(m: Match) -> bool:
    """A trade or aid noun that names a standing flow, not a transfer: the subject of a verb of size or
    change ("arms sales to Taiwan are rising") or the topic of another noun ("a row over trade between X
    and Y"); "arms shipments resumed" and "aid will continue" are acts."""
    if m.entry.pos != TriggerPos.NOUN or m.entry.cameo[:2] not in FLOW_ROOTS \
            or m.token.lemma_.lower() not in FLOW_NOUNS:
        return False
    n = first_conjunct(m.token)
    if n.dep_ == "nsubj":  # "... will rise" is a forecast of the figure, still no transfer
        return n.head.lemma_.lower() in TREND_VERBS
    prep = n.head
    return n.dep_ == "pobj" and prep.lower_ in TOPIC_PREPS and prep.head.pos_ in NOUN_POS
