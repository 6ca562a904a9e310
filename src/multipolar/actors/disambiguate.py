"""Choose one reading of an alias: person names, document cues (``data/ambiguous.tsv``), tenure dates."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from spacy.attrs import ORTH
from spacy.tokens import Doc

from multipolar.actors import tables
from multipolar.actors.tables import Entry
from multipolar.datafiles import data_file, read_words
from multipolar.imported import IMPORTED_DIR
from multipolar.nlp.entities import entities
from multipolar.nlp.labels import NOUN_MODIFIERS
from multipolar.records import MentionKind

#: Aliases that are also common given names or surnames: dropped when NER calls them a PERSON.
PERSONISH: frozenset[str] = read_words(data_file(__file__, "words/personish.txt"))
HONORIFICS: frozenset[str] = read_words(data_file(__file__, "words/honorifics.txt"))
#: Rule prefix of the generated people table (``petrarch/people.tsv``): dated spells of named people.
IMPORTED_PEOPLE = f"{IMPORTED_DIR}/people.tsv"
#: The reading of an alias that names no actor ("-" in ambiguous.tsv).
NO_READING = "-"
#: Readings a PERSON tag does not override: a leader's own name, and a plural people noun, which names no one
#: person ("Kosovo Serbs", "Bosnian Croats" tagged as one PERSON are the community).
NEVER_NAMES = frozenset({MentionKind.LEADER, MentionKind.PEOPLE})


def dated_entries(entries: tuple[Entry, ...], date: str | None) -> tuple[Entry, ...]:
    """The entries usable in a document of ``date``: a generated person's spells only in a dated one
    (undated, nothing tells which spell holds, or whether the name is that person at all)."""
    if date is not None:
        return entries
    return tuple(e for e in entries if not e.rule.startswith(IMPORTED_PEOPLE))


def is_person_name(doc: Doc, start: int, alias: str) -> bool:
    """The alias is (part of) a person's name: "George Washington", "Michael Jordan", "Mr Washington"."""
    token = doc[start]
    if start > 0 and doc[start - 1].text in HONORIFICS:
        return True
    if token.ent_type_ != "PERSON":
        return False
    if token.ent_iob_ == "I":
        return True
    if alias not in PERSONISH:
        return False
    # a lone "Chad" or "Jordan" tagged PERSON is the state, unless the text names a person of that name
    ent_end = next((e.end for e in entities(doc) if e.start == start), start + 1)
    return ent_end - start > len(alias.split()) or _named_person(doc, alias)


def _named_person(doc: Doc, alias: str) -> bool:
    """The document names a person with ``alias`` in a longer name ("Michael Jordan", "Chad Smith")."""
    return any(e.label_ == "PERSON" and len(e) > 1 and alias in e.text.split() for e in entities(doc))


