"""Hyphenated modifiers the parse takes for clauses: "tsunami-hit Indonesia" parsed as "hit
Indonesia" ("to tsunami-hit Indonesia" then has a stranded preposition)."""

from __future__ import annotations

from spacy.tokens import Token


def hyphen_compound(token: Token) -> bool:
    """The word is the second half of a hyphenated modifier ("tsunami-hit", "Iran-backed",
    "war-torn"): a modifier of the noun after it, not a clause of its own."""
    i = token.i
    return i >= 2 and token.doc[i - 1].text == "-" and not token.doc[i - 1].whitespace_ \
        and not token.doc[i - 2].whitespace_ and token.doc[i - 2].is_alpha


def hyphen_modified(prep: Token) -> list[Token]:
    """The noun a stranded preposition's hyphenated modifier was parsed to govern: "to tsunami-hit
    Indonesia" (parsed as "hit Indonesia")."""
    doc = prep.doc
    if prep.i + 3 >= len(doc) or not hyphen_compound(doc[prep.i + 3]):
        return []
    return [o for o in doc[prep.i + 3].children if o.dep_ in ("dobj", "obj") and o.i == prep.i + 4]
