"""Common nouns that take up an intergovernmental body named before them (``data/body_nouns.tsv``):
"NATO ... the alliance said", "OPEC ... the oil cartel", "EU ministers ... the 25-nation bloc". The noun
must follow "the", have no phrase of its own ("the alliance with Japan", "its alliance", "the alliance of
leftist parties") and only modifiers of size or field; it names the one body of its codes named earlier in
the text (its first mention lends sector and name), and nothing where none or several are."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from multipolar.datafiles import data_file, read_table, read_words
from multipolar.records import ActorMention

#: Modifiers that keep the noun a description of the body (words/body_noun_modifiers.txt).
BODY_NOUN_MODIFIERS: frozenset[str] = read_words(data_file(__file__, "words/body_noun_modifiers.txt"))
#: Dependents that give the noun a phrase of its own: another body, or a relation ("its alliance with X").
OWN_PHRASE_DEPS = frozenset({"poss", "prep", "relcl", "acl", "appos"})


@lru_cache(maxsize=1)
def body_nouns() -> dict[str, frozenset[str]]:
    """Lower-case noun -> the codes of the bodies it may take up."""
    rows = read_table(data_file(__file__, "body_nouns.tsv"), ("noun", "codes"), header=True)
    return {row["noun"]: frozenset(row["codes"].split("|")) for row in rows}


def describes_body(token: Token) -> bool:
    """``token`` heads a bare definite description: "the" before it, no phrase of its own, and every
    modifier a word of size or field ("the 26-nation alliance"), none naming a party."""
    if token.pos_ != "NOUN" or token.dep_ == "compound" or token.tag_ not in ("NN", "NNP"):
        return False
    kids = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(c.dep_ in OWN_PHRASE_DEPS for c in kids):
        return False
    doc = token.doc
    start = min(c.left_edge.i for c in kids if c.dep_ == "det")
    return all(w.like_num or w.lower_ in BODY_NOUN_MODIFIERS for w in doc[start + 1:token.i])


def body_noun_mentions(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with each body noun (:func:`describes_body`) no mention covers, resolved to the one
    body of its codes that an earlier mention names, unless the noun was used for something else since."""
    table = body_nouns()
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    others: dict[str, int] = {}  # the last use of each noun for something else ("a pension fund ... the fund")
    for token in doc:
        codes = table.get(token.lower_)
        if codes is None or token.i in covered:
            continue
        if not describes_body(token):
            others[token.lower_] = token.i
            continue
        earlier = [m for m in mentions if m.code in codes and m.end <= token.i]
        if len({m.code for m in earlier}) != 1 or others.get(token.lower_, -1) > earlier[-1].start:
            continue
        ante = earlier[0]
        added.append(ActorMention(
            text=token.text, start=token.i, end=token.i + 1, start_char=token.idx,
            end_char=token.idx + len(token), code=ante.code, sector=ante.sector, kind=ante.kind,
            rule=f"body-noun:{token.lower_}->{ante.text}", name=ante.name))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
