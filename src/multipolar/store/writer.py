"""Write a batch of coded documents in one transaction and refresh the events it touches.

Rows travel as Arrow tables registered into DuckDB and are written with ``INSERT ... SELECT``.
A document whose id and text hash are already stored is skipped; a changed text replaces the
document and its mentions. The ``events`` rows of every key the batch touched (old and new
mentions) are deleted and re-aggregated from ``mentions``, so counts are exact after replacement.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from multipolar.records import Document, Event
from multipolar.store.rows import GEO_COLUMNS, documents_table, mentions_table, text_hash


def _geo_select() -> str:
    """Each event's location blocks: each block that of its first mention located in it (lowest doc id,
    sentence, mention), so the columns of one block always come from the same mention."""
    parts = []
    for column in GEO_COLUMNS:
        block = column[: column.index("_geo_") + 4]
        parts.append(f"arg_min(m.{column}, {{'d': m.doc_id, 's': m.sentence_index, 'i': m.mention_index}}) "
                     f"FILTER (WHERE m.{block}_type IS NOT NULL) AS {column}")
    return ",\n    ".join(parts)

#: Aggregate of the counted mentions of one event key into an ``events`` row.
EVENTS_SELECT = (
    """
SELECT
    m.event_id,
    m.date,
    m.source,
    m.target,
    m.cameo,
    min(m.root) AS root,
    left(m.cameo, 3) AS base,
    min(m.plover) AS plover,
    min(m.plover_mode) AS plover_mode,
    min(m.quad) AS quad,
    min(m.penta) AS penta,
    avg(m.goldstein) AS goldstein,
    count(*) AS num_mentions,
    count(DISTINCT m.doc_id) AS num_documents,
    count(DISTINCT m.publisher) AS num_sources,
    max(m.confidence) AS confidence,
    mode(m.source_sector) AS source_sector,
    mode(m.target_sector) AS target_sector,
    mode(m.source_text) AS source_name,
    mode(m.target_text) AS target_name,
    bool_or(m.sentence_index = 0) AS is_root,
    min(m.doc_id) AS first_doc_id,
    arg_min(m.sentence_index, {'d': m.doc_id, 's': m.sentence_index}) AS first_sentence,
    arg_min(m.url, {'d': m.doc_id, 's': m.sentence_index}) FILTER (WHERE m.url IS NOT NULL) AS url,
    min(d.ingested_at) AS date_added,
    avg(m.tone) AS avg_tone,
    """ + _geo_select() + """
FROM mentions m JOIN documents d USING (doc_id)
WHERE m.counted AND m.event_id IN (SELECT event_id FROM _batch_keys)
GROUP BY m.event_id, m.date, m.source, m.target, m.cameo
"""
)


@dataclass
class BatchResult:
    """What one batch did."""

    stored: int = 0  # new documents
    replaced: int = 0  # documents whose text changed
    unchanged: int = 0  # documents already stored with the same text
    mentions: int = 0  # mentions written


def stored_hashes(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> dict[str, str]:
    """Text hash of each of ``doc_ids`` already stored."""
    if not doc_ids:
        return {}
    ids = pa.table({"doc_id": pa.array(list(doc_ids), pa.string())})
    con.register("_lookup_ids", ids)
    try:
        rows = con.execute(
            "SELECT d.doc_id, d.text_hash FROM documents d SEMI JOIN _lookup_ids l USING (doc_id)"
        ).fetchall()
    finally:
        con.unregister("_lookup_ids")
    return dict(rows)


def unchanged_filter(con: duckdb.DuckDBPyConnection, documents: Sequence[Document]) -> list[Document]:
    """The documents not already stored with the same text (to skip coding them again)."""
    known = stored_hashes(con, [doc.id for doc in documents])
    return [doc for doc in documents if known.get(doc.id) != text_hash(doc.text)]


def _dedupe(coded: Iterable[tuple[Document, list[Event]]]) -> list[tuple[Document, list[Event]]]:
    """Keep the last version of each document id in the batch."""
    latest: dict[str, tuple[Document, list[Event]]] = {}
    for document, events in coded:
        latest.pop(document.id, None)
        latest[document.id] = (document, events)
    return list(latest.values())


def _apply(con: duckdb.DuckDBPyConnection) -> BatchResult:
    """The SQL of one batch; ``_in_docs`` and ``_in_mentions`` are registered."""
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _batch_docs AS
        SELECT i.doc_id, d.doc_id IS NOT NULL AS replaced
        FROM _in_docs i LEFT JOIN documents d USING (doc_id)
        WHERE d.doc_id IS NULL OR d.text_hash <> i.text_hash
        """
    )
    row = con.execute(
        "SELECT count(*) FILTER (WHERE NOT replaced), count(*) FILTER (WHERE replaced) FROM _batch_docs"
    ).fetchall()[0]
    stored, replaced = int(row[0]), int(row[1])
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _batch_keys AS
        SELECT event_id FROM mentions WHERE doc_id IN (SELECT doc_id FROM _batch_docs WHERE replaced)
        UNION
        SELECT event_id FROM _in_mentions WHERE doc_id IN (SELECT doc_id FROM _batch_docs)
        """
    )
    con.execute("DELETE FROM mentions WHERE doc_id IN (SELECT doc_id FROM _batch_docs WHERE replaced)")
    con.execute("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM _batch_docs WHERE replaced)")
    con.execute(
        "INSERT INTO documents BY NAME SELECT i.*, now()::TIMESTAMP AS ingested_at "
        "FROM _in_docs i SEMI JOIN _batch_docs USING (doc_id)"
    )
    con.execute("INSERT INTO mentions BY NAME SELECT m.* FROM _in_mentions m SEMI JOIN _batch_docs USING (doc_id)")
    mentions = int(
        con.execute("SELECT count(*) FROM _in_mentions m SEMI JOIN _batch_docs USING (doc_id)").fetchall()[0][0]
    )
    refresh_events(con)
    return BatchResult(stored=stored, replaced=replaced, mentions=mentions)


def refresh_events(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the ``events`` rows of the keys in the temp table ``_batch_keys``."""
    con.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM _batch_keys)")
    con.execute(f"INSERT INTO events BY NAME {EVENTS_SELECT}")


def write_batch(con: duckdb.DuckDBPyConnection, coded: Iterable[tuple[Document, list[Event]]]) -> BatchResult:
    """Store coded documents in one transaction; on any error nothing of the batch remains."""
    batch = _dedupe(coded)
    if not batch:
        return BatchResult()
    docs = documents_table((document, len(events)) for document, events in batch)
    mentions = mentions_table(batch)
    con.begin()
    try:
        con.register("_in_docs", docs)
        con.register("_in_mentions", mentions)
        result = _apply(con)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        for name in ("_in_docs", "_in_mentions"):
            con.unregister(name)
    result.unchanged = len(batch) - result.stored - result.replaced
    return result
