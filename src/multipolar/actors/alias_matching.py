"""Alias and role matching: the compiled phrase matchers for the actor tables, and the longest
non-overlapping alias matches of a Doc, each resolved to one table entry (:class:`Unit`), before
:class:`multipolar.actors.resolver.Composer` composes them with roles into mentions."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multipolar.actors import tables
from multipolar.actors.disambiguate import choose_entry, dated_entries
from multipolar.actors.tables import Entry, Role
from multipolar.actors.token_index import TokenIndex
from multipolar.datafiles import data_file, read_words
from multipolar.records import MentionKind


@dataclass
class Unit:
    """A matched alias before composition."""

    start: int
    end: int
    entry: Entry


def _variants(alias: str, known: Collection[str]) -> list[str]:
    """The alias, its curly-apostrophe form, and its sentence-initial form: "The West Bank", and a name
    with a lower-case particle ("von der Leyen", "al-Assad") capitalised unless that form is an alias itself."""
    out = [alias]
    if "'" in alias:
        out.append(alias.replace("'", "’"))
    if alias.startswith("the "):
        out.append("The " + alias[4:])
    elif alias[:1].islower() and any(c.isupper() for c in alias):
        initial = alias[0].upper() + alias[1:]
        if initial not in known:
            out.append(initial)
    return out


#: States whose leaders' names put the surname first ("Wen Jiabao", "Roh Moo-hyun").
SURNAME_FIRST: frozenset[str] = read_words(data_file(__file__, "words/surname_first.txt"))


class ActorMatcher:
    """The compiled matchers (built once per pipeline)."""

    def __init__(self, vocab: Vocab, tokenizer: object) -> None:
        self.aliases = tables.alias_entries()
        self.alias_matcher = PhraseMatcher(vocab, attr="ORTH")
        self.role_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.alias_of: dict[int, str] = {}
        self.role_of: dict[int, Role] = {}
        # plain phrases (letters and spaces) go to dict indexes: fast to build for large name tables
        self.alias_index = TokenIndex(lower=False)
        self.role_index = TokenIndex(lower=True)
        # imported role nouns match in lower case only ("Hunter Biden", "Western Airlines" are names);
        # those that are not plain letters and spaces are not matched
        self.imported_role_index = TokenIndex(lower=False)
        # (surname, office) -> names of the leaders who held the office: "Prime Minister Sharon"
        # (in table order: the choice among namesakes must not depend on set order)
        self.surnames: dict[tuple[str, str], list[str]] = {}
        for tenure in tables.tenures():
            if " " in tenure.name and tenure.name in self.aliases:
                words = tenure.name.split()
                surname = words[0] if tenure.country in SURNAME_FIRST else words[-1]  # "Premier Wen"
                names = self.surnames.setdefault((surname, tenure.office), [])
                if tenure.name not in names:
                    names.append(tenure.name)
        ours = tables.hand_roles()
        make = tokenizer.pipe  # type: ignore[attr-defined]
        for alias in self.aliases:
            key = vocab.strings.add("A|" + alias)
            self.alias_of[key] = alias
            forms = [form for form in _variants(alias, self.aliases) if not self.alias_index.add(key, form)]
            if forms:
                self.alias_matcher.add("A|" + alias, list(make(forms)))
        for term, role in tables.roles().items():
            key = vocab.strings.add("R|" + term)
            self.role_of[key] = role
            if term not in ours:
                self.imported_role_index.add(key, term)
            elif not self.role_index.add(key, term):
                self.role_matcher.add("R|" + term, list(make([term, term.title()])))

    def units(self, doc: Doc, date: str | None) -> list[Unit]:
        """Longest non-overlapping alias matches, resolved to one entry each (blocking phrases dropped); a
        leading "the" does not count to the length ("the West German bank": "West German", not "the West")."""
        raw = sorted([m for m in [*self.alias_matcher(doc), *self.alias_index(doc)]
                      if dated_entries(self.aliases[self.alias_of[m[0]]], date)],  # generated people: dated only
                     key=lambda m: (_article(doc, m[1]) + m[1] - m[2], m[1]))
        taken = bytearray(len(doc))
        chosen: list[tuple[int, int, str]] = []
        for key, start, end in raw:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, self.alias_of[key]))
        chosen.sort()
        units = []
        for start, end, alias in chosen:
            entry = choose_entry(doc, start, end, alias, self.aliases[alias], date)
            if entry is not None and entry.code != "-":
                units.append(Unit(start, end, entry))
        return units

    def titled_surnames(self, doc: Doc, units: list[Unit], roles: dict[int, tuple[int, Role]],
                        date: str | None) -> list[Unit]:
        """``units`` with a leader named by an office title and a surname alone ("Prime Minister Sharon",
        "Foreign Secretary Straw"): the one state whose holders of that office bear the surname; of
        namesakes (Andreas and George Papandreou), the one in that office on the date, else the first listed."""
        taken = {i for u in units for i in range(u.start, u.end)}
        added = []
        for end, role in roles.values():
            if not role.person or role.office is None or end >= len(doc) or end in taken:
                continue
            tok = doc[end]
            if not is_name_token(tok) or (end + 1 < len(doc) and is_name_token(doc[end + 1])):
                continue
            names = self.surnames.get((tok.text, role.office), [])
            if date is not None and len(names) > 1:
                spells = tables.tenures_by_leader()
                names = [n for n in names if any(
                    s.office == role.office and s.covers(date) for s in spells.get(n, ()))] or names
            entries = [e for n in names for e in self.aliases.get(n, ()) if e.kind == MentionKind.LEADER]
            if entries and len({e.code for e in entries}) == 1:
                added.append(Unit(end, end + 1, entries[0]))
        return sorted([*units, *added], key=lambda u: u.start) if added else units

    def roles(self, doc: Doc) -> dict[int, tuple[int, Role]]:
        """Role matches by start token (longest per start)."""
        out: dict[int, tuple[int, Role]] = {}
        for key, start, end in [*self.role_matcher(doc), *self.role_index(doc), *self.imported_role_index(doc)]:
            if start not in out or out[start][0] < end:
                out[start] = (end, self.role_of[key])
        return out


#: Entity types of capitalised words that are no part of a personal name ("spokesman Sunday said").
NOT_NAME_ENTITIES = frozenset({"DATE", "TIME", "GPE", "NORP"})


def is_name_token(token: object) -> bool:
    """A capitalised proper noun that can be part of a personal name."""
    return bool(token.pos_ == "PROPN" and token.is_title  # type: ignore[attr-defined]
                and token.ent_type_ not in NOT_NAME_ENTITIES)  # type: ignore[attr-defined]


def _article(doc: Doc, start: int) -> int:
    """1 where the match starts with the definite article (it adds no word of the name), else 0."""
    return 1 if doc[start].lower_ == "the" else 0
