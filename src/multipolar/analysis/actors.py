"""The ``actors`` query: the actors present in the store, with names and event counts."""

from __future__ import annotations

from typing import Any

from multipolar.analysis.coders import coders
from multipolar.analysis.common import DB, actor_name, connection

_SQL = """
WITH sides AS (
    SELECT source AS code, 'out' AS side, source_name AS text FROM events WHERE source IS NOT NULL
    UNION ALL
    SELECT target AS code, 'in' AS side, target_name AS text FROM events WHERE target IS NOT NULL
)
SELECT code, count(*) FILTER (WHERE side = 'out') AS events_out, count(*) FILTER (WHERE side = 'in') AS events_in,
       mode(text) AS text
FROM sides GROUP BY code
ORDER BY events_out + events_in DESC, code
"""


def actors(db: DB) -> list[dict[str, Any]]:
    """One entry per actor code: ``code``, ``name``, ``events`` (as source or target), ``events_out``, ``events_in``.

    ``name`` is the country's common name for states, else the actor's most frequent text.
    """
    with connection(db) as con:
        rows = con.execute(_SQL).fetchall()
    return [
        {"code": code, "name": actor_name(code) or text or code, "events": int(n_out + n_in),
         "events_out": int(n_out), "events_in": int(n_in)}
        for code, n_out, n_in, text in rows
    ]


def has_actor(db: DB, code: str) -> bool:
    """Whether some stored event has ``code`` as source or target."""
    with connection(db) as con:
        return bool(con.execute("SELECT EXISTS (SELECT 1 FROM events WHERE source = ? OR target = ?)",
                                [code, code]).fetchall()[0][0])


def overview(db: DB) -> dict[str, Any]:
    """Counts of the store (``events``, ``mentions``, ``documents``, ``actors``), its date range, and
    ``coders``: its documents by the coder that coded them (see :func:`multipolar.analysis.coders.coders`)."""
    with connection(db) as con:
        n_events, first, last = con.execute("SELECT count(*), min(date), max(date) FROM events").fetchall()[0]
        n_mentions = con.execute("SELECT count(*) FROM mentions").fetchall()[0][0]
        n_documents = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
        n_actors = con.execute(
            "SELECT count(DISTINCT code) FROM (SELECT source AS code FROM events UNION ALL "
            "SELECT target FROM events) WHERE code IS NOT NULL").fetchall()[0][0]
        by_coder = coders(con)
    return {"events": int(n_events), "mentions": int(n_mentions), "documents": int(n_documents),
            "actors": int(n_actors), "first_date": first.isoformat() if first else None,
            "last_date": last.isoformat() if last else None, "coders": by_coder}
