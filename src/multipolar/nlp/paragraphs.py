"""The ``multipolar_paragraphs`` spaCy component: a blank line ends a sentence.

The parser alone joins a heading without a full stop to the sentence after it ("Putin arrives in
Beijing\\n\\nRussian President ..."), so the evidence of an event quotes both. Runs before the
parser and marks the first token after a blank line (a whitespace token with two or more line
breaks, as the HTML and feed readers put between paragraphs) as a sentence start; the parser keeps
preset starts and decides the rest. A single line break (hard-wrapped text) splits nothing. An
opening dateline ("BRUSSELS, March 17 -") is no part of the first sentence either: the parser would
make its date the head of the subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from multipolar.ingest.dateline import dateline_end

#: Line breaks in one whitespace token that make a paragraph break.
PARAGRAPH_BREAKS = 2


def paragraph_starts(doc: Doc) -> list[int]:
    """Indexes of the first word after each blank line."""
    return [t.i + 1 for t in doc[:-1]
            if t.is_space and t.text.count("\n") >= PARAGRAPH_BREAKS and not doc[t.i + 1].is_space]


#: Punctuation that ends the sentence a dateline opens.
SENTENCE_ENDS = frozenset({".", "!", "?"})


def dateline_start(doc: Doc) -> int | None:
    """Index of the first word after an opening dateline ("BRUSSELS, March 17 - The ..."), else None."""
    end = dateline_end(doc.text)
    first = next((t.i for t in doc if t.idx >= end), None) if end is not None else None
    return first if first is not None and first > 1 else None


@Language.component("multipolar_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line, and after an opening dateline: that sentence then runs
    to its full stop (a preset start alone makes the parser cut the words after it apart)."""
    first = dateline_start(doc)
    if first is not None:
        doc[first].is_sent_start = True
        for tok in doc[first + 1:]:
            if tok.nbor(-1).text in SENTENCE_ENDS or tok.is_space:
                break
            tok.is_sent_start = False
    for i in paragraph_starts(doc):
        doc[i].is_sent_start = True
    return doc
