"""Write a batch of coded documents in one transaction and refresh the events it touches.

Rows travel as Arrow tables registered into DuckDB and are written with ``INSERT ... SELECT``.
A document whose id, text hash and coder stamp are already stored is skipped; a changed text
replaces the document and its mentions; the same text coded by another coder (``documents.coder``,
see :mod:`multipolar.coder_stamp`) is *recoded*: its mentions are replaced and it keeps its
``ingested_at``. Rows of an unknown coder (NULL stamp, from before stamps) never recode a stored
text. The ``events`` rows of every key the batch touched (old and new mentions) are deleted and
re-aggregated from ``mentions``, so counts are exact after replacement.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from multipolar.coder_stamp import coder_stamp
from multipolar.records import Document, Event
from multipolar.store.rows import GEO_COLUMNS, documents_table, mentions_table


def _geo_select() -> str:
    """Each event's location blocks: each block that of its first mention located in it (lowest doc id,
    sentence, mention), so the columns of one block always come from the same mention."""
    parts = []
    for column in GEO_COLUMNS:
        block = column[: column.index("_geo_") + 4]
        parts.append(f"arg_min(m.{column}, {{'d': m.doc_id, 's': m.sentence_index, 'i': m.mention_index}}) "
                     f"FILTER (WHERE m.{block}_type IS NOT NULL) AS {column}")
    return ",\n    ".join(parts)


def _most_frequent(column: str) -> str:
    """SQL for the most frequent non-null value of ``column``, ties broken alphabetically.

    DuckDB's ``mode()`` breaks ties by row order, which differs between an interrupted and an
    uninterrupted ingest; this does not.
    """
    return (f"list_sort(list_transform(map_entries(histogram({column})), "
            f"lambda e: {{'n': -(e.value::BIGINT), 'k': e.key}}))[1].k")


#: Aggregate of the counted mentions of one event key into an ``events`` row. Every column is
#: independent of the order mentions were stored in (ties of the most frequent name or sector go to
#: the alphabetically first), so the same mentions give the same row however they were coded,
#: batched, interrupted or loaded (local, Dask or lake).
EVENTS_SELECT = f"""
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
    list_avg(list_sort(list(m.goldstein))) AS goldstein,
    count(*) AS num_mentions,
    count(DISTINCT m.doc_id) AS num_documents,
    count(DISTINCT m.publisher) AS num_sources,
    max(m.confidence) AS confidence,
    {_most_frequent("m.source_sector")} AS source_sector,
    {_most_frequent("m.target_sector")} AS target_sector,
    {_most_frequent("m.source_text")} AS source_name,
    {_most_frequent("m.target_text")} AS target_name,
    bool_or(m.sentence_index = 0) AS is_root,
    min(m.doc_id) AS first_doc_id,
    arg_min(m.sentence_index, {{'d': m.doc_id, 's': m.sentence_index}}) AS first_sentence,
    arg_min(m.url, {{'d': m.doc_id, 's': m.sentence_index, 'i': m.mention_index}})
        FILTER (WHERE m.url IS NOT NULL) AS url,
    min(d.ingested_at) AS date_added,
    list_avg(list_sort(list(m.tone) FILTER (WHERE m.tone IS NOT NULL))) AS avg_tone,
    {_geo_select()}
