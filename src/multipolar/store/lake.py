"""The event lake: the store's tables as a hive-partitioned Parquet dataset that DuckDB, Dask,
Spark and pandas read directly.

Layout of a lake directory::

    lake.json                          format, store schema version, partition column
    documents/ mentions/ events/       compacted datasets (``<column>=<value>/data_0.parquet``)
    _parts/documents/part-*.parquet    raw parts written by ``multipolar ingest --lake``, one per
    _parts/mentions/part-*.parquet     batch, not yet grouped into events

A raw part is written under a temporary name and renamed into place (mentions first, then the
documents file, which marks the part complete), so readers never see half a part and a batch
written twice (a retried task) replaces its own part. ``compact`` and ``load`` group mentions
into events with the store's own batch logic (:func:`multipolar.store.writer.write_staged`):
a lake compacts to exactly the rows a direct ingest would have stored.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from enum import StrEnum
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from multipolar.store.database import MIGRATIONS, SCHEMA_VERSION, StoreError, open_db
from multipolar.store.writer import BatchResult, write_staged

LAKE_FORMAT = 1
LAKE_TABLES = ("documents", "mentions", "events")
PARTS = "_parts"
META = "lake.json"


class PartitionBy(StrEnum):
    date = "date"
    source = "source"
    root = "root"


def _sql_path(path: Path | str) -> str:
    return str(path).replace("'", "''")


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    """(name, type) of a store table's columns, in order."""
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return [(str(name), str(kind)) for name, kind in rows]


def read_meta(lake: Path) -> dict[str, object]:
    """The lake's ``lake.json``; :class:`StoreError` when ``lake`` is no lake of this schema version (or
    of an older one that can be read: its missing columns read as NULL, ``documents.coder`` say)."""
    path = Path(lake) / META
    if not path.is_file():
        raise StoreError(f"{lake} is not a multipolar event lake (no {META})")
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise StoreError(f"cannot read {path}: {exc}") from None
    if str(meta.get("schema_version")) != SCHEMA_VERSION and str(meta.get("schema_version")) not in MIGRATIONS:
        raise StoreError(
            f"{lake} holds store schema version {meta.get('schema_version')!r}, this multipolar needs "
            f"{SCHEMA_VERSION!r}; write a new lake"
        )
    return dict(meta)


def init_lake(lake: Path, partition_by: PartitionBy | None = None) -> dict[str, object]:
    """Create ``lake`` (or check an existing one) and return its metadata."""
    lake = Path(lake)
    if (lake / META).is_file():
        meta = read_meta(lake)
        changed = dict(meta, schema_version=SCHEMA_VERSION)  # parts written from now on have every column
        if partition_by is not None:
            changed["partition_by"] = str(partition_by)
        if changed != meta:
            _write_meta(lake, changed)
        return changed
    if lake.exists() and any(lake.iterdir()):
        raise StoreError(f"{lake} exists and is not a multipolar event lake; choose an empty or new directory")
    meta = {"format": LAKE_FORMAT, "schema_version": SCHEMA_VERSION, "partition_by": str(partition_by or "date")}
    (lake / PARTS / "documents").mkdir(parents=True, exist_ok=True)
    (lake / PARTS / "mentions").mkdir(parents=True, exist_ok=True)
    _write_meta(lake, meta)
    return meta


def _write_meta(lake: Path, meta: dict[str, object]) -> None:
    tmp = lake / f".{META}.{uuid.uuid4().hex}"
    tmp.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, lake / META)


def write_part(lake: Path, name: str, docs: pa.Table, mentions: pa.Table) -> None:
    """Write one batch's rows as raw part ``name`` (atomic rename; a rewrite replaces the part)."""
    lake = Path(lake)
    for table, rows in (("mentions", mentions), ("documents", docs)):  # documents last: the commit mark
        folder = lake / PARTS / table
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{name}.{uuid.uuid4().hex}.tmp"
        pq.write_table(rows, tmp)
        os.replace(tmp, folder / f"{name}.parquet")


def pending_parts(lake: Path) -> list[str]:
    """Names of the complete raw parts, oldest first (part names sort by time of the run)."""
    folder = Path(lake) / PARTS / "documents"
    if not folder.is_dir():
        return []
    names = sorted(p.stem for p in folder.glob("part-*.parquet"))
    return [name for name in names if (Path(lake) / PARTS / "mentions" / f"{name}.parquet").is_file()]


