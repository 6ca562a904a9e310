"""Tone: a GDELT-style document tone score from a maintained sentiment lexicon."""
