"""Unresolved parties: a role noun with no resolved actor ("gunmen", "protesters", "riot police") still fills an event
slot. It keeps its text and sector and takes a country from the context: a place in its clause ("near Kidal"), the
dateline ("KABUL (Reuters) -"), the only country the sentence names, or the story's dominant country
(:mod:`multipolar.events.placing`); else the code is null. Only parties of public life count: a company, a team or a
fan is no political actor, so nouns of business sectors, and nouns owned by a non-actor ("the company's workers"),
are left out.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from multipolar.actors.companies import company_owner
from multipolar.datafiles import data_file, read_table, read_words
from multipolar.events.placing import UNPLACED_SECTORS, CountryContext, dateline_end
from multipolar.events.skipped_words import addressed_states, backer_words, office_skip, victim_words
from multipolar.nlp.dependents import dependents
from multipolar.nlp.labels import NOUN_ATTRIBUTES, NOUN_MODIFIERS, NOUN_POS
from multipolar.records import ActorMention, MentionKind, Sector
from multipolar.reference import is_state_code

if TYPE_CHECKING:
    from multipolar.actors.tables import Role

#: Sectors an unresolved noun may stand for (business, farming, religion, parties ... are left out).
PARTY_SECTORS = frozenset({Sector.GOV, Sector.MIL, Sector.COP, Sector.REB, Sector.UAF, Sector.PRM, Sector.JUD,
                           Sector.LEG, Sector.OPP, Sector.SPY, Sector.CVL, Sector.JRN, Sector.EDU, Sector.REF,
                           Sector.CRM, Sector.LAB, Sector.AGR})
#: Role words that only make sense with an owner ("its side", "the allies"): never unresolved parties.
NEEDS_OWNER: frozenset[str] = read_words(data_file(__file__, "words/owned_roles.txt"))
#: Owners that make a role noun private: "company officials", "team doctors", "club security".
NON_PARTY_OWNERS: frozenset[str] = read_words(data_file(__file__, "words/private_owners.txt"))
#: Unplaced forces that are the government's own ("government troops in Darfur"): placed by the context.
HOME_FORCES: frozenset[str] = read_words(data_file(__file__, "words/home_forces.txt"))
#: Titles whose modifier is a portfolio, not an owner ("Industry Minister John Doe").
PORTFOLIO_TITLES = frozenset({"minister", "ministers"})
#: Sectors of the state organs that own a role noun needing an owner ("a government spokesman").
OWNING_SECTORS = frozenset({Sector.GOV, Sector.MIL, Sector.COP, Sector.JUD, Sector.LEG, Sector.SPY})
#: Titles an organ named before them owns ("a Foreign Ministry official", "the Committee chairman").
ORGAN_TITLES: frozenset[str] = read_words(data_file(__file__, "words/organ_titles.txt"))
#: Sectors of office holders and organs, who act abroad as often as at home: placed by their own place
#: phrase ("officials in Kabul"), not by where their act takes place ("talks in New York").
OFFICE_SECTORS = frozenset({Sector.GOV, Sector.LEG, Sector.JUD})
#: Armed parties placed by their victims' nationality but not by the relative clause that says what the victims do.
CLAUSE_SKIPPED_SECTORS = frozenset({Sector.REB, Sector.CRM})
#: State organs: an owner lends them its country only ("their government": not the owner's sector), a
#: possessive pronoun leaves them the story's ("teachers urged their government"), and one modifying
#: an act's noun is its agent ("a government crackdown").
STATE_ORGANS: frozenset[str] = read_words(data_file(__file__, "words/state_organs.txt"))
#: Sectors of a leader's followers: a person (not a company) owning the noun leaves it a party.
FOLLOWER_SECTORS = frozenset({Sector.REB, Sector.UAF, Sector.MIL})


def token_role(token: Token) -> Role | None:
    """The role-table row of a word, by its form, else its lemma ("governments", "government")."""
    from multipolar.actors.tables import roles

    table = roles()
    return table.get(token.lower_) or table.get(token.lemma_.lower())


@lru_cache(maxsize=1)
def party_nouns() -> dict[str, str]:
    """Noun (lower case, one or two words) -> sector: the actors' role table plus ``data/agents.tsv``."""
    from multipolar.actors.tables import roles

    out = {term: role.sector for term, role in roles().items()
           if role.sector in PARTY_SECTORS and term not in NEEDS_OWNER}
    return {**out, **_party_table("agents.tsv")}