def _aligned(con: duckdb.DuckDBPyConnection, columns: list[tuple[str, str]], source: str) -> str:
    """``SELECT`` of ``columns`` (name, type) from ``source``; those ``source`` lacks (a lake written under
    an older schema version) read as NULL."""
    present = {str(row[0]) for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    names = [name if name in present else f"NULL::{kind} AS {name}" for name, kind in columns]
    return f"SELECT {', '.join(names)} FROM {source}"


def _stage_parts(con: duckdb.DuckDBPyConnection, lake: Path, names: list[str]) -> None:
    """Views ``_in_docs``/``_in_mentions`` over raw parts; the newest version of a document wins."""
    docs = ", ".join(f"'{_sql_path(lake / PARTS / 'documents' / f'{n}.parquet')}'" for n in names)
    mentions = ", ".join(f"'{_sql_path(lake / PARTS / 'mentions' / f'{n}.parquet')}'" for n in names)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _lake_docs AS
        SELECT * EXCLUDE (filename), parse_filename(filename, true) AS part
        FROM read_parquet([{docs}], filename = true, union_by_name = true)
        QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY filename DESC) = 1
        """
    )
    columns = [(name, kind) for name, kind in table_columns(con, "documents") if name != "ingested_at"]
    con.execute(f"CREATE OR REPLACE TEMP VIEW _in_docs AS {_aligned(con, columns, '_lake_docs')}")
    con.execute(
        f"""
        CREATE OR REPLACE TEMP VIEW _in_mentions AS
        SELECT m.* EXCLUDE (filename)
        FROM read_parquet([{mentions}], filename = true, union_by_name = true) m
        SEMI JOIN _lake_docs d ON d.doc_id = m.doc_id AND d.part = parse_filename(m.filename, true)
        """
    )


def _stage_dataset(con: duckdb.DuckDBPyConnection, lake: Path) -> bool:
    """Views ``_in_docs``/``_in_mentions`` over the compacted datasets; False when there are none."""
    if not any((Path(lake) / "documents").glob("**/*.parquet")):
        return False
    for view, table in (("_in_docs", "documents"), ("_in_mentions", "mentions")):
        columns = [(name, kind) for name, kind in table_columns(con, table) if name != "ingested_at"]
        con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS {_aligned(con, columns, dataset_scan(con, lake, table))}")
    return True


def _drop_staged(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DROP VIEW IF EXISTS _in_docs")
    con.execute("DROP VIEW IF EXISTS _in_mentions")
    con.execute("DROP TABLE IF EXISTS _lake_docs")


def load_into(con: duckdb.DuckDBPyConnection, lake: Path) -> tuple[BatchResult, list[str]]:
    """Apply the lake (compacted datasets, then raw parts) to the store ``con`` with the store's logic.

    Returns what was written and the names of the raw parts applied.
    """
    lake = Path(lake)
    read_meta(lake)
    total = BatchResult()
    names = pending_parts(lake)
    try:
        if _stage_dataset(con, lake):
            total.add(write_staged(con, _count(con)))
        if names:
            _stage_parts(con, lake, names)
            total.add(write_staged(con, _count(con)))
    finally:
        _drop_staged(con)
    return total, names


def _count(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute("SELECT count(*) FROM _in_docs").fetchall()[0][0])


def _scan(columns: list[tuple[str, str]], lake: Path, table: str) -> str:
    """A ``read_parquet`` over a compacted dataset, its hive partition column typed as in the store."""
    partition = str(read_meta(lake).get("partition_by"))
    kinds = dict(columns)
    pattern = _sql_path(Path(lake) / table / "**" / "*.parquet")
    if partition in kinds and any(p.name.startswith(f"{partition}=") for p in (Path(lake) / table).iterdir()):
        options = f"hive_partitioning = true, hive_types = {{'{partition}': '{kinds[partition]}'}}"
    else:  # written whole: no partition column in the paths
        options = "hive_partitioning = false"
    return f"read_parquet('{pattern}', {options}, union_by_name = true)"


def dataset_scan(con: duckdb.DuckDBPyConnection, lake: Path, table: str) -> str:
    """:func:`_scan` with the columns of ``table`` in the store ``con``."""
    return _scan(table_columns(con, table), lake, table)


def open_lake(lake: Path | str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose ``documents``, ``mentions`` and ``events`` are views over a compacted lake.

    The analysis queries run on it unchanged. Raw parts not compacted yet are not visible.
    """
    lake = Path(lake)
    read_meta(lake)
    if not any((lake / "events").glob("**/*.parquet")):
        raise StoreError(f"{lake} has no compacted events yet (run `multipolar lake compact {lake}`)")
    schema = open_db(":memory:")
    try:
        columns = {table: table_columns(schema, table) for table in LAKE_TABLES}
    finally:
        schema.close()
    con = duckdb.connect(":memory:")
    try:
        con.execute("SET parquet_metadata_cache = true")  # repeated queries skip re-reading file footers
        for table in LAKE_TABLES:
            con.execute(f"CREATE VIEW {table} AS {_aligned(con, columns[table], _scan(columns[table], lake, table))}")
    except Exception:
        con.close()
        raise
    return con


