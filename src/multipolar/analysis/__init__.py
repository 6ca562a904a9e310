"""multipolar.analysis: queries over the event store (one module per family, all in ``queries``).

``events``, ``dyad``, ``relations``, ``graph``, ``blocs`` and ``export`` take a database path
(opened read-only) or an open DuckDB connection; ``commands`` holds their CLI front ends.
"""
