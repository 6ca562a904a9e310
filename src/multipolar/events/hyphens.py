"""Hyphenated modifiers the parse takes for clauses: "tsunami-hit Indonesia" parsed as "hit
Indonesia" ("to tsunami-hit Indonesia" then has a stranded preposition); a noun's pre-modifiers with
the halves of hyphenated words the parse split ("Iraqi counter-attacks", "India-Pakistan talks",
"anti-American protests")."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.nlp.labels import AUXILIARIES, DIRECT_OBJECTS, NOUN_MODIFIERS, NOUN_OR_PRONOUN_POS, SUBJECTS


def inner_hyphen(tok: Token) -> bool:
    """``tok`` is a hyphen with no space on either side: inside a word ("NATO-led", "war-torn")."""
    return tok.text == "-" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_


def hyphen_compound(token: Token) -> bool:
    """The word is the second half of a hyphenated modifier ("tsunami-hit", "Iran-backed",
    "war-torn"): a modifier of the noun after it, not a clause of its own."""
    i = token.i
    return i >= 2 and inner_hyphen(token.doc[i - 1]) and token.doc[i - 2].is_alpha


def common_hyphen_modifier(token: Token) -> bool:
    """A verb that is the second half of a hyphenated modifier whose first half is a common noun
    ("tsunami-hit Indonesia", "quake-struck towns", "debt-hit states"): what befell the noun's owner, no
    party's act. A named first half ("NATO-led", "Iran-backed") is left to the other rules, and a verb with
    a subject or an auxiliary of its own, or a party named right before it, is one ("Iran has test-fired a
    missile", "North Korea test-fired two missiles")."""
    i = token.i
    return hyphen_compound(token) and token.doc[i - 2].is_lower \
        and (i < 3 or token.doc[i - 3].pos_ not in NOUN_OR_PRONOUN_POS) \
        and not any(c.dep_ in SUBJECTS or (c.dep_ in AUXILIARIES and c.lower_ != "to") for c in token.children)


def hyphen_joined(tok: Token) -> bool:
    """A hyphen inside a word before a lower-case word ("NATO-led", "US-backed"): no dateline stop."""
    return inner_hyphen(tok) and tok.i < len(tok.doc) - 1 and tok.doc[tok.i + 1].is_lower


def hyphen_modified(prep: Token) -> list[Token]:
    """The noun a stranded preposition's hyphenated modifier was parsed to govern: "to tsunami-hit
    Indonesia" (parsed as "hit Indonesia")."""
    doc = prep.doc
    if prep.i + 3 >= len(doc) or not hyphen_compound(doc[prep.i + 3]):
        return []
    return [o for o in doc[prep.i + 3].children if o.dep_ in DIRECT_OBJECTS and o.i == prep.i + 4]


def hyphenated_name(tok: Token) -> bool:
    """A hyphen inside an upper-case name ("PORT-AU-PRINCE", "GUINEA-BISSAU"): no dateline stop."""
    doc = tok.doc
    return inner_hyphen(tok) and tok.i < len(doc) - 1 and doc[tok.i - 1].is_upper and doc[tok.i + 1].is_upper


def premodifiers(noun: Token) -> list[Token]:
    """Adjective, compound and nominal modifiers before a noun ("Indian and Pakistani talks"), and those
    of a hyphenated compound's first half the parse left beside it ("Iraqi counter-attacks")."""
    own = [c for c in noun.children if c.dep_ in NOUN_MODIFIERS and c.i < noun.i]
    first = split_first_half(noun)
    if first is None:
        return own
    return [*own, first, *(c for c in first.children if c.dep_ in NOUN_MODIFIERS and c.i < first.i)]


def split_first_half(noun: Token) -> Token | None:
    """The first half of a hyphenated noun the parse split into siblings ("counter" of "counter-attacks",
    both objects of one verb), else None."""
    doc = noun.doc
    if noun.i < 2 or not inner_hyphen(doc[noun.i - 1]):
        return None
    first = doc[noun.i - 2]
    if first.pos_ not in ("NOUN", "ADJ", "PROPN") or first.head.i != noun.head.i or first.dep_ != noun.dep_:
        return None
    return first


#: Hyphens joining the two members of a pair that modifies a noun ("India-Pakistan talks").
HYPHENS = frozenset({"-", "\u2013", "\u2014"})


def hyphen_partners(noun: Token) -> list[Token]:
    """First members of hyphenated pairs before a noun ("India-Pakistan talks", "Israeli-Palestinian
    clashes"): a pre-modifier's own modifier whose head word a hyphen follows."""
    doc = noun.doc
    return [c for m in premodifiers(noun) for c in m.children
            if c.dep_ in NOUN_MODIFIERS and c.i + 1 < m.i and doc[c.i + 1].text in HYPHENS]


def opposed_modifier(mod: Token) -> bool:
    """A pre-modifier after "anti-" ("anti-American protests"): it names whom the act opposes."""
    doc = mod.doc
    if mod.lower_.startswith("anti-"):
        return True
    return mod.i >= 2 and doc[mod.i - 1].text in HYPHENS and doc[mod.i - 2].lower_ == "anti"
