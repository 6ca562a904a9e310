"""multipolar.analysis."""