FROM mentions m JOIN documents d USING (doc_id)
WHERE m.counted AND m.event_id IN (SELECT event_id FROM _batch_keys)
GROUP BY m.event_id, m.date, m.source, m.target, m.cameo
"""


@dataclass
class BatchResult:
    """What one batch did."""

    stored: int = 0  # new documents
    replaced: int = 0  # documents whose text changed
    recoded: int = 0  # documents stored with the same text by another coder, coded again
    unchanged: int = 0  # documents already stored with the same text (and coder)
    mentions: int = 0  # mentions written

    def add(self, other: BatchResult) -> None:
        self.stored += other.stored
        self.replaced += other.replaced
        self.recoded += other.recoded
        self.unchanged += other.unchanged
        self.mentions += other.mentions


@dataclass(frozen=True)
class StoredCoding:
    """What the store holds of a document: its text hash and the stamp of its coder (None: unknown)."""

    text_hash: str
    coder: str | None

    def is_current(self, text_digest: str, coder: str) -> bool:
        """The same text coded by ``coder``: nothing to do."""
        return self.text_hash == text_digest and self.coder == coder


def stored_codings(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> dict[str, StoredCoding]:
    """Text hash and coder stamp of each of ``doc_ids`` already stored."""
    if not doc_ids:
        return {}
    ids = pa.table({"doc_id": pa.array(list(doc_ids), pa.string())})
    con.register("_lookup_ids", ids)
    try:
        rows = con.execute(
            "SELECT d.doc_id, d.text_hash, d.coder FROM documents d SEMI JOIN _lookup_ids l USING (doc_id)"
        ).fetchall()
    finally:
        con.unregister("_lookup_ids")
    return {doc_id: StoredCoding(digest, coder) for doc_id, digest, coder in rows}


def _dedupe(coded: Iterable[tuple[Document, list[Event]]]) -> list[tuple[Document, list[Event]]]:
    """Keep the last version of each document id in the batch."""
    latest: dict[str, tuple[Document, list[Event]]] = {}
    for document, events in coded:
        latest.pop(document.id, None)
        latest[document.id] = (document, events)
    return list(latest.values())


#: Which incoming documents a batch writes: new ones, changed texts, and the same text by another
#: (known) coder; with ``recode_only``, only the last (a text changed meanwhile is left alone).
_RECODE = "d.text_hash = i.text_hash AND i.coder IS NOT NULL AND d.coder IS DISTINCT FROM i.coder"
_WRITTEN = f"d.doc_id IS NULL OR d.text_hash <> i.text_hash OR ({_RECODE})"


def _apply(con: duckdb.DuckDBPyConnection, recode_only: bool = False) -> BatchResult:
    """The SQL of one batch; ``_in_docs`` and ``_in_mentions`` are registered."""
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _batch_docs AS
        SELECT i.doc_id, d.doc_id IS NOT NULL AS replaced, coalesce(d.text_hash = i.text_hash, false) AS recoded,
               CASE WHEN d.text_hash = i.text_hash THEN d.ingested_at END AS kept_at
        FROM _in_docs i LEFT JOIN documents d USING (doc_id)
        WHERE {_RECODE if recode_only else _WRITTEN}
        """
    )
    row = con.execute(
        "SELECT count(*) FILTER (WHERE NOT replaced), count(*) FILTER (WHERE replaced AND NOT recoded), "
        "count(*) FILTER (WHERE recoded) FROM _batch_docs"
    ).fetchall()[0]
    stored, replaced, recoded = int(row[0]), int(row[1]), int(row[2])
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
        "INSERT INTO documents BY NAME SELECT i.*, coalesce(b.kept_at, now()::TIMESTAMP) AS ingested_at "
        "FROM _in_docs i JOIN _batch_docs b USING (doc_id)"
    )
    con.execute("INSERT INTO mentions BY NAME SELECT m.* FROM _in_mentions m SEMI JOIN _batch_docs USING (doc_id)")
    mentions = int(
        con.execute("SELECT count(*) FROM _in_mentions m SEMI JOIN _batch_docs USING (doc_id)").fetchall()[0][0]
    )
    refresh_events(con)
    return BatchResult(stored=stored, replaced=replaced, recoded=recoded, mentions=mentions)


def refresh_events(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the ``events`` rows of the keys in the temp table ``_batch_keys``."""
    con.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM _batch_keys)")
    con.execute(f"INSERT INTO events BY NAME {EVENTS_SELECT}")


def coded_tables(
    coded: Iterable[tuple[Document, list[Event]]], coder: str | None = None
) -> tuple[pa.Table, pa.Table]:
    """``documents`` and ``mentions`` rows of a batch (the last version of each document id).

    Built where the coding ran (a Dask worker, say), so only rows travel, not texts. The documents
    are stamped ``coder`` (default: the stamp of the coder in this process).
    """
    batch = _dedupe(coded)
    docs = documents_table(((document, len(events)) for document, events in batch), coder or coder_stamp())
    return docs, mentions_table(batch)


def write_staged(con: duckdb.DuckDBPyConnection, n_documents: int, recode_only: bool = False) -> BatchResult:
    """Apply the rows staged as ``_in_docs`` and ``_in_mentions`` (tables or views) in one transaction."""
    con.begin()
    try:
        result = _apply(con, recode_only)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    result.unchanged = n_documents - result.stored - result.replaced - result.recoded
    return result


def write_tables(
    con: duckdb.DuckDBPyConnection, docs: pa.Table, mentions: pa.Table, recode_only: bool = False
) -> BatchResult:
    """Store rows made by :func:`coded_tables` in one transaction; on any error nothing of them remains.

    ``recode_only`` writes only documents stored with the same text by another coder (``multipolar
    recode``: a text replaced meanwhile by an ingest is left as it is)."""
    if docs.num_rows == 0:
        return BatchResult()
    con.register("_in_docs", docs)
    con.register("_in_mentions", mentions)
    try:
        return write_staged(con, docs.num_rows, recode_only)
    finally:
        for name in ("_in_docs", "_in_mentions"):
            con.unregister(name)


def write_batch(
    con: duckdb.DuckDBPyConnection,
    coded: Iterable[tuple[Document, list[Event]]],
    coder: str | None = None,
    recode_only: bool = False,
) -> BatchResult:
    """Store coded documents (stamped ``coder``, default this process's) in one transaction; on any
    error nothing of the batch remains."""
    return write_tables(con, *coded_tables(coded, coder), recode_only=recode_only)
