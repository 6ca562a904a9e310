"""A word's dependents read from the document's table equal ``token.children`` with their labels; its head
index equals ``token.head.i``."""

from __future__ import annotations

from spacy.language import Language

from multipolar.nlp.dependents import dependents, head_indices

TEXTS = [
    "The envoys, who had flown in from Lima overnight, signed the water accord with their neighbours.",
    "Farmers blocked the highway near the capital and demanded that the ministry lift the new tariffs.",
    "Talks resumed. Negotiators from both sides, tired but hopeful, met again on Friday!",
    "Short.",
    "",
]


def test_dependents_are_the_children_with_their_labels(nlp: Language) -> None:
    docs = list(nlp.pipe(TEXTS))
    for doc in docs + docs[::-1]:  # a document asked for again after another one
        for token in doc:
            assert [(c.i, dep) for c, dep in dependents(token)] == [(c.i, c.dep_) for c in token.children]
            assert all(c.doc is doc for c, _dep in dependents(token))


def test_dependents_follow_a_new_document_of_the_same_length(nlp: Language) -> None:
    first, second = nlp("Rebels shelled the post."), nlp("The post was shelled.")
    assert len(first) == len(second)
    assert [d for _c, d in dependents(first[1])] == [c.dep_ for c in first[1].children]
    assert [d for _c, d in dependents(second[3])] == [c.dep_ for c in second[3].children]


def test_head_indices_are_the_heads(nlp: Language) -> None:
    docs = list(nlp.pipe(TEXTS))
    for doc in docs + docs[::-1]:  # a document asked for again after another one
        assert head_indices(doc) == [t.head.i for t in doc]
    assert any(i > h for doc in docs for i, h in enumerate(head_indices(doc)))  # heads before their word too


def test_head_indices_follow_a_new_document_of_the_same_length(nlp: Language) -> None:
    first, second = nlp("Rebels shelled the post."), nlp("The post was shelled.")
    assert head_indices(first) == [t.head.i for t in first]
    assert head_indices(second) == [t.head.i for t in second] != head_indices(first)