@lru_cache(maxsize=1)
def body_heads() -> dict[str, str]:
    """Last word of a body's name -> its sector (``data/body_heads.tsv``): "the ... Association" CVL."""
    return _party_table("body_heads.tsv")


def _party_table(name: str) -> dict[str, str]:
    """Term (lower case) -> party sector of a ``term, sector`` table in ``data/``; other sectors are an error."""
    out = {}
    for row in read_table(data_file(__file__, name), ("term", "sector")):
        if row["sector"] not in PARTY_SECTORS:
            raise row.error(f"sector {row['sector']!r} is not a party sector ({', '.join(sorted(PARTY_SECTORS))})")
        out[row["term"].lower()] = row["sector"]
    return out


@lru_cache(maxsize=1)
def person_titles() -> dict[str, str]:
    """Title -> sector of a named person's party: the party nouns and the titles of one person that
    need an owner when alone ("Senator Jim X", "Governor Y": the name is the holder)."""
    from multipolar.actors.tables import roles

    out = {term: role.sector for term, role in roles().items() if role.person and role.sector in PARTY_SECTORS}
    return {**out, **party_nouns()}


@lru_cache(maxsize=1)
def party_heads() -> frozenset[str]:
    """Every word that can end a party noun of :func:`party_nouns` ("gunmen", "chief" of "police chief")."""
    return frozenset(term.rsplit(" ", 1)[-1] for term in party_nouns())


def perpetrator(token: Token) -> bool:
    """An unnamed armed party's noun ("kidnappers", "attackers"): its of-phrase names the victim."""
    return party_nouns().get(token.lower_) == Sector.UAF


#: Entity types that name someone or something: not an unnamed party (a lone capitalised noun aside).
NAME_ENTITIES = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT"})


def _entity(token: Token) -> Span | None:
    """The entity around ``token`` (as ``doc.ents`` has it), read from the IOB tags next to it
    rather than by building every entity of the document."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _entity_length(token: Token) -> int:
    """Tokens of the entity around ``token``, leaving out a dateline it swallowed ("AP - Lawmakers")."""
    ent = _entity(token)
    return 1 if ent is None else ent.end - max(ent.start, dateline_end(token.doc))


def _role_name(token: Token, nouns: dict[str, str]) -> tuple[str, str, frozenset[int]] | None:
    """(sector, text, tokens) of an entity that is only a capitalised role phrase headed by ``token``
    ("the National Assembly", "The Ministry of Defense"): a state organ, no name; or a party's name
    ending in "Party" ("the Labour Party") or in a body's word of ``data/body_heads.tsv`` ("the
    Semiconductor Industry Association")."""
    ent = _entity(token)
    if ent is not None and ent.root.i == token.i:
        words = [t for t in ent if t.lower_ != "the" and t.tag_ != "POS"]
        phrase = " ".join(t.lower_ for t in words)
        named = len(words) > 1
        sector = nouns.get(phrase) or (Sector.OPP if token.lower_ == "party" and named else None) or (
            body_heads().get(token.lower_) if named else None)
        if sector is not None:  # "the Labour Party": a party by its name, placed by the story
            return sector, " ".join(t.text for t in words), frozenset(t.i for t in words)
    return None


def _organ_name(token: Token, nouns: dict[str, str]) -> tuple[str, str, frozenset[int]] | None:
    """(sector, text, tokens) of a capitalised state organ's name the entity tagger missed, headed by
    ``token`` ("the Finance Ministry", "the Ministry of Trade"): a body head of a state sector
    (``data/body_heads.tsv``) with a capitalised portfolio before it or in its of-phrase."""
    sector = body_heads().get(token.lower_)
    if sector not in OWNING_SECTORS or not token.is_title or token.ent_type_ in NAME_ENTITIES:
        return None
    before = [c for c in token.lefts if c.dep_ == "compound" and c.is_title]
    after = [t for p in token.rights if p.dep_ == "prep" and p.lower_ == "of"
             for o, o_dep in dependents(p) if o_dep == "pobj" and o.is_title for t in p.subtree]
    if not before and not after:
        return None
    words = [*(t for c in before for t in c.subtree), token, *after]
    sector = nouns.get(" ".join(t.lower_ for t in words), sector)  # "the Defence Ministry": MIL
    return sector, " ".join(t.text for t in words), frozenset(t.i for t in words)


