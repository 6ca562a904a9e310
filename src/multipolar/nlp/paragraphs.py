"""The ``multipolar_paragraphs`` spaCy component: a blank line ends a sentence.

The parser alone joins a heading without a full stop to the sentence after it ("Putin arrives in
Beijing\\n\\nRussian President ..."), so the evidence of an event quotes both. Runs before the
parser and marks the first token after a blank line (a whitespace token with two or more line
breaks, as the HTML and feed readers put between paragraphs) as a sentence start; the parser keeps
preset starts and decides the rest. A single line break (hard-wrapped text) splits nothing.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

#: Line breaks in one whitespace token that make a paragraph break.
PARAGRAPH_BREAKS = 2


def paragraph_starts(doc: Doc) -> list[int]:
    """Indexes of the first word after each blank line."""
    return [t.i + 1 for t in doc[:-1]
            if t.is_space and t.text.count("\n") >= PARAGRAPH_BREAKS and not doc[t.i + 1].is_space]


@Language.component("multipolar_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every blank line."""
    for i in paragraph_starts(doc):
        doc[i].is_sent_start = True
    return doc
