"""Event coding: CAMEO/PLOVER events with negation, modality and evidence."""
