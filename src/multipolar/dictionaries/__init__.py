"""Readers of the PETRARCH2/Phoenix dictionaries and the writer of multipolar's tables made from them.

Our own code (no PETRARCH code is used); ``multipolar dictionaries import DIR`` rebuilds every
generated table under ``events/data/lexicon/petrarch/`` and ``actors/data/petrarch/``.
"""
