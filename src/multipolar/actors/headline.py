"""The headline as context for a pronoun the text cannot place ("He said ..." opening a paragraph).

News stories are often coded paragraph by paragraph, and a paragraph may open with "he" for the
person the headline names ("MINISTER WARNS ..." / "He said ..."). A personal pronoun with no person
named before it in the text takes up the one person the headline names; the headline itself is
never coded (it is context only).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import DET, PRON
from spacy.tokens import Doc

from multipolar.actors.coref import PERSONAL
from multipolar.actors.titles import is_person
from multipolar.nlp.entities import entities
from multipolar.records import ActorMention, MentionKind

#: The personal pronouns as string hashes, and the parts of speech they take up a person as.
_PERSONAL_IDS = frozenset(get_string_id(word) for word in PERSONAL)
_PRONOUN_POS = (int(PRON), int(DET))


def open_pronouns(doc: Doc, mentions: list[ActorMention]) -> list[int]:
    """The personal pronouns no mention covers and no person (mention or PERSON entity) precedes."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    first_person = min([m.start for m in mentions if is_person(m)]
                       + [e.start for e in entities(doc) if e.label_ == "PERSON"], default=len(doc))
    if not first_person:
        return []
    rows = doc.to_array([LOWER, POS])[:first_person].tolist()  # no Token per word read
    return [i for i, (lower, pos) in enumerate(rows)
            if lower in _PERSONAL_IDS and pos in _PRONOUN_POS and i not in covered]


def headline_people(doc: Doc, mentions: list[ActorMention],
                    title_actors: Callable[[str], list[ActorMention]]) -> list[ActorMention]:
    """``mentions`` with the open pronouns (:func:`open_pronouns`) taken up by the headline's one person
    (``title_actors`` resolves the headline); unchanged where the headline names no person or several."""
    meta = doc._.meta
    title = getattr(meta, "title", None)
    if not title:
        return mentions
    pronouns = open_pronouns(doc, mentions)
    if not pronouns:
        return mentions
    people = [m for m in title_actors(title) if is_person(m)]
    if len({(m.code, m.name) for m in people}) != 1:
        return mentions
    person = people[0]
    added = [ActorMention(
        text=doc[i].text, start=i, end=i + 1, start_char=doc[i].idx, end_char=doc[i].idx + len(doc[i]),
        code=person.code, sector=person.sector, kind=MentionKind.COREF,
        rule=f"coref:{doc[i].lower_}->{person.text}@headline", name=person.name) for i in pronouns]
    return sorted(mentions + added, key=lambda m: m.start)