def _title(word: Token, nouns: dict[str, str]) -> str | None:
    """The party noun a title word before a name ends ("police chief", "Minister"), else None."""
    mods = [c for c, c_dep in dependents(word) if c_dep == "compound" and c.i == word.i - 1]
    two = f"{mods[0].lower_} {word.lower_}" if mods else ""
    return two if two in nouns else (word.lower_ if word.lower_ in nouns else None)


def _private_title(title: Token) -> bool:
    """A title a company or a team owns: "Company President John Doe", "club captain John Doe". A
    minister's portfolio owns none ("Industry Minister John Doe")."""
    if title.lower_ in PORTFOLIO_TITLES:
        return False
    return any(d in ("compound", "poss", "amod") and c.lemma_.lower() in NON_PARTY_OWNERS for c, d in dependents(title))


def _name_tail(token: Token) -> bool:
    """The last word of a name the entity tagger cut short ("Fernando Santos Alvite" tagged
    "Fernando Santos"): a capitalised proper noun with no entity of its own that a PERSON token
    just before it modifies."""
    if token.pos_ != "PROPN" or token.ent_type_ or not token.is_title or token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    return prev.ent_type_ == "PERSON" and prev.head.i == token.i and prev.dep_ == "compound"


def party_sector(token: Token, index: dict[int, ActorMention]) -> tuple[str, str] | None:
    """(sector, text) of a noun naming an unresolved party, else None ("the company", "the team")."""
    if token.pos_ not in NOUN_POS:
        return None
    person = token.ent_type_ == "PERSON" or _name_tail(token)
    if token.ent_type_ not in NAME_ENTITIES and not person and token.lower_ not in party_heads() \
            and token.lemma_.lower() not in party_nouns() and token.lower_ not in NEEDS_OWNER \
            and token.lower_ not in ORGAN_TITLES and token.lower_ not in body_heads():
        return None  # no party noun ends in this word: the common case, answered before the slower tests
    nouns = party_nouns()
    sector: str | None = None
    text = token.text
    used = -1
    inside: frozenset[int] = frozenset()
    if token.ent_type_ in NAME_ENTITIES or person:
        if person:  # "cleric Abu Hamza", "activist Jane Doe": the title before the name
            held = person_titles()
            titles = [(t, c) for c, c_dep in dependents(token) if c_dep == "compound" and (
                c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.is_title)) and (t := _title(c, held))
                and not _private_title(c)]
            if titles:  # "Interior Minister Giuseppe X"
                return held[titles[-1][0]], titles[-1][1].text
            # "Senate Banking Committee Chairman John X": the title of a state organ named before it
            organs = [(sector, c) for c, c_dep in dependents(token) if c_dep == "compound" and c.is_title
                      and (sector := _organ_owner(c, [m for m, _d in dependents(c) if m.i == c.i - 1], index, nouns))]
            return (organs[-1][0], organs[-1][1].text) if organs else None
        role = _role_name(token, nouns)
        if role is not None:
            sector, text, inside = role
        elif _entity_length(token) > 1:  # a multi-word name ("Kidnappers" alone is a capitalised noun)
            return None
    if sector is None and (organ := _organ_name(token, nouns)) is not None:
        sector, text, inside = organ
    if sector is None:
        low, lemma = token.lower_, token.lemma_.lower()
        mods = [c for c, c_dep in dependents(token) if c_dep in NOUN_ATTRIBUTES and c.i == token.i - 1]
        if mods:
            two = f"{mods[0].lower_} {low}"
            if two in nouns:
                sector, text, used = nouns[two], f"{mods[0].text} {token.text}", mods[0].i
        if sector is None and (owning := _organ_owner(token, mods, index, nouns)) is not None:
            sector, used = owning, mods[0].i  # "a Foreign Ministry official": the organ's party
        sector = sector or nouns.get(low) or nouns.get(lemma) or _owned_by_party(token, mods, nouns)
    if sector is None:
        return None
    for c, c_dep in dependents(token):  # "the company's guards", "Microsoft officials": owned by a non-actor
        if c.i in index or c.i == used or c.i in inside or c.lower_ in nouns or _nested_state(c, index):
            continue
        if c_dep == "compound" and (c.ent_type_ == "NORP" or sector == Sector.REB or c.i < dateline_end(token.doc)):
            continue  # a people, a movement or a dateline names no owner: "Maoist rebels", "AP - Lawmakers"
        if c.dep_ == "poss" and sector in FOLLOWER_SECTORS and c.ent_type_ == "PERSON":
            continue  # "Sadr's militiamen", "Dostum's fighters": a leader's armed followers
        if c.dep_ == "poss" and c.tag_ == "PRP$" and token.lemma_.lower() in STATE_ORGANS:
            continue  # "teachers urged their government": a state's organ, no private one
        if c.dep_ == "poss" or company_owner(c) or (  # "a vice president of Painewebber Inc"
                c.dep_ == "compound" and (c.pos_ == "PROPN" or c.lemma_.lower() in NON_PARTY_OWNERS)):
            return None
    return sector, text


