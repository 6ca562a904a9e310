"""Market moves and measures: a trigger verb whose subject is a share, a currency or an index ("Chinese
shares attacked the 3,000 level", "the pound surrendered its gains", "bonds rallied") tells of prices,
and a verb of force whose subject is a measure or a ruling ("new tariffs hit Japanese carmakers", "a
challenge targeting Airbus") tells of its effect: neither is a political act."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import VIOLENCE_ROOTS
from multipolar.events.syntax import subject_tokens

#: Lemmas of market subjects (data/words/market_words.txt).
MARKET_WORDS: frozenset[str] = read_words(data_file(__file__, "words/market_words.txt"))
#: Lemmas of measures and rulings (data/words/measure_words.txt).
MEASURE_WORDS: frozenset[str] = read_words(data_file(__file__, "words/measure_words.txt"))


def market_move(verb: Token) -> bool:
    """A verb trigger whose grammatical subject is a market word."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(s.lemma_.lower() in MARKET_WORDS for s in subject_tokens(verb))


def measure_effect(verb: Token, cameo: str) -> bool:
    """A verb of force whose grammatical subject is a measure or a ruling ("tariffs hit", "a challenge targeting")."""
    if verb.pos_ not in ("VERB", "AUX") or cameo[:2] not in VIOLENCE_ROOTS:
        return False
    return any(s.lemma_.lower() in MEASURE_WORDS for s in subject_tokens(verb))
