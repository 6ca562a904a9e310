"""People named by their surname alone ("Sharon met Bush", "Kharrazi's visit"), derived from the hand tables.

News names a leader by surname after, or without, a first mention; the tables list a bare surname as an
alias only where someone wrote it in. The surname of every person of ``leaders.tsv`` and ``officials.tsv``
(the last word of the name; the first for states in ``words/surname_first.txt``, "Hu Jintao", unless that
word is a given name: "James Soong") stands for that person when:

* it is one plain word that is no alias of any table and no particle name ("De Croo", "bin Zayed");
* the people of the tables who bear it belong to one state or organisation, or are one person: dated,
  those in office on the date, else those whose first spell began by then; undated, all of them, or
  the one whose spells overlap those of the other people the text names (``era_reading``);
* it is not part of a longer name: no capitalised word right before it (an honorific or a title aside)
  or after it, and no other "Firstname Surname" in the text with a first name that is not the person's;
  nor a place: not right after "in" or "at" (``words/venue_preps.txt``: "in Bolton", "at the Hague");
* it is no given name (the first word of another table name, or ``words/personish.txt``: "Abdullah",
  "Howard"), and a surname that is also an English word (the lemmatizer's word index: "Rice", "Fox",
  "Brown") counts only for people of ``leaders.tsv`` (heads of state, government and ministries, not
  other officials) and where NER calls it a PERSON entity of its own ("Rice prices", "Fox News" stay
  unresolved).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from multipolar.actors import tables
from multipolar.actors.alias_matching import SURNAME_FIRST, Unit, is_name_token
from multipolar.actors.coref import VENUE_PREPS
from multipolar.actors.disambiguate import HONORIFICS, PERSONISH, choose_entry, era_reading
from multipolar.actors.names import POSSESSIVE
from multipolar.actors.tables import Entry, Role
from multipolar.actors.token_index import among_ids, id_array
from multipolar.datafiles import data_file, read_words
from multipolar.nlp.labels import NOMINAL_SUBJECTS
from multipolar.records import MentionKind

#: Lower-case words that make the next word part of a longer surname ("De Croo", "bin Zayed", "van der").
PARTICLES: frozenset[str] = read_words(data_file(__file__, "words/name_particles.txt"))
#: Regnal numbers and generations after a name ("Abdullah II", "Jr"): no surname.
ROMAN: frozenset[str] = read_words(data_file(__file__, "words/name_suffixes.txt"))


def _token_indices(doc: Doc, ids: numpy.ndarray) -> list[int]:
    """Indices of the tokens whose text is one of ``ids`` (:func:`id_array`)."""
    if not len(doc) or not len(ids):
        return []
    found: list[int] = numpy.flatnonzero(among_ids(doc.to_array(ORTH), ids)).tolist()
    return found


def _plain(word: str) -> bool:
    return word.isalpha() and len(word) >= 2 and word[0].isupper() and not word.isupper() and word not in ROMAN


def given_names() -> frozenset[str]:
    """First words of the tables' people whose names put the given name first, and PERSONISH names."""
    out = set(PERSONISH)
    for tenure in (*tables.tenures(), *tables.official_spells()):
        words = tenure.name.split()
        if len(words) >= 2 and tenure.country not in SURNAME_FIRST and _plain(words[0]):
            out.add(words[0])
    return frozenset(out)


def surname_of(name: str, country: str, given: Collection[str]) -> str | None:
    """The one-word surname of a table name, or None (one word, a particle name, a numeral ...)."""
    words = [w for w in name.replace(".", " ").split() if w not in ROMAN]
    if len(words) < 2:
        return None
    if country in SURNAME_FIRST and not (len(words) == 2 and words[0] in given and "-" not in words[1]):
        surname, before = words[0], ""
    else:
        surname, before = words[-1], words[-2]
    if not _plain(surname) or before.lower() in PARTICLES:
        return None
    return surname


