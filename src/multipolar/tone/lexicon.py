"""Document tone on GDELT's AvgTone scale from VADER's sentiment lexicon (shipped in ``vaderSentiment``).

GDELT's tone is the share of positive words minus the share of negative words, in percent of all
words (-100 .. +100, news mostly -10 .. +10). Here a word is positive or negative by the sign of
its mean valence in VADER's lexicon, read from the package's own file: nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.strings import get_string_id

#: Words whose mean valence is smaller than this (in absolute value) count as neutral.
MIN_VALENCE = 0.5


@dataclass(frozen=True)
class Polarity:
    """The positive and negative words of the lexicon."""

    positive: frozenset[str]
    negative: frozenset[str]


@lru_cache(maxsize=1)
def polarity() -> Polarity:
    """VADER's word list split by the sign of each word's mean valence (emoticons left out)."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    positive, negative = set(), set()
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].isalpha():
            continue
        try:
            valence = float(parts[1])
        except ValueError:
            continue
        if valence >= MIN_VALENCE:
            positive.add(parts[0].lower())
        elif valence <= -MIN_VALENCE:
            negative.add(parts[0].lower())
    return Polarity(frozenset(positive), frozenset(negative))


def tone(words: Iterable[str]) -> float | None:
    """(positive - negative) / words * 100 over lower-case words; None for no words."""
    lexicon = polarity()
    total = positive = negative = 0
    for word in words:
        total += 1
        if word in lexicon.positive:
            positive += 1
        elif word in lexicon.negative:
            negative += 1
    return tone_of_counts(total, positive, negative)


def tone_of_counts(total: int, positive: int, negative: int) -> float | None:
    """:func:`tone` from the counts of words, positive words and negative words."""
    if total == 0:
        return None
    return round(100.0 * (positive - negative) / total, 4)


@lru_cache(maxsize=1)
def polarity_ids() -> tuple[frozenset[int], frozenset[int]]:
    """The string hashes of the positive words and of the negative words that are not positive
    (:func:`tone` tests positive first), to test spaCy's ``LOWER`` attribute array directly."""
    lexicon = polarity()
    return (frozenset(get_string_id(w) for w in lexicon.positive),
            frozenset(get_string_id(w) for w in lexicon.negative - lexicon.positive))


def tone_of_ids(lowers: Iterable[int]) -> float | None:
    """:func:`tone` over the string hashes of lower-case words (spaCy's ``LOWER`` attribute)."""
    positive_ids, negative_ids = polarity_ids()
    total = positive = negative = 0
    for lower in lowers:
        total += 1
        if lower in positive_ids:
            positive += 1
        elif lower in negative_ids:
            negative += 1
    return tone_of_counts(total, positive, negative)
