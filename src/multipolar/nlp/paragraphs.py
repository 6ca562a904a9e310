"""The ``multipolar_paragraphs`` spaCy component: a blank line ends a sentence.

The parser alone joins a heading without a full stop to the sentence after it ("Putin arrives in
Beijing\\n\\nRussian President ..."), so the evidence of an event quotes both. Runs before the
parser and marks the first token after a blank line (a whitespace token with two or more line
breaks, as the HTML and feed readers put between paragraphs) as a sentence start; the parser keeps
preset starts and decides the rest. A single line break (hard-wrapped text) splits nothing.
A dateline ending in a dash ("LONDON, April 5 - Britain's minister left ...") is a sentence of its
own, and the story's first sentence runs unsplit to its full stop: parsed with the story, the
dateline's place becomes the subject of the first clause.
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from multipolar.ingest.dateline import DATELINE_CHARS, dashed_dateline_end
from multipolar.nlp.opening import opening_text

#: Words that end the first sentence after a dateline.
SENTENCE_ENDS = frozenset({".", "!", "?"})
#: Line breaks in one whitespace token that make a paragraph break.
PARAGRAPH_BREAKS = 2


def paragraph_starts(doc: Doc) -> list[int]:
    """Indexes of the first word after each blank line."""
    if len(doc) < 2:
        return []
    space = doc.to_array(IS_SPACE).astype(bool)
    # whitespace tokens followed by a word: only they can end a blank line (their text is read below)
    breaks: list[int] = numpy.flatnonzero(space[:-1] & ~space[1:]).tolist()
    return [i + 1 for i in breaks if doc[i].text.count("\n") >= PARAGRAPH_BREAKS]


@Language.component("multipolar_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line and after an opening dateline."""
    # the starts are written as one array: each ``token.is_sent_start = ...`` on an unparsed doc reads
    # every token again (spaCy checks for a parse first)
    starts = doc.to_array(SENT_START).astype("int64")  # 1 start, -1 not a start, 0 unknown
    for i in paragraph_starts(doc):
        starts[i] = 1
    end = dashed_dateline_end(opening_text(doc, DATELINE_CHARS))
    first = next((t for t in doc if t.idx >= end), None) if end else None
    if first is not None and first.i > 0:
        # the dateline and the story's first sentence (to its full stop) are one sentence each
        stop = next((t.i for t in doc[first.i:] if t.text in SENTENCE_ENDS or starts[t.i] == 1), len(doc))
        starts[1:stop] = -1
        starts[first.i] = 1 if first.i < stop else starts[first.i]
    if len(doc):
        doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64").reshape(-1, 1)))
    return doc
