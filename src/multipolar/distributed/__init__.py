"""multipolar.distributed."""
