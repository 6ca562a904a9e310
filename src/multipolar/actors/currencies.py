"""Currencies and negotiating rounds named by a place: "100 mln New Zealand dlrs", "the U.S. dollar",
"Canadian dollars", "the Uruguay Round", "the Doha round of trade talks".

A place or nationality mention that modifies a currency noun (``currency_words.txt``) names the money,
not a party to what is done with it: it is dropped, so "offered 75 mln New Zealand dlrs of bonds" has
no New Zealand target and "reserves of 12 billion U.S. dlrs" no United States. So is a place name
compounded on a round of talks (``named_rounds.txt``): the city or country where the round opened.
"""

from __future__ import annotations

from spacy.tokens import Doc

from multipolar.actors.names import PLACE_KINDS
from multipolar.datafiles import data_file, read_words
from multipolar.nlp.labels import NOUN_MODIFIERS
from multipolar.records import ActorMention

CURRENCY_WORDS: frozenset[str] = read_words(data_file(__file__, "words/currency_words.txt"))
ROUND_WORDS: frozenset[str] = read_words(data_file(__file__, "words/named_rounds.txt"))


def currency_names(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop place mentions that only name a currency or a round of talks (see module doc)."""
    return [m for m in mentions if not only_names(doc, m)]


def only_names(doc: Doc, m: ActorMention) -> bool:
    """A place mention that names the currency or the round of talks it modifies."""
    last = doc[m.end - 1]
    if m.kind not in PLACE_KINDS or last.head.i < m.end:
        return False
    if last.dep_ in NOUN_MODIFIERS and last.head.lower_ in CURRENCY_WORDS:
        return True
    # "the Uruguay Round"; "the Doha round talks" (the place a compound on the talks, the round word next)
    return last.dep_ == "compound" and (
        last.head.lower_ in ROUND_WORDS or (m.end < len(doc) and doc[m.end].lower_ in ROUND_WORDS))
