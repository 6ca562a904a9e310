"""The object a relative clause with its own subject takes from its antecedent ("the ship it
seized", "the engineers they kidnapped"), which the parse leaves implicit."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words
from multipolar.events.syntax import RELATIVE_PRONOUNS, antecedent

#: Relative adverbs: "the town where troops fought" leaves the antecedent outside the clause's roles.
RELATIVE_ADVERBS: frozenset[str] = read_words(data_file(__file__, "words/relative_adverbs.txt"))


def relative_object(verb: Token) -> list[Token]:
    """The antecedent of a relative clause with its own (non-relative) subject and no object or
    complement: it is the clause's object ("the ship it seized", "engineers they kidnapped")."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return []
    kids = list(verb.children)
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return []
    if any(c.dep_ in ("dobj", "obj", "dative", "ccomp", "xcomp", "attr", "oprd") for c in kids):
        return []
    # "the town where troops fought", "the country it withdrew from" (a stranded preposition)
    if any(c.lower_ in RELATIVE_ADVERBS or (c.dep_ == "prep" and not list(c.children)) for c in kids):
        return []
    return [antecedent(verb)]