def _owned_by_party(token: Token, mods: list[Token], nouns: dict[str, str]) -> str | None:
    """The sector of a role noun that needs an owner when a party noun before it owns it ("a
    government spokesman", "an army spokesman", "a foreign ministry spokesman"); else None."""
    if not mods or token.lower_ not in NEEDS_OWNER:
        return None
    owner = mods[0]
    inner = [c for c, c_dep in dependents(owner) if c_dep in NOUN_ATTRIBUTES and c.i == owner.i - 1]
    two = f"{inner[0].lower_} {owner.lower_}" if inner else ""
    found = nouns.get(two) or nouns.get(owner.lower_)
    return found if found in OWNING_SECTORS else None


def _organ_owner(token: Token, mods: list[Token], index: dict[int, ActorMention], nouns: dict[str, str]) -> str | None:
    """The sector of a state organ named by its portfolio that owns the title ``token`` ("a Foreign
    Ministry official", "a Treasury Department spokesman", "the Senate Finance Committee chairman"),
    else None. The organ is placed with its title, by the context."""
    if not mods or (token.lower_ not in ORGAN_TITLES and token.lemma_.lower() not in ORGAN_TITLES) \
            or mods[0].dep_ != "compound" or mods[0].pos_ != "PROPN":
        return None
    owner = mods[0]
    found = party_sector(owner, index)
    sector = found[0] if found is not None else None
    if sector is None:  # "the Senate Finance Committee": an organ of a resolved legislature
        m = next((index[t.i] for t in owner.subtree if t.i in index and t.i < owner.i), None)
        sector = m.sector if m is not None and m.code and is_state_code(m.code) else None
    return sector if sector in OWNING_SECTORS else None




def _nested_state(modifier: Token, index: dict[int, ActorMention]) -> str | None:
    """The state named inside a modifier of a party noun: "a U.S. AC-130 gunship" (U.S. modifies AC-130),
    or owning it ("Ecuador's energy minister Fernando X")."""
    if modifier.dep_ not in NOUN_MODIFIERS:
        return None
    for g, g_dep in dependents(modifier):  # "Ecuador's deputy energy minister Fernando X": the title's state
        m = index.get(g.i)
        if (g_dep in NOUN_MODIFIERS or g_dep == "poss") and m is not None and m.code and is_state_code(m.code):
            return m.code
    return None


def word_mention(token: Token, code: str, sector: str | None, kind: MentionKind, rule: str,
                 text: str | None = None) -> ActorMention:
    """A mention the coder makes of one word ("gunmen", "critics", a gazetteer place)."""
    return ActorMention(text=token.text if text is None else text, start=token.i, end=token.i + 1,
                        start_char=token.idx, end_char=token.idx + len(token.text), code=code, sector=sector,
                        kind=kind, rule=rule)


def implied_mention(trigger: Token, code: str, sector: str, rule: str) -> ActorMention:
    """An implied party with no words of its own, anchored (empty) at ``trigger``."""
    return ActorMention(text="", start=trigger.i, end=trigger.i, start_char=trigger.idx, end_char=trigger.idx,
                        code=code, sector=sector, kind=MentionKind.IMPLICIT, rule=rule)


