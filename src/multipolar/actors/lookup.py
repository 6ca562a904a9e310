"""Find the actor of a token (used by the event coder for argument heads)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from multipolar.actors.tables import roles
from multipolar.datafiles import data_file, read_words
from multipolar.nlp.dependents import dependents
from multipolar.records import ActorMention, MentionKind, Sector

#: Dependents of a noun that may carry its actor ("Chinese troops", "Iran's army", "the army of Iran").
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "nn"})
#: Order in which dependents are tried: modifiers, then apposition, then possessors ("his").
DEP_PRIORITY = {"compound": 0, "amod": 0, "nmod": 0, "nn": 0, "appos": 1, "poss": 2}
OF_PREPS = frozenset({"of", "from"})
#: Dependents of a title noun before a name that may be the organ owning it ("Bank of Zambia manager X").
TITLE_OWNER_DEPS = frozenset({"nmod", "amod", "poss"})


def actor_for_token(doc: Doc, token: Token, index: dict[int, ActorMention] | None = None) -> ActorMention | None:
    """The mention covering ``token``, else one in its noun phrase, else None (``index``: the doc's
    ``actor_index``, passed by callers that hold it)."""
    if index is None:
        index = doc._.actor_index or {}
    mention = index.get(token.i)
    if mention is not None:
        return mention
    kids = dependents(token)
    children = [(c, dep) for c, dep in kids if dep in NP_DEPS and c.i in index]
    if children:
        best = min(children, key=lambda c: (DEP_PRIORITY[c[1]], index[c[0].i].kind == MentionKind.COREF, c[0].i))
        return index[best[0].i]
    if token.pos_ == "PROPN":  # "Bank of Zambia manager John Doe": the state organ owning the name's title noun
        titles = [c for c, dep in kids if dep == "compound" and c.pos_ == "NOUN"]
        # an organ, not a bare country: "French sugar producer Beghin" is a company
        owners = [(c, dep) for t in titles for c, dep in dependents(t) if dep in TITLE_OWNER_DEPS
                  and c.i in index and index[c.i].kind == MentionKind.ROLE]
        if owners:
            best = min(owners, key=lambda c: (DEP_PRIORITY[c[1]], c[0].i))
            return index[best[0].i]
    for child, dep in kids:
        if dep == "prep" and child.lower_ in OF_PREPS:
            for obj, obj_dep in dependents(child):
                if obj_dep == "pobj":
                    found = index.get(obj.i) or next(
                        (index[c.i] for c, d in dependents(obj) if d in NP_DEPS and c.i in index), None
                    )
                    if found is not None:
                        return found
    return None


#: Sectors of role nouns that a place locates ("police in Kenya", "protesters in Athens"); troops,
#: diplomats and refugees abroad are not the host country's.
LOCATED_SECTORS = frozenset({Sector.COP, Sector.CVL, Sector.EDU, Sector.LAB, Sector.JUD, Sector.LEG, Sector.MED,
                             Sector.JRN, Sector.OPP, Sector.BUS, Sector.AGR, Sector.REL, Sector.GOV})
NOT_LOCATED: frozenset[str] = read_words(data_file(__file__, "words/not_located.txt"))
PLACE_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.METONYM, MentionKind.PLACE})
#: Rule prefix of a role noun a place locates: its country is that of the place.
LOCATED_RULE = "located:"


def located_actor(doc: Doc, token: Token, index: dict[int, ActorMention] | None = None) -> ActorMention | None:
    """A role noun located by a place: "police in Kenya" -> KEN COP (the place's code, the role's sector)."""
    role = roles().get(token.lower_)
    if role is None or role.sector not in LOCATED_SECTORS or token.lower_ in NOT_LOCATED:
        return None
    if index is None:
        index = doc._.actor_index or {}
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for obj in child.children:
                place = index.get(obj.i) if obj.dep_ == "pobj" else None
                if place is not None and place.kind in PLACE_KINDS and not place.members:
                    return ActorMention(
                        text=doc[token.i:place.end].text, start=token.i, end=token.i + 1,
                        start_char=token.idx, end_char=token.idx + len(token.text), code=place.code,
                        sector=role.sector, kind=MentionKind.ROLE, rule=f"{LOCATED_RULE}{token.lower_} in {place.text}",
                        name=None)
    return None
