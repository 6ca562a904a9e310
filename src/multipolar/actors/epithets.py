"""Regional epithets of a state ("the Caribbean nation", "the Himalayan kingdom"): a definite country noun
with a capitalised modifier that takes up the last state named, as "the country" does (:mod:`coref`)."""

from __future__ import annotations

from spacy.tokens import Doc

#: Nouns that stand for a state after "the" ("the country", "the Caribbean nation").
COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})


def epithet_end(doc: Doc, i: int, covered: bytearray) -> int:
    """The end of a regional epithet of a state after "the" at ``i`` ("the Caribbean nation", "the
    Himalayan kingdom": a capitalised word no actor covers, then a country noun with no of-phrase), else 0."""
    if i + 2 >= len(doc) or covered[i + 2] or doc[i + 2].lower_ not in COUNTRY_NOUNS or not doc[i + 1].is_title:
        return 0
    return i + 3 if doc[i + 1].tag_ in ("JJ", "NNP") and (i + 3 >= len(doc) or doc[i + 3].lower_ != "of") else 0
