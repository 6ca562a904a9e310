"""Places inside organisation names: "Korea Electric Power Corp" -> KOR BUS, "Bethlehem Steel Corp" -> none.

ICEWS practice codes an organisation named after a place to that place's country ("California Farm
Bureau Federation" -> USA), so such mentions are kept. When spaCy's ORG entity around the place is a
company (corporate suffix), a university or a news outlet, the mention is widened to the whole name
and takes that sector (BUS, EDU, JRN). A company name built on an ambiguous place name (one listed in
``ambiguous.tsv`` or a common personal name: "Bethlehem Steel Corp", "Georgia Power Co") names no
actor and is dropped; so is "the West" inside a name ("Pacific Western").
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from multipolar.actors import tables
from multipolar.actors.disambiguate import PERSONISH
from multipolar.datafiles import data_file, read_words
from multipolar.nlp.entities import entities
from multipolar.records import ActorMention, MentionKind, Sector

CORPORATE: frozenset[str] = read_words(data_file(__file__, "words/corporate_suffixes.txt"))
SCHOOLS: frozenset[str] = read_words(data_file(__file__, "words/schools.txt"))
OUTLETS: frozenset[str] = read_words(data_file(__file__, "words/outlets.txt"))
#: Mention kinds that a name may be built on (roles, leaders and organisations already name themselves).
PLACE_KINDS = frozenset({MentionKind.COUNTRY, MentionKind.METONYM, MentionKind.PLACE, MentionKind.DEMONYM,
                         MentionKind.PEOPLE})
DETERMINERS = frozenset({"the", "The"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@lru_cache(maxsize=1)
def ambiguous_in_names() -> frozenset[str]:
    """Aliases that, inside a company name, may well not be the place we know."""
    aliases = tables.alias_entries()
    personish = {a for a in PERSONISH if any(e.code != "USA" for e in aliases.get(a, ()))}
    return tables.ambiguous_aliases() | personish


def _name_span(doc: Doc, ent: Span) -> Span:
    start, end = ent.start, ent.end
    while start < end and doc[start].text in DETERMINERS:
        start += 1
    while end > start and doc[end - 1].text in POSSESSIVE:
        end -= 1
    return doc[start:end]


def _sector(name: Span, inner: ActorMention) -> str | None:
    words = [t.text for t in name[inner.end - name.start :]]
    if any(w in CORPORATE for w in words):
        return Sector.BUS
    if any(t.text in SCHOOLS for t in name):
        return Sector.EDU
    if any(w in OUTLETS for w in words):
        return Sector.JRN
    return None


def organisation_names(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Widen, drop or keep place mentions that sit inside a longer ORG entity (see module doc)."""
    inside: dict[int, list[ActorMention]] = {}
    ent_of: dict[int, Span] = {}
    for ent in entities(doc):
        if ent.label_ == "ORG":
            for i in range(ent.start, ent.end):
                ent_of[i] = ent
    for m in mentions:
        found = ent_of.get(m.start)
        if found is not None and m.end <= found.end and m.kind in PLACE_KINDS:
            name = _name_span(doc, found)
            if name.start <= m.start and (m.end < name.end or m.start > name.start):
                inside.setdefault(found.start, []).append(m)
    if not inside:
        return mentions
    drop: set[tuple[int, int]] = set()
    widen: dict[tuple[int, int], ActorMention] = {}
    for members in inside.values():
        m = members[0]
        name = _name_span(doc, ent_of[m.start])
        if any(x.start < name.end and name.start < x.end and x not in members for x in mentions):
            continue  # another kind of mention (a role, an organisation) shares the name
        if m.code == "WST":
            drop.add((m.start, m.end))
            continue
        sector = _sector(name, m)
        if sector == Sector.BUS and any(doc[x.start : x.end].text in ambiguous_in_names() for x in members):
            drop.update((x.start, x.end) for x in members)
        elif sector is not None and len({x.code for x in members}) == 1:
            widen[(m.start, m.end)] = replace(
                m, text=name.text, start=name.start, end=name.end, start_char=name.start_char,
                end_char=name.end_char, sector=sector, kind=MentionKind.GROUP, name=name.text,
                rule=f"{m.rule} + org:{name.text}")
            drop.update((x.start, x.end) for x in members[1:])
    out = []
    for m in mentions:
        key = (m.start, m.end)
        if key in drop:
            continue
        out.append(widen.get(key, m))
    return out
