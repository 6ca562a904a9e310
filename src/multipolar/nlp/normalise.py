"""Same-length clean-up of old wire copy before tokenising, so character offsets stay those of the original.

Old wire copy capitalises words after an initialism ("the U.S. Will", "U.S. And Japan"): the
parser ends the sentence there and the tagger reads the word as a name. The first word after a
dateline ("WASHINGTON, March 5 - Talks between ...") is capitalised inside what the tagger sees as
one sentence. :func:`normalise` lower-cases such a word's first letter; it never changes the text's
length, so token offsets index the original text unchanged. News collections built from web feeds
(AG News among them) keep HTML quote entities stripped of their ampersand ("accused him of being
quot;old fashioned quot; and ..."): each becomes a double quote padded with spaces to the same
length, so the parser reads a quotation, not the word "quot". A pair of spaced hyphens set around a
short aside in one sentence ("The minister - speaking after talks in Rome - accused ...") becomes a pair
of dashes, which the parser reads as an aside, not as a hyphenated word. (Stock tickers such as "<TSBA.T>" are
left alone: blanking them out cost events on wire copy.)
"""

from __future__ import annotations

import re
from functools import cache

from multipolar.datafiles import data_file, read_words
from multipolar.ingest.dateline import dashed_dateline_end

#: An initialism ("U.S.", "U.N.") and the capitalised word after it.
_AFTER_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,} (?P<word>[A-Z][a-z]+)\b")
#: A capitalised word.
_WORD = re.compile(r"[A-Z][a-z]+\b")
#: An HTML quote entity, with or without its ampersand, standing alone ("said quot;we will quot;").
_QUOTE_ENTITY = re.compile(r"&quot;|(?<![A-Za-z])quot;")
#: Two spaced hyphens around a short aside inside one sentence (no sentence or clause stop between them).
_HYPHEN_ASIDE = re.compile(
    r"(?<=[A-Za-z)]) (?P<open>-) (?=[A-Za-z])[^-.!?;:\n]{3,120}?(?<=[A-Za-z0-9)]) (?P<close>-) (?=[A-Za-z])")
#: The dash that stands for a spaced hyphen of an aside (one character: offsets stay).
ASIDE_DASH = "\u2014"


@cache
def after_initials() -> frozenset[str]:
    """Words lower-cased after an initialism."""
    return read_words(data_file(__file__, "after_initials.txt"))


@cache
def lead_words() -> frozenset[str]:
    """Common words lower-cased when they open a story after its dateline."""
    return read_words(data_file(__file__, "lead_words.txt"))


def _lower_first(chars: list[str], start: int) -> None:
    chars[start] = chars[start].lower()


def _unquote(chars: list[str], text: str) -> bool:
    """Turn quote entities into a double quote padded with spaces on the side away from the quoted word."""
    changed = False
    for match in _QUOTE_ENTITY.finditer(text):
        start, end = match.span()
        pad = " " * (end - start - 1)
        opening = end < len(text) and text[end].isalnum()
        chars[start:end] = list(pad + '"' if opening else '"' + pad)
        changed = True
    return changed


def _dash_asides(chars: list[str], text: str, start: int) -> bool:
    """Turn the spaced hyphens around each short aside after ``start`` (the dateline's end) into dashes."""
    changed = False
    for match in _HYPHEN_ASIDE.finditer(text, start):
        chars[match.start("open")] = chars[match.start("close")] = ASIDE_DASH
        changed = True
    return changed


def normalise(text: str) -> str:
    """``text`` with old-wire capitals lower-cased, quote entities made quotes and hyphens around an aside
    made dashes, of the same length."""
    chars = list(text)
    changed = _unquote(chars, text) if "quot;" in text else False
    for match in _AFTER_INITIALS.finditer(text):
        if match["word"].lower() in after_initials():
            _lower_first(chars, match.start("word"))
            changed = True
    end = dashed_dateline_end(text)
    if " - " in text[end:]:
        changed = _dash_asides(chars, text, end) or changed
    if end:
        first = _WORD.match(text, end)
        if first and first.group().lower() in lead_words():
            _lower_first(chars, first.start())
            changed = True
    return "".join(chars) if changed else text
