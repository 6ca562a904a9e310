"""multipolar.store."""
