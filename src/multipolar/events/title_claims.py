"""Claims of title turned down: a claim "to" or "over" something held (land, islands, sovereignty, a seat)
is a demand, and dismissing or rejecting it is a rejection (120), not the denial (016) that dismissing
a claim "that" something happened is ("dismissed Vietnam's claims over the islands")."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.lexicon import TriggerPos
from multipolar.events.matching import Match
from multipolar.nlp.labels import PLACE_ENTITIES

#: Nouns of a claim that, with a preposition of :data:`TITLE_PREPS`, claim title to something (lemma).
CLAIM_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/title_claim_nouns.txt"))
#: Prepositions that name what a claim claims title to ("claims to the islands", "over the region").
TITLE_PREPS: frozenset[str] = read_words(data_file(__file__, "words/title_claim_preps.txt"))
#: Nouns of those a denial may be told to ("denied the claim to reporters"; lemma).
AUDIENCE_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/audience_nouns.txt"))
#: Nouns of what one holds title to (lemma); a named one is a place entity (:data:`PLACE_ENTITIES`).
HELD_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/held_nouns.txt"))
DENY, REJECT = "016", "120"


def title_claim_code(m: Match) -> str | None:
    """120 for a verb's denial (016) of a consumed claim noun that claims title to something ("rejected
    Japan's claim to the islands"); None for another match or a claim that something is so."""
    obj = m.obj
    if m.entry.pos != TriggerPos.VERB or m.entry.cameo != DENY or obj is None \
            or obj.lemma_.lower() not in CLAIM_NOUNS:
        return None
    if any(c.dep_ in ("acl", "ccomp", "relcl") or (c.dep_ == "prep" and c.lower_ == "of") for c in obj.children):
        return None  # "dismissed claims that ships had rammed its boats", "claims of fraud over the vote"
    # the parser may hang the phrase on the verb right after the object ("rejected X's claims to/prep
    # the islands"); there "to" may instead name whom the denial was told to ("denied the claim to reporters")
    preps = [c for c in obj.children if c.dep_ == "prep"] + [
        c for c in m.token.children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1 and not told_to(c)]
    return REJECT if any(p.lower_ in TITLE_PREPS and held(p) for p in preps) else None


def held(prep: Token) -> bool:
    """The preposition's object is something one holds title to: a named place or a noun of land,
    waters or rule ("the islands", "Kashmir", "sovereignty"); not an act ("claims over violations")."""
    return any(o.dep_ == "pobj" and (o.ent_type_ in PLACE_ENTITIES or o.lemma_.lower() in HELD_NOUNS)
               for o in prep.children)


def told_to(prep: Token) -> bool:
    """A preposition whose object is an audience ("to reporters") or a person."""
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in AUDIENCE_NOUNS or o.ent_type_ == "PERSON")
               for o in prep.children)
