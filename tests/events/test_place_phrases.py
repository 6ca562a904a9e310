"""A word of a reported clause inside a locative phrase: each head's answer is kept, and agrees with a
walk up from the word."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from multipolar.events.targets import LOCATIVE_PREPS, in_place_phrase

SENTENCES = [
    "The minister said troops in the northern hills of Ruvia had fired on villagers near the river.",
    "Officials said the situation in the capital remained tense after clashes at the port.",
    "She told reporters that envoys meeting in Geneva would press Ostland on the prisoners held at a camp.",
    "The agency reported that a convoy was attacked on a road outside the town by gunmen from the south.",
]


def _walk(token: Token, top: Token) -> bool:
    tok = token
    while tok.i != top.i and tok.head.i != tok.i:
        topic = tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.i == top.i and tok.head.pos_ == "NOUN"
        if tok.dep_ == "prep" and tok.lower_ in LOCATIVE_PREPS and not topic:
            return True
        tok = tok.head
    return False


def test_kept_answers_agree_with_a_walk(nlp: Language) -> None:
    seen = 0
    for text in SENTENCES:
        doc = nlp.make_doc(text)
        for _, proc in nlp.pipeline:
            if not getattr(proc, "__module__", "").startswith("multipolar"):
                doc = proc(doc)
        for top in doc:
            placed = in_place_phrase(top)
            words = list(top.subtree)
            for word in words + words[::-1]:  # answers read in any order agree
                assert placed(word) == _walk(word, top), (text, top.text, word.text)
                seen += placed(word)
    assert seen  # some words do sit in a place phrase