def write_dataset(con: duckdb.DuckDBPyConnection, output: Path, partition_by: PartitionBy) -> dict[str, int]:
    """Write the store's three tables under ``output`` as hive-partitioned Parquet; rows per table.

    A table without the partition column (``documents`` for ``source``/``root``) is written whole.
    """
    output = Path(output)
    counts: dict[str, int] = {}
    order = {"events": "date, source, target, cameo, event_id", "mentions": "date, source, target, doc_id, "
             "mention_index", "documents": "date, doc_id"}
    for table in LAKE_TABLES:
        folder = output / table
        folder.mkdir(parents=True, exist_ok=True)
        names = [name for name, _ in table_columns(con, table)]
        n = int(con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
        counts[table] = n
        select = f"SELECT * FROM {table} ORDER BY {order[table]}"
        if partition_by in names and n:
            con.execute(f"COPY ({select}) TO '{_sql_path(folder)}' "
                        f"(FORMAT parquet, PARTITION_BY ({partition_by}), OVERWRITE_OR_IGNORE)")
        else:
            con.execute(f"COPY ({select}) TO '{_sql_path(folder / 'data_0.parquet')}' (FORMAT parquet)")
    return counts


def export_lake(con: duckdb.DuckDBPyConnection, output: Path, partition_by: PartitionBy) -> dict[str, int]:
    """A new lake at ``output`` holding the store ``con`` (``multipolar export --partition-by``)."""
    output = Path(output)
    if output.exists() and any(output.iterdir()):
        raise StoreError(f"{output} exists and is not empty; export a lake into a new directory")
    init_lake(output, partition_by)
    return write_dataset(con, output, partition_by)


def compact(lake: Path, partition_by: PartitionBy | None = None) -> tuple[BatchResult, dict[str, int]]:
    """Group the raw parts (and the compacted datasets) into events and rewrite the three datasets.

    The work happens in a DuckDB file inside the lake with the store's own logic; the new datasets
    replace the old ones by renames, and only then are the applied raw parts deleted (a crash before
    that leaves them to be applied again, which changes nothing: stored documents are unchanged).
    """
    lake = Path(lake)
    meta = read_meta(lake)
    chosen = PartitionBy(partition_by or str(meta.get("partition_by") or "date"))
    work = lake / f".compact-{uuid.uuid4().hex}"
    work.mkdir()
    try:
        con = open_db(work / "store.duckdb")
        try:
            result, names = load_into(con, lake)
            counts = write_dataset(con, work / "new", chosen)
        finally:
            con.close()
        for table in LAKE_TABLES:
            old = lake / table
            if old.exists():
                os.replace(old, work / f"old-{table}")
            os.replace(work / "new" / table, old)
        for name in names:
            for table in ("documents", "mentions"):
                (lake / PARTS / table / f"{name}.parquet").unlink(missing_ok=True)
        if chosen != meta.get("partition_by"):
            meta["partition_by"] = str(chosen)
            _write_meta(lake, meta)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return result, counts


def load(lake: Path, db: Path | str) -> BatchResult:
    """Load a lake (compacted and raw parts) into the DuckDB store ``db`` (created when new)."""
    con = open_db(db)
    try:
        result, _names = load_into(con, Path(lake))
    finally:
        con.close()
    return result