class BareSurnames:
    """Surname -> the table people bearing it (built once per pipeline)."""

    def __init__(self, english: Collection[str] | None) -> None:
        """``english``: the lower-case words of the language (None: unknown, every surname may be a word)."""
        aliases = tables.alias_entries()
        given = given_names()
        self.people: dict[str, dict[str, tuple[Entry, ...]]] = {}
        self.first_names: dict[str, set[str]] = {}
        self.first_start: dict[str, str] = {}
        self.leaders = frozenset(tenure.name for tenure in tables.tenures())
        for tenure in (*tables.tenures(), *tables.official_spells()):
            surname = surname_of(tenure.name, tenure.country, given)
            if surname is None or surname in aliases:
                continue
            entries = tuple(e for e in aliases.get(tenure.name, ()) if e.leader == tenure.name)
            if not entries:
                continue
            self.people.setdefault(surname, {})[tenure.name] = entries
            self.first_names.setdefault(surname, set()).add(tenure.name.split()[0])
            start = self.first_start.get(tenure.name)
            self.first_start[tenure.name] = tenure.start if start is None else min(start, tenure.start)
        for name in given & self.people.keys():  # "Abdullah", "Richard": anyone's first name
            del self.people[name]
        #: surnames that are also English words: a PERSON entity only
        self.common = frozenset(s for s in self.people if english is None or s.lower() in english)
        self.surname_ids = id_array(self.people)

    def candidates(self, doc: Doc, surname: str, date: str | None) -> tuple[Entry, ...]:
        """The entries of the people bearing ``surname`` when they name one actor: dated, those in office
        on the date, else those known by then; undated, all of them, or the one of their era
        (:func:`era_reading`: the spells of the other people the text names)."""
        people = self.people.get(surname, {})
        if date is not None:
            spells = tables.tenures_by_leader()
            serving = {n: e for n, e in people.items() if any(s.covers(date) for s in spells.get(n, ()))}
            people = serving or {n: e for n, e in people.items() if self.first_start[n] <= date}
        if surname in self.common and not self.leaders.issuperset(people):
            return ()  # a word as a name: only heads of state, government and ministries
        entries = tuple(e for found in people.values() for e in found)
        if len(people) > 1 and len({e.code for e in entries}) > 1:
            chosen = era_reading(doc, entries) if date is None else None
            return (chosen,) if chosen is not None else ()
        return entries

    def units(self, doc: Doc, units: list[Unit], roles: dict[int, tuple[int, Role]], date: str | None) -> list[Unit]:
        """``units`` with names written with initials or in capitals, and the bare surnames of the module doc."""
        units = upper_case_names(doc, initialled_names(doc, units, date), date)
        taken = {i for u in units for i in range(u.start, u.end)}
        role_ends = {end for end, _ in roles.values()}
        added = []
        for i in _token_indices(doc, self.surname_ids):
            tok = doc[i]
            text = tok.text
            if i in taken or tok.pos_ != "PROPN" or self._longer_name(doc, i, role_ends):
                continue
            if _venue(doc, i):
                continue
            if text in self.common and not (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and (
                    i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")) and not _acting_subject(tok):
                continue
            entries = self.candidates(doc, text, date)
            if not entries or self._other_bearer(doc, text, role_ends):
                continue
            entry = choose_entry(doc, i, i + 1, text, entries, date)
            if entry is not None and entry.kind == MentionKind.LEADER:
                added.append(Unit(i, i + 1, replace(entry, rule=f"{entry.rule} + surname:{text}")))
        return sorted([*units, *added], key=lambda u: u.start) if added else units

    @staticmethod
    def _longer_name(doc: Doc, i: int, role_ends: set[int]) -> bool:
        """A capitalised word right after, or right before (not a title, an honorific or the sentence start)."""
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            return True
        if i == 0 or doc[i].is_sent_start:
            return False
        prev = doc[i - 1]
        return prev.text[:1].isupper() and prev.text not in HONORIFICS and i not in role_ends and not prev.is_punct

    def _other_bearer(self, doc: Doc, surname: str, role_ends: set[int]) -> bool:
        """Someone else of that surname is named in full ("Wesley Clark"): the bare surname is likely them."""
        firsts = self.first_names.get(surname, set())
        for tok in doc:
            if tok.text == surname and tok.i > 0 and tok.i not in role_ends:
                prev = doc[tok.i - 1]
                if is_name_token(prev) and prev.text not in firsts and prev.text not in HONORIFICS:
                    return True
        return False


def _acting_subject(tok: Token) -> bool:
    """A proper noun standing alone as the subject of a verb ("Straw summoned the envoy"): a person,
    where the same word as a modifier ("Rice prices") or an object is more often the common noun."""
    return tok.dep_ in NOMINAL_SUBJECTS and tok.head.pos_ == "VERB" and not any(
        c.dep_ in ("compound", "det", "amod") for c in tok.children)


def _venue(doc: Doc, i: int) -> bool:
    """A place named like a person: "in Bolton", "at the Hague" (not "in Sharon's plan")."""
    if i + 1 < len(doc) and doc[i + 1].text in POSSESSIVE:
        return False
    j = i - 1 if i > 0 and doc[i - 1].lower_ != "the" else i - 2
    return j >= 0 and doc[j].lower_ in VENUE_PREPS


def _initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."


#: The string ids of the initials "A." to "Z.".
INITIAL_IDS = id_array(f"{chr(c)}." for c in range(ord("A"), ord("Z") + 1))


def initialled_names(doc: Doc, units: list[Unit], date: str | None) -> list[Unit]:
    """``units`` with a table name written with middle initials ("Colin L. Powell", "Kofi A. Annan"): the
    first name, one or two initials and the surname, where "first name + surname" names a table person;
    the match replaces the units inside it (the surname alone, which the initial before it made someone else's)."""
    aliases = tables.alias_entries()
    found = []
    for i in _token_indices(doc, INITIAL_IDS):
        tok = doc[i]
        if i == 0 or _initial(doc[i - 1].text):
            continue
        last = tok.i + 1
        while last < len(doc) and _initial(doc[last].text) and last - tok.i < 2:
            last += 1
        if last >= len(doc) or not is_name_token(doc[last]) or not is_name_token(doc[tok.i - 1]):
            continue
        if any(u.start <= tok.i - 1 and u.end > last for u in units):
            continue  # the name with its initials is an alias itself ("George W. Bush")
        alias = f"{doc[tok.i - 1].text} {doc[last].text}"
        entries = tuple(e for e in aliases.get(alias, ()) if e.kind == MentionKind.LEADER)
        entry = choose_entry(doc, tok.i - 1, last + 1, alias, entries, date) if entries else None
        if entry is not None:
            found.append(Unit(tok.i - 1, last + 1, replace(entry, rule=f"{entry.rule} + initials")))
    if not found:
        return units
    kept = [u for u in units if not any(f.start < u.end and u.start < f.end for f in found)]
    return sorted([*kept, *found], key=lambda u: u.start)


def upper_case_names(doc: Doc, units: list[Unit], date: str | None) -> list[Unit]:
    """``units`` with a leader's one-word alias written in capitals, as in transcripts and headlines ("SEC.
    RUMSFELD:", "PUTIN VISITS INDIA"): four letters or more, and an alias of people only."""
    aliases = tables.alias_entries()
    taken = {i for u in units for i in range(u.start, u.end)}
    added = []
    for i in _token_indices(doc, _upper_leader_ids()):
        tok = doc[i]
        text = tok.text
        if tok.i in taken or not text.isupper():
            continue
        entries = aliases.get(text.title(), ())
        if entries and all(e.kind == MentionKind.LEADER for e in entries):
            entry = choose_entry(doc, tok.i, tok.i + 1, text.title(), entries, date)
            if entry is not None:
                added.append(Unit(tok.i, tok.i + 1, replace(entry, rule=f"{entry.rule} + capitals")))
    return sorted([*units, *added], key=lambda u: u.start) if added else units


@lru_cache(maxsize=1)
def _upper_leader_ids() -> numpy.ndarray:
    """The string ids of one-word aliases of four letters or more written in capitals ("PUTIN")."""
    return id_array(alias.upper() for alias in tables.alias_entries() if len(alias) >= 4 and alias.isalpha())
