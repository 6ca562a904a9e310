"""Business that lobbies its state: a business party named without its country ("manufacturers",
"exporters", "trade groups", a company's officer "Acme Corp chairman John Doe") that is the subject of
an act on a state organ ("asked the administration", "urged the government", "called on the
Government") is that organ's state's business (BUS, or the role table's sector). Business acting on no
one, on another business or on a state by name stays no party (:mod:`multipolar.events.agents`)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from multipolar.actors.names import CORPORATE
from multipolar.datafiles import data_file, read_words
from multipolar.events.agents import NON_PARTY_OWNERS, STATE_ORGANS, token_role, word_mention
from multipolar.events.owner_syntax import creditor_noun
from multipolar.records import ActorMention, MentionKind, Sector
from multipolar.reference import is_state_code

#: Business nouns (word or lemma, or a compound and the word: "trade groups") that lobby their state.
LOBBY_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/lobby_nouns.txt"))
#: Modifiers that make a business another state's ("foreign banks", "creditor banks").
FOREIGN_MODIFIERS: frozenset[str] = read_words(data_file(__file__, "words/foreign_modifiers.txt"))
#: Rule prefix of a creditor party: never placed in the state it faces (:mod:`multipolar.events.domestic_dyads`).
CREDITOR_RULE = "creditor:"
#: Titles of a company's officers ("Acme Corp chairman John Doe").
OFFICER_TITLES: frozenset[str] = read_words(data_file(__file__, "words/officer_titles.txt"))
#: Prepositions of an act's addressee ("called on the government", "appealed to parliament").
ADDRESSEE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/addressee_preps.txt"))
#: Sectors a lobby keeps from the role table ("farmers": AGR); any other is business ("president").
LOBBY_SECTORS = frozenset({Sector.BUS, Sector.AGR, Sector.LAB})
#: Sectors of the state organs a lobby addresses.
ADDRESSED_SECTORS = frozenset({Sector.GOV, Sector.LEG})


def _business(token: Token) -> bool:
    """A business noun ("exporters", "trade groups") or a company's officer named by title."""
    words = (token.lower_, token.lemma_.lower())
    mods = [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1]
    if any(w in LOBBY_NOUNS or (mods and f"{mods[0].lower_} {w}" in LOBBY_NOUNS) for w in words):
        return True
    # "Acme Corp chairman John Doe", "President of the Acme Chamber of Commerce John Doe", "the chairman
    # of Acme Corp"
    titles = [token] if token.lower_ in OFFICER_TITLES else [
        c for c in token.children if c.dep_ in ("compound", "nmod") and c.lower_ in OFFICER_TITLES
    ] if token.pos_ == "PROPN" else []
    return any(_company(o) for c in titles for o in (
        *(o for o in c.children if o.dep_ == "compound"),
        *(o for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")))


def _company(owner: Token) -> bool:
    """A word naming a business as the owner of a title: "Corp", "company", "Chamber" (of commerce)."""
    low = owner.lemma_.lower()
    return owner.text in CORPORATE or low in NON_PARTY_OWNERS or low in LOBBY_NOUNS


def lobby_party(token: Token, mention: Callable[[Token], ActorMention | None]) -> ActorMention | None:
    """The business party ``token`` names when it is the agent of an act on a state organ, placed
    in the organ's state (``mention``: the actor of a word), else None."""
    passive = token.dep_ == "pobj" and token.head.dep_ == "agent"  # "the government was urged by exporters"
    verb = token.head.head if passive else token.head
    if (token.dep_ != "nsubj" and not passive) or verb.pos_ != "VERB" or not _business(token) \
            or any(c.lower_ in FOREIGN_MODIFIERS for c in token.lefts):
        return None
    objs = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ADDRESSEE_PREPS
        for o in p.children if o.dep_ == "pobj"]
    for obj in objs:
        if obj.lemma_.lower() not in STATE_ORGANS:
            continue
        organ = mention(obj)
        if organ is not None and organ.code and is_state_code(organ.code) and not organ.members \
                and organ.sector in ADDRESSED_SECTORS:
            role = token_role(token)
            sector = role.sector if role is not None and role.sector in LOBBY_SECTORS else Sector.BUS
            return word_mention(token, organ.code, sector, MentionKind.UNRESOLVED, f"lobby:{token.lower_}")
    return None


#: Argument slots a creditor party fills: an act's object or counterpart, or a state's partner in a
#: coordination ("Peru and its creditors"); as a subject ("creditor banks ... warned") the parse too often
#: hangs another's verb on it.
CREDITOR_SLOTS = frozenset({"dobj", "pobj", "conj", "appos", "dative"})


def creditor_party(token: Token) -> ActorMention | None:
    """A state's commercial creditors as an act's object or counterpart ("talks with its creditors", "its
    creditor banks", "its bank advisory committee"): business with no country of its own (the other side
    of a debt is foreign and usually many), else None. Not the owner in an of-phrase ("the interest of
    creditor banks")."""
    if token.dep_ not in CREDITOR_SLOTS or (token.dep_ == "pobj" and token.head.lower_ == "of") \
            or not creditor_noun(token):
        return None
    return word_mention(token, "", Sector.BUS, MentionKind.UNRESOLVED, f"{CREDITOR_RULE}{token.lower_}")
