"""Unowned parties of verbal conflict. State titles: "the president", "the prime minister" with no
country or name stand for the head of state or government of the story's country (a place in the
clause, the dateline, the only country of the sentence, else the story's main country). Critics:
"critics of the president", "opponents of the war" are an opposition, not the one they oppose; unowned critics
who take on a leader are that leader's country's opposition."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from multipolar.actors.tables import STATE_SECTORS, hand_roles
from multipolar.datafiles import data_file, read_table, read_words
from multipolar.events.agents import OPPONENTS, opponents_of, word_mention
from multipolar.events.placing import CountryContext
from multipolar.events.skipped_words import faced_states
from multipolar.nlp.labels import DETERMINERS, NOUN_ATTRIBUTES, NOUN_MODIFIERS, SINGULAR_NOUN_TAGS, VERBAL_POS
from multipolar.records import ActorMention, MentionKind, Sector
from multipolar.reference import is_state_code

#: Offices whose untitled holder is the state's: head of state, head of government.
STATE_OFFICES = frozenset({"HOS", "HOG"})
#: Post-modifiers that give the title another owner ("the president of the company", "the premier's").
OWNER_PREPS: frozenset[str] = read_words(data_file(__file__, "words/title_owner_preps.txt"))


@lru_cache(maxsize=1)
def state_titles() -> dict[str, str]:
    """Role term -> sector of the one holder of a state office ("president", "prime minister", "king"),
    and of the state organs and parties a definite article makes the story's own ("the governor",
    "the cabinet", "the ruling party": ``data/definite_parties.tsv``)."""
    out: dict[str, str] = {term: Sector.GOV for term, role in hand_roles().items()
                           if role.person and role.office in STATE_OFFICES}
    for row in read_table(data_file(__file__, "definite_parties.tsv"), ("term", "sector")):
        out[row["term"]] = row["sector"]
    return out


def _term(token: Token) -> tuple[str, int] | None:
    """The title the noun heads ("prime minister") and its first token, else None."""
    low = token.lower_
    if token.tag_ not in SINGULAR_NOUN_TAGS:
        return None
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if prev is not None and prev.dep_ in NOUN_ATTRIBUTES and prev.head.i == token.i:
        two = f"{prev.lower_} {low}"
        if two in state_titles():
            return two, prev.i
    return (low, token.i) if low in state_titles() else None


def _owner(obj: Token) -> bool:
    """A post-modifier's object that owns the title ("of the bank", "of Acme"), not a charge ("of
    corruption")."""
    return obj.dep_ == "pobj" and (obj.pos_ == "PROPN" or any(c.dep_ in DETERMINERS for c in obj.children))


def state_title(token: Token, context: CountryContext) -> ActorMention | None:
    """A mention for "the president" / "the prime minister" with no owner and no name, placed in the
    story's country (GOV), unplaced (empty code) where the story has none; None for other words."""
    found = _term(token)
    if found is None or token.dep_ in NOUN_MODIFIERS:
        return None
    term, first = found
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None  # "a president", "its president", "President Bush"
    for c in children:
        if c.dep_ in ("poss", "appos") or (c.dep_ in NOUN_MODIFIERS and c.i < first) \
                or (c.dep_ == "prep" and c.lower_ in OWNER_PREPS and any(_owner(o) for o in c.children)):
            return None  # an owner or a name: "the company's president", "the president, Mr X"
    # an office holder: not placed where the act is, nor by the state it acts on ("the cabinet expelled the
    # Libyan envoy")
    code = context.country_for(token, climb=False, skip=faced_states(token, context.index)) or ""
    start = token.doc[first]
    return ActorMention(text=token.doc[first:token.i + 1].text, start=first, end=token.i + 1,
                        start_char=start.idx, end_char=token.idx + len(token.text), code=code,
                        sector=state_titles()[term],
                        kind=MentionKind.UNRESOLVED, rule=f"title:{term}")


def opponent_noun(token: Token) -> bool:
    """"critics", "opponents" (also where the tagger reads a capitalised plural as a name)."""
    low = token.lower_
    plural = low.endswith("s") and low[:-1] in OPPONENTS
    return token.pos_ in ("NOUN", "PROPN", "PRON") and (token.lemma_.lower() in OPPONENTS or plural)


def opposition(noun: Token, code: str) -> ActorMention:
    """An unresolved opposition party for "critics", "opponents" (``code`` empty: unplaced)."""
    return word_mention(noun, code, Sector.OPP, MentionKind.UNRESOLVED, f"opponents:{noun.lower_}")


def critics(noun: Token, owners: list[tuple[Token, ActorMention]], context: CountryContext) -> ActorMention | None:
    """The party "critics" / "opponents" name, given the actors of their of-phrase (``owners``): the
    opposition of the owner's country, of the story's country where the owner is no actor ("critics
    of the war"), unplaced where it is a whole state ("critics of Israel")."""
    obj, owner = owners[0] if owners else (None, None)
    if obj is not None and owner is not None and owner.start <= obj.i < owner.end:
        if owner.kind == MentionKind.UNRESOLVED:
            return opposition(noun, owner.code)
        return opponents_of(noun, owner) or opposition(noun, "")
    return opposition(noun, criticised_leader(noun, context) or context.country_for(noun) or "")


#: Mentions of an office holder or a state organ: critics who take one on are its country's opposition.
LEADER_KINDS = frozenset({MentionKind.LEADER, MentionKind.ROLE})


def criticised_leader(noun: Token, context: CountryContext) -> str | None:
    """The country of the leader or state organ that unowned critics, the subject of their verb, take on
    ("critics slammed British Prime Minister Tony Blair": Britain's opposition, whatever the dateline), else
    None."""
    if noun.dep_ != "nsubj" or noun.head.pos_ not in VERBAL_POS:
        return None
    for obj in (c for c in noun.head.children if c.dep_ == "dobj"):
        m = context.index.get(obj.i)
        if m is not None and m.kind in LEADER_KINDS and m.sector in STATE_SECTORS and not m.members \
                and is_state_code(m.code):
            return m.code
    return None
