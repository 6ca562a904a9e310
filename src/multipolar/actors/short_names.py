"""Short names of organisations (``data/short_names.tsv``): a capitalised head word standing alone ("the
Commission", "Commission proposals") names the organisation the text also names in full ("the European
Commission ... the Commission said"); not part of a longer name ("the Trade Commission", "the Commission
on Human Rights"), and nothing where the text names no such organisation."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from multipolar.datafiles import data_file, read_table
from multipolar.records import ActorMention

#: Words after the short name that make it part of a longer name ("Commission on Human Rights").
NAME_PREPS = frozenset({"of", "for", "on"})
#: Parts of speech of a capitalised word that makes the short name part of a longer one.
NAME_POS = frozenset({"PROPN", "ADJ", "NOUN", "NUM"})


@lru_cache(maxsize=1)
def short_names() -> dict[str, str]:
    """Short name -> the organisation code it stands for."""
    rows = read_table(data_file(__file__, "short_names.tsv"), ("short", "code"), header=True)
    return {row["short"]: row["code"] for row in rows}


def standalone(token: Token) -> bool:
    """The word is a name of its own: no capitalised name word before it ("the Trade Commission", "the
    EC Commission": the table's own aliases) and no "of"/"for"/"on" phrase naming more of it after it."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    if prev is not None and prev.text[:1].isupper() and prev.pos_ in NAME_POS:
        return False
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in NAME_PREPS:
        return True
    after = doc[token.i + 3] if doc[token.i + 2].lower_ == "the" and token.i + 3 < len(doc) else doc[token.i + 2]
    # "the Commission on Human Rights"; not "criticised the Commission for its delay"
    return not after.text[:1].isupper()


def short_name_mentions(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with each standalone short name (:func:`standalone`) no mention covers, resolved to the
    organisation a mention of the text names (the first such mention lends its sector and name)."""
    table = short_names()
    named = {m.code: m for m in reversed(mentions) if m.code in table.values()}
    if not named:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for token in doc:
        code = table.get(token.text)
        if code is None or code not in named or token.i in covered or not standalone(token):
            continue
        ante = named[code]
        added.append(ActorMention(
            text=token.text, start=token.i, end=token.i + 1, start_char=token.idx,
            end_char=token.idx + len(token), code=code, sector=ante.sector, kind=ante.kind,
            rule=f"short-name:{token.text}->{ante.text}", name=ante.name))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
