"""Parties named by their leader: "the NATO-led force", "a Saudi-led coalition", "US-commanded
troops" are the leader's (a backer is not: "the UN-backed government" is the government)."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.datafiles import data_file, read_words

#: Participles of leading ("led", "commanded", "headed"), by lemma.
LEADING_PARTICIPLES: frozenset[str] = read_words(data_file(__file__, "words/leading_participles.txt"))


def leader_words(noun: Token) -> list[Token]:
    """The words naming who leads the party ``noun`` heads: "NATO" in "the NATO-led force"."""
    return [c for b in noun.lefts if b.dep_ == "amod" and b.tag_ == "VBN" and b.lemma_.lower() in LEADING_PARTICIPLES
            for c in b.lefts if c.dep_ in ("npadvmod", "compound", "nmod")]
