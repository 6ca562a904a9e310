"""Market moves: a trigger verb whose subject is a share, a currency or an index ("Chinese shares
attacked the 3,000 level", "the pound surrendered its gains", "bonds rallied") tells of prices, not
of a political act."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.syntax import subject_tokens

#: Lemmas of market subjects (data/words/market_words.txt).
MARKET_WORDS: frozenset[str] = read_words(data_file(__file__, "words/market_words.txt"))


def market_move(verb: Token) -> bool:
    """A verb trigger whose grammatical subject is a market word."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(s.lemma_.lower() in MARKET_WORDS for s in subject_tokens(verb))
