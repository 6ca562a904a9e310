"""Angle-bracketed company names are found on the word array, as a scan of the words finds them."""

from __future__ import annotations

import spacy

from multipolar.actors.companies import LONGEST_NAME, bracketed


def _scan(words: list[str]) -> dict[int, tuple[int, int]]:
    """The plain scan: at each "<", the next bracket within the longest name closes it if it is a ">"."""
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(words):
        if words[i] == "<":
            close = next((j for j in range(i + 1, min(len(words), i + LONGEST_NAME + 2)) if words[j] in "<>"), None)
            if close is not None and words[close] == ">" and close > i + 1:
                out.update({k: (i + 1, close) for k in range(i + 1, close)})
                i = close
        i += 1
    return out


def test_bracketed_agrees_with_a_scan_of_the_words() -> None:
    vocab = spacy.blank("en").vocab
    cases = [
        "Ferrowerk said <Ferrowerk Holding AG> of Austria bought <FWK.VI> shares",
        "a stray < and a > here < > and <Nord Kabel> <Nord> < <Osterbank> >",
        "< " + " ".join(["w"] * (LONGEST_NAME + 1)) + " > and < " + " ".join(["w"] * LONGEST_NAME) + " >",
        "no brackets at all",
        "",
    ]
    for text in cases:
        words = text.split(" ") if text else []
        doc = spacy.tokens.Doc(vocab, words=words)
        assert bracketed(doc) == _scan(words), text
        assert bracketed(doc) is bracketed(doc)  # kept for the last document
