"""A document's opening characters (its dateline) without joining every token's text.

``Doc.text`` builds the whole text from a Token per word each time it is read; the components that
only look at the dateline read the first characters here instead.
"""

from __future__ import annotations

from spacy.tokens import Doc


def opening_text(doc: Doc, chars: int) -> str:
    """``doc.text[:chars]``, joined from the tokens that start before ``chars`` only."""
    end = next((t.i for t in doc if t.idx >= chars), len(doc))
    return doc[:end].text_with_ws[:chars]


def stripped_opening(doc: Doc, chars: int) -> str:
    """``doc.text.lstrip()[:chars]``: the first ``chars`` characters after leading whitespace."""
    read = 2 * chars
    while True:
        head = opening_text(doc, read)
        stripped = head.lstrip()
        if len(stripped) >= chars or len(head) < read:  # enough read, or the whole text
            return stripped[:chars]
        read *= 2
