"""Hand-built parses for unit tests of the syntax helpers: no statistical model, so a model update
cannot change what these tests see (as in spaCy's own tests: ``Doc(vocab, words=, heads=, deps=)``)."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from multipolar.nlp import extensions as _extensions  # noqa: F401  (declares Doc._ attributes)
from multipolar.records import ActorMention, MentionKind

#: A blank English vocabulary: lexical attributes (``lower_``, ``is_punct``) without any model.
VOCAB = English().vocab


def parse(spec: str) -> Doc:
    """A Doc from lines ``word lemma POS TAG dep head`` (head = index of the head token; the root
    points at itself)."""
    rows = [line.split() for line in spec.strip().splitlines()]
    for row in rows:
        assert len(row) == 6, row
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[int(r[5]) for r in rows],
    )


def with_actors(doc: Doc, *spans: tuple[int, int, str], kind: MentionKind = MentionKind.COUNTRY) -> Doc:
    """Mark token spans ``(start, end, code)`` as actor mentions, as ``multipolar_actors`` would."""
    mentions = []
    for start, end, code in spans:
        span = doc[start:end]
        mentions.append(ActorMention(text=span.text, start=start, end=end, start_char=span.start_char,
                                     end_char=span.end_char, code=code, sector="GOV", kind=kind))
    doc._.actors = mentions
    doc._.actor_index = {i: m for m in mentions for i in range(m.start, m.end)}
    return doc