def _cue_reading(doc: Doc, alias: str, start: int) -> str | None:
    """The reading whose cue is in the alias's own phrase, when one reading's is ("Iraqi Kurdish rebels",
    "Kurdish fighters in Syria" in a story that names Turkey first); else the first reading whose cue the
    document holds (none when the default is none and the document names several); else the default."""
    rows = tables.context_cues().get(alias)
    if not rows:
        return None
    token = doc[start]
    head = token.head if token.dep_ in NOUN_MODIFIERS else token
    if doc.has_annotation("DEP"):
        others = {t.i for c in head.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        words = {t.text for t in head.subtree if t.i != start and t.i not in others}  # not "... and the PKK"
        own = {code for code, _note, cues in rows if "*" not in cues and cues & words}
        if len(own) == 1:
            return own.pop()
    strings = doc.vocab.strings  # the document's distinct words, from its array (no Token per word)
    words = {strings[orth] for orth in set(doc.to_array(ORTH).tolist())}
    default = next((code for code, _note, cues in rows if "*" in cues), None)
    named = [code for code, _note, cues in rows if "*" not in cues and cues & words]
    if len(named) > 1 and default == NO_READING:
        return NO_READING  # a people of several states in a story naming more than one: placed by its clause
    return named[0] if named else default


def _leader_reading(entries: tuple[Entry, ...], date: str | None) -> Entry:
    """The leader in office on ``date``, else the latest before it; undated: the latest to take office.

    A person with offices in several states or organisations has one entry per code: each entry is
    ranked by that code's spells only (Rutte is NLD until 2024, NATO after).
    """
    spells = tables.tenures_by_leader()
    best: tuple[int, str, Entry] | None = None
    for entry in entries:
        for spell in spells.get(entry.leader or "", ()):
            if spell.country != entry.code:
                continue
            undated_or_past = date is None or spell.start <= date
            rank = 2 if date is not None and spell.covers(date) else (1 if undated_or_past else 0)
            key = (rank, spell.start if rank else "", entry)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else entries[0]


def choose_entry(
    doc: Doc, start: int, end: int, alias: str, entries: tuple[Entry, ...], date: str | None
) -> Entry | None:
    """The entry an alias denotes here, or None when it is not an actor in this context."""
    entries = dated_entries(entries, date)
    if not entries:
        return None
    first = entries[0]
    if first.kind not in NEVER_NAMES and is_person_name(doc, start, alias):
        return None
    reading = _cue_reading(doc, alias, start)
    if reading == NO_READING:
        return None
    if reading is not None:
        for entry in entries:
            if entry.code == reading:
                return entry
    if len(entries) == 1:
        return first
    leaders = tuple(e for e in entries if e.kind == MentionKind.LEADER)
    if leaders and len(leaders) == len(entries):
        if date is None:  # undated: one person's several offices, and the text names one of their codes
            named = _codes_named(doc, {e.code for e in leaders if e.leader == first.leader})
            if len(named) == 1:
                return next(e for e in leaders if e.code in named)
            era = era_reading(doc, leaders)
            if era is not None:
                return era
        return _leader_reading(leaders, date)
    return first


def _codes_named(doc: Doc, codes: set[str]) -> set[str]:
    """Which of ``codes`` (two or more) the text names by another alias: "Prodi urged EU members" names the EU."""
    if len(codes) < 2:
        return set()
    named: set[str] = set()
    for entries in _phrase_entries(doc, 2):
        named.update(e.code for e in entries if e.kind != MentionKind.LEADER and e.code in codes)
    return named


def _phrase_entries(doc: Doc, longest: int) -> Iterator[tuple[Entry, ...]]:
    """The alias-table entries of every phrase of the text up to ``longest`` tokens long."""
    aliases = tables.alias_entries()
    for i in range(len(doc)):
        for n in range(1, min(longest, len(doc) - i) + 1):
            entries = aliases.get(doc[i : i + n].text)
            if entries:
                yield entries


def era_reading(doc: Doc, entries: tuple[Entry, ...]) -> Entry | None:
    """Undated: the reading whose spells overlap most with those of the other people the text names, when
    one does ("Wolfowitz" beside Rumsfeld and Powell is the deputy defence secretary, not the World Bank head)."""
    others = _other_people(doc, {e.leader for e in entries})
    if not others:
        return None
    spells = tables.tenures_by_leader()
    scores = []
    for entry in entries:
        own = [s for s in spells.get(entry.leader or "", ()) if s.country == entry.code]
        scores.append(sum(max((_overlap(a, b) for a in own for b in spells.get(other, ())), default=0)
                          for other in others))
    best = max(scores)
    if best <= 0 or scores.count(best) > 1:
        return None
    return entries[scores.index(best)]


def _other_people(doc: Doc, exclude: set[str | None]) -> set[str]:
    """The one person each alias in the text names (aliases shared by several people are no clue),
    less ``exclude``; the text is scanned once per doc (``doc._.people_named``)."""
    people: frozenset[str] | None = doc._.people_named
    if people is None:
        found: set[str] = set()
        for entries in _phrase_entries(doc, 3):
            names = {e.leader for e in entries if e.kind == MentionKind.LEADER}
            if len(names) == 1 and len(entries) == sum(e.kind == MentionKind.LEADER for e in entries):
                found.update(name for name in names if name is not None)
        people = doc._.people_named = frozenset(found)
    return set(people) - exclude


def _overlap(a: tables.Tenure, b: tables.Tenure) -> int:
    """Days two spells share (open spells run to 2100)."""
    start, end = max(a.start, b.start), min(a.end or "2100-01-01", b.end or "2100-01-01")
    if start >= end:
        return 0
    return (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(start)).days
