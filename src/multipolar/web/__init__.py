"""multipolar.web."""
