"""Names a relative clause gives an office: "Ana Ruiz, who heads the central bank of Chile", "Ana Ruiz,
who is Chile's finance minister". The name is the body's or the role's person (its code and sector, so
a company's chairman stays business), a mention that a later surname or pronoun takes up."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from multipolar.actors.titles import person_role
from multipolar.datafiles import data_file, read_words
from multipolar.records import ActorMention, MentionKind

HEADING_VERBS: frozenset[str] = read_words(data_file(__file__, "words/heading_verbs.txt"))
#: Mentions a named person may head or hold a title of (not a place, nor another pronoun's guess).
BODY_KINDS = frozenset({MentionKind.ROLE, MentionKind.ORGANISATION, MentionKind.METONYM, MentionKind.GROUP,
                        MentionKind.COUNTRY})


def office_by_clause(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` plus a mention for each personal name no mention covers whose relative clause
    ("who heads X", "who is X's minister") names the body or role it holds."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    added = []
    for clause in (t for t in doc if t.dep_ == "relcl"):
        name = clause.head
        if name.pos_ != "PROPN" or not name.is_title or name.ent_type_ not in ("PERSON", ""):
            continue
        start = min((c.i for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=name.i)
        body = held_body(clause, at)
        if body is None or any(i in at for i in range(start, name.i + 1)):
            continue
        span = doc[start : name.i + 1]
        added.append(ActorMention(
            text=span.text, start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
            code=body.code, sector=body.sector, kind=MentionKind.ROLE, name=span.text,
            rule=f"{body.rule} + name:{span.text} (who holds it)"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def held_body(clause: Token, at: dict[int, ActorMention]) -> ActorMention | None:
    """The mention of the body or title the relative ``clause`` gives its name: the object of a heading
    verb ("who heads the central bank of Chile") or a title of one person after "be" ("who is Chile's
    finance minister", "who is governor of the Bank of Chile"); else None."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
        return None
    if clause.lemma_ in HEADING_VERBS:
        held = [c for c in clause.children if c.dep_ == "dobj"]
    elif clause.lemma_ == "be":
        held = [c for c in clause.children if c.dep_ == "attr" and person_role(c.lower_)]
    else:
        return None
    for obj in held:
        of = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj"]
        for t in (obj, *(c for c in obj.lefts if c.dep_ == "compound"), *of):
            m = at.get(t.i)
            if m is not None and m.kind in BODY_KINDS and m.code != "-":
                return m
    return None
