"""Read documents from plain text, HTML pages, JSON Lines and RSS/Atom feeds."""

from multipolar.ingest.readers import DocumentStream, ReadError, normalise_date, read_feeds, read_inputs

__all__ = ["DocumentStream", "ReadError", "normalise_date", "read_feeds", "read_inputs"]