def unresolved_mention(token: Token, context: CountryContext) -> ActorMention | None:
    """A mention for an unresolved party noun, with the country a modifier names ("a U.S. AC-130
    gunship"), else the context's country, else an empty code."""
    found = party_sector(token, context.index)
    if found is None:
        return None
    sector, text = found
    # troops are placed not by the country they are in ("troops in Syria attacked") but by the state that reports their
    # act ("India's army said troops killed ...") or a dateline; an unidentified attacker not by its victims' names
    # ("a bomb killed two Dutch soldiers"; "gunmen kidnapped two Turkish drivers" when the sentence is searched)
    own = next((code for c, c_dep in dependents(token) if (code := _nested_state(c, context.index))), None) \
        or context.allied_state(token)  # "the Chadian army and allied militiamen"
    sector, lost = (Sector.UAF, True) if context.unidentified(token, sector) else (sector, False)  # "unknown gunmen"
    unplaced = sector in UNPLACED_SECTORS and text.lower() not in HOME_FORCES
    # an unnamed attacker is not placed by its victims' names; rebels fighting at home often are ("rebels killed
    # twelve Ugandan soldiers"), but never by what the victims do ("two men who work for an Ankara-based firm")
    skip = backer_words(token) | (victim_words(token) if sector == Sector.UAF else  # "rebels backed by Uganda"
                                  victim_words(token, clauses_only=True) | addressed_states(token, context.index)
                                  if sector in CLAUSE_SKIPPED_SECTORS else frozenset())
    if sector in OFFICE_SECTORS and not own:  # "the Commerce Department accused Japan": not Japan's department
        skip = office_skip(token, context.index)
    # an unplaced force is placed by its headline only where the headline names that state's force ("CONGO ARMY ...")
    placed = context.place_of(token) if lost else (context.speaker_country(token) or context.dateline or (
        context.headline if sector in context.headline_sectors else None)) if unplaced \
        else context.country_for(token, named=sector != Sector.UAF, skip=skip, climb=sector not in OFFICE_SECTORS)
    code = own or placed or ""
    return word_mention(token, code, sector, MentionKind.UNRESOLVED, f"unresolved:{token.lower_}", text=text)


def state_organ(organ: Token, owner: ActorMention) -> ActorMention:
    """The state organ a state actor before it owns ("their government", "its parliament"): the
    owner's country, the organ's sector (the role table's)."""
    role = token_role(organ)
    if role is None or role.sector is None or role.sector == owner.sector:
        return owner
    return replace(owner, sector=role.sector)


#: Media nouns owning a report ("press reports"): the story country's media.
MEDIA_NOUNS: frozenset[str] = read_words(data_file(__file__, "words/media_nouns.txt"))


def report_media(report: Token, context: CountryContext) -> ActorMention | None:
    """The unnamed media a report noun's modifier names ("press reports", "a local news agency
    report"), placed in the story's country, else None."""
    for mod in (c for c in report.lefts if c.dep_ in ("compound", "nmod")):
        prev = mod.doc[mod.i - 1] if mod.i > 0 else None
        if mod.lower_ in MEDIA_NOUNS or (prev is not None and f"{prev.lower_} {mod.lower_}" in MEDIA_NOUNS):
            return word_mention(mod, context.country_for(mod) or "", Sector.JRN, MentionKind.UNRESOLVED,
                                f"media:{mod.lower_}")
    return None


#: Relational nouns of opposition: "its foes" are another party than "it".
OPPONENTS: frozenset[str] = read_words(data_file(__file__, "words/opponents.txt"))
#: Mentions naming a state as a whole (its opponents are mostly other states).
STATE_NAME_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.METONYM, MentionKind.DEMONYM, MentionKind.PLACE,
                              MentionKind.PEOPLE})
#: Words that make an actor's opponents rebels ("its foes in the rebel movements").
REBEL_WORDS: frozenset[str] = read_words(data_file(__file__, "words/rebel_words.txt"))


def single_state(mention: ActorMention) -> bool:
    """The mention names one state (a three-letter code and no members), not a bloc or an organisation."""
    return bool(mention.code) and is_state_code(mention.code) and not mention.members


def opponents_of(noun: Token, owner: ActorMention) -> ActorMention | None:
    """The opponents an actor owns ("its foes", "Mugabe's rivals"): a party of the owner's country,
    rebels where the phrase names rebels ("its foes in the rebel movements"), else the opposition."""
    if not single_state(owner) or owner.kind in STATE_NAME_KINDS:
        return None  # a state's foes are mostly other states ("Israel's foes")
    rebels = any(t.lemma_.lower() in REBEL_WORDS for t in noun.subtree)
    return word_mention(noun, owner.code, Sector.REB if rebels else Sector.OPP, MentionKind.UNRESOLVED,
                        f"opponents:{noun.lower_}")
