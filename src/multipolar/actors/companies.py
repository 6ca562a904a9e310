"""Companies named with their home: "France's Thomson-CSF", "<Martel et Fils> of France", "<ROK>".

Reuters writes company names and stock tickers in angle brackets. A place mention inside such brackets
is part of a company's name or its ticker: alone between the brackets ("<ROK>") it names no actor and is
dropped; inside a longer name ("<Korea Exchange Bank>") it is that company's home (sector BUS). A place
that owns a company name ("France's Thomson-CSF <TCSF.PA>", "Japan's Fujitsu Ltd"), that a company name
takes an ``of`` phrase of ("<Aceros Navarra> of Spain", "Swiss Reinsurance Co of Zurich"), or that
modifies one ("French plastics group <Martel et Fils>") is the company's home too: the state does not
act, its company does. A company name is one with a corporate suffix (``corporate_suffixes.txt``), one
in angle brackets, or one followed by a bracketed ticker. The word "state" before a company noun is the
company's owner, no actor of its own: "Italy's state-controlled telecommunications company", "Indonesia's
state oil company Pertamina" name the company.
"""

from __future__ import annotations

from dataclasses import replace

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from multipolar.actors.names import CORPORATE, PLACE_KINDS
from multipolar.actors.tables import roles
from multipolar.records import ActorMention, MentionKind, Sector

OPEN, CLOSE = "<", ">"
OPEN_ID, CLOSE_ID = get_string_id(OPEN), get_string_id(CLOSE)
#: The longest bracketed name read as one (tokens).
LONGEST_NAME = 16
#: A role word that, modifying a company noun, only says who owns it ("a state oil company").
OWNER_ROLE = "state"
#: Dependencies of a noun's modifiers ("state-controlled": npadvmod of an amod participle).
MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod"})
#: The bracketed names of the last document asked for: (document, its token count, names).
_LAST_BRACKETED: tuple[Doc, int, dict[int, tuple[int, int]]] | None = None


def bracketed(doc: Doc) -> dict[int, tuple[int, int]]:
    """Token index -> (start, end) of the angle-bracketed name it sits in (brackets excluded); found on
    the doc's word array, and kept for the last document asked (the actor and event stages both ask)."""
    global _LAST_BRACKETED
    if _LAST_BRACKETED is not None and _LAST_BRACKETED[0] is doc and _LAST_BRACKETED[1] == len(doc):
        return _LAST_BRACKETED[2]
    out: dict[int, tuple[int, int]] = {}
    orth = doc.to_array(ORTH) if len(doc) else numpy.zeros(0, dtype=numpy.uint64)
    marks = numpy.flatnonzero((orth == OPEN_ID) | (orth == CLOSE_ID)).tolist()  # every "<" and ">"
    for n, i in enumerate(marks):
        if orth[i] != OPEN_ID:
            continue
        # the next bracket, within the longest name: a ">" closes the name
        close = marks[n + 1] if n + 1 < len(marks) and marks[n + 1] < i + LONGEST_NAME + 2 else None
        if close is not None and orth[close] == CLOSE_ID and close > i + 1:
            out.update({k: (i + 1, close) for k in range(i + 1, close)})
    _LAST_BRACKETED = (doc, len(doc), out)
    return out


def _company_name(head: Token, names: dict[int, tuple[int, int]]) -> bool:
    """The noun phrase ending in ``head`` names a company (suffix, brackets, or a ticker after it)."""
    doc = head.doc
    if head.text == CLOSE:  # the parse hung "of Spain" on the closing bracket
        return head.i - 1 in names
    words = doc[head.left_edge.i : head.i + 1]
    if any(t.text in CORPORATE or t.i in names for t in words):
        return True
    return head.i + 1 < len(doc) and doc[head.i + 1].text == OPEN and head.i + 2 in names


def _home_of(token: Token) -> Token | None:
    """The noun a place token modifies, is the possessor or the ``of`` object of ("French group X",
    "France's X", "X of Spain"), through an apposition ("X of Zurich, Switzerland")."""
    if token.dep_ == "appos":
        token = token.head
    if token.dep_ in ("poss", "amod", "compound"):
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.dep_ == "prep":
        return token.head.head
    return None


def _state_owned_company(token: Token) -> bool:
    """"state" modifying a company noun, directly or through a participle ("state-controlled company")."""
    if token.lower_ != OWNER_ROLE:
        return False
    head = token
    while head.dep_ in MODIFIER_DEPS and head.head.i > head.i:
        head = head.head
    if head is token:
        return False
    role = roles().get(head.lower_) or roles().get(head.lemma_.lower())
    return role is not None and role.sector == Sector.BUS


def company_homes(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop tickers, and make a place inside or owning a company name that company's home (see module doc)."""
    names = bracketed(doc)
    out: list[ActorMention] = []
    for m in mentions:
        if m.kind == MentionKind.ROLE and _state_owned_company(doc[m.end - 1]):
            out.append(replace(m, sector=Sector.BUS, rule=f"{m.rule} + state-owned company"))
            continue
        if m.kind not in PLACE_KINDS or m.sector == Sector.BUS:
            out.append(m)
            continue
        span = names.get(m.start)
        if span is not None and m.end <= span[1]:
            if span == (m.start, m.end):
                continue  # a ticker: "<ROK>"
            out.append(replace(m, sector=Sector.BUS, rule=f"{m.rule} + bracketed name"))
            continue
        owner = _home_of(doc[m.end - 1])
        if owner is not None and _company_name(owner, names):
            out.append(replace(m, sector=Sector.BUS, rule=f"{m.rule} + company home"))
            continue
        out.append(m)
    return out


def company_owner(token: Token) -> bool:
    """An ``of`` phrase naming a company: "(a vice president) of Painewebber Inc" (its holder is the company's)."""
    if token.dep_ != "prep" or token.lower_ != "of":
        return False
    names = bracketed(token.doc)
    return any(_company_name(g, names) for g in token.children if g.dep_ == "pobj")
