"""Read documents from plain text, HTML and JSON Lines feeds."""

from multipolar.ingest.readers import DocumentStream, ReadError, normalise_date, read_inputs

__all__ = ["DocumentStream", "ReadError", "normalise_date", "read_inputs"]
