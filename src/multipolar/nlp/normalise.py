"""Same-length clean-up of old wire copy before tokenising, so character offsets stay those of the original.

Old wire copy capitalises words after an initialism ("the U.S. Will", "U.S. And Japan"): the
parser ends the sentence there and the tagger reads the word as a name. The first word after a
dateline ("WASHINGTON, March 5 - Talks between ...") is capitalised inside what the tagger sees as
one sentence. :func:`normalise` lower-cases such a word's first letter; it never changes the text's
length, so token offsets index the original text unchanged. News collections built from web feeds
(AG News among them) keep HTML quote entities stripped of their ampersand ("accused him of being
quot;old fashioned quot; and ..."): each becomes a double quote padded with spaces to the same
length, so the parser reads a quotation, not the word "quot". (Stock tickers such as "<TSBA.T>" are
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


def normalise(text: str) -> str:
    """``text`` with old-wire capitals lower-cased and quote entities made quotes, of the same length."""
    chars = list(text)
    changed = _unquote(chars, text) if "quot;" in text else False
    for match in _AFTER_INITIALS.finditer(text):
        if match["word"].lower() in after_initials():
            _lower_first(chars, match.start("word"))
            changed = True
    end = dashed_dateline_end(text)
    if end:
        first = _WORD.match(text, end)
        if first and first.group().lower() in lead_words():
            _lower_first(chars, first.start())
            changed = True
    return "".join(chars) if changed else text
