"""Currencies named by their country: "100 mln New Zealand dlrs", "the U.S. dollar", "Canadian dollars".

A place or nationality mention that modifies a currency noun (``currency_words.txt``) names the money,
not a party to what is done with it: it is dropped, so "offered 75 mln New Zealand dlrs of bonds" has
no New Zealand target and "reserves of 12 billion U.S. dlrs" no United States.
"""

from __future__ import annotations

from spacy.tokens import Doc

from multipolar.actors.names import PLACE_KINDS
from multipolar.datafiles import data_file, read_words
from multipolar.records import ActorMention

CURRENCY_WORDS: frozenset[str] = read_words(data_file(__file__, "words/currency_words.txt"))
#: Dependencies of a currency's naming modifier.
NAMING_DEPS = frozenset({"compound", "amod", "nmod"})


def currency_names(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop place mentions that only name a currency (see module doc)."""
    out = []
    for m in mentions:
        last = doc[m.end - 1]
        if m.kind in PLACE_KINDS and last.dep_ in NAMING_DEPS and last.head.i >= m.end \
                and last.head.lower_ in CURRENCY_WORDS:
            continue
        out.append(m)
    return out
