"""The ``coders`` query: how many stored documents each coder coded, the current one apart.

Each document is stamped with the coder that coded it (``documents.coder``,
:mod:`multipolar.coder_stamp`); documents stored before stamps have none (an unknown coder), as
does every document of a database of an older schema opened read-only.
"""

from __future__ import annotations

from typing import Any

from multipolar.analysis.common import DB, connection
from multipolar.coder_stamp import coder_stamp
from multipolar.store.database import has_column


def coders(db: DB) -> dict[str, Any]:
    """``current`` (this process's coder stamp), ``documents_current``, ``documents_other`` (another,
    known coder), ``documents_unknown`` (no stamp), and ``other``: one ``{"coder", "documents"}`` per
    other known coder, most documents first."""
    current = coder_stamp()
    with connection(db) as con:
        if has_column(con, "documents", "coder"):
            rows = con.execute("SELECT coder, count(*) FROM documents GROUP BY coder").fetchall()
        else:
            rows = con.execute("SELECT NULL, count(*) FROM documents").fetchall()
    counts = {coder: int(n) for coder, n in rows if n}
    other = sorted(((coder, n) for coder, n in counts.items() if coder not in (None, current)),
                   key=lambda item: (-item[1], item[0]))
    return {"current": current, "documents_current": counts.get(current, 0),
            "documents_other": sum(n for _, n in other), "documents_unknown": counts.get(None, 0),
            "other": [{"coder": coder, "documents": n} for coder, n in other]}
