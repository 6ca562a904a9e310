"""multipolar.ingest."""
