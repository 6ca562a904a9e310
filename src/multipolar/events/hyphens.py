"""Hyphenated modifiers the parse takes for clauses: "tsunami-hit Indonesia" parsed as "hit
Indonesia" ("to tsunami-hit Indonesia" then has a stranded preposition)."""

from __future__ import annotations

from spacy.tokens import Token


def inner_hyphen(tok: Token) -> bool:
    """``tok`` is a hyphen with no space on either side: inside a word ("NATO-led", "war-torn")."""
    return tok.text == "-" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_


def hyphen_compound(token: Token) -> bool:
    """The word is the second half of a hyphenated modifier ("tsunami-hit", "Iran-backed",
    "war-torn"): a modifier of the noun after it, not a clause of its own."""
    i = token.i
    return i >= 2 and inner_hyphen(token.doc[i - 1]) and token.doc[i - 2].is_alpha


def hyphen_joined(tok: Token) -> bool:
    """A hyphen inside a word before a lower-case word ("NATO-led", "US-backed"): no dateline stop."""
    return inner_hyphen(tok) and tok.i < len(tok.doc) - 1 and tok.doc[tok.i + 1].is_lower


def hyphen_modified(prep: Token) -> list[Token]:
    """The noun a stranded preposition's hyphenated modifier was parsed to govern: "to tsunami-hit
    Indonesia" (parsed as "hit Indonesia")."""
    doc = prep.doc
    if prep.i + 3 >= len(doc) or not hyphen_compound(doc[prep.i + 3]):
        return []
    return [o for o in doc[prep.i + 3].children if o.dep_ in ("dobj", "obj") and o.i == prep.i + 4]


def hyphenated_name(tok: Token) -> bool:
    """A hyphen inside an upper-case name ("PORT-AU-PRINCE", "GUINEA-BISSAU"): no dateline stop."""
    doc = tok.doc
    return inner_hyphen(tok) and tok.i < len(doc) - 1 and doc[tok.i - 1].is_upper and doc[tok.i + 1].is_upper
