"""Read documents from plain text, HTML pages, JSON Lines and RSS/Atom feeds."""

from multipolar.ingest.readers import ReadError, ReadWarning, normalise_date, read_feeds, read_inputs
from multipolar.ingest.stream import DEFAULT_MAX_DOC_CHARS, DocumentStream, ReadCounts

__all__ = [
    "DEFAULT_MAX_DOC_CHARS",
    "DocumentStream",
    "ReadCounts",
    "ReadError",
    "ReadWarning",
    "normalise_date",
    "read_feeds",
    "read_inputs",
]
