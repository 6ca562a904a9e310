"""Coder stamps in the event lake: parts carry them, a newer coder's part recodes a compacted document,
and a lake written before stamps (schema version 2: no ``documents.coder``) still compacts, loads and reads."""

from __future__ import annotations

import json

import pyarrow.parquet as pq

from multipolar.analysis.actors import overview
from multipolar.store import lake
from multipolar.store.database import SCHEMA_VERSION, open_db
from multipolar.store.writer import coded_tables
from tests.store.factory import make_doc, make_event

OLD, NEW = "0.0.9+0123456789ab", "0.2.0+ba9876543210"


def coded(doc_id, cameo):
    return make_doc(doc_id), [make_event(doc_id, "RUS", "CHN", cameo, date=None)]


def documents_of(con):
    return con.execute("SELECT d.doc_id, d.coder, m.cameo FROM documents d JOIN mentions m USING (doc_id) "
                       "ORDER BY doc_id").fetchall()


def test_a_newer_coders_part_recodes_the_compacted_document(tmp_path):
    root = tmp_path / "lake"
    lake.init_lake(root)
    lake.write_part(root, "part-run1-000000", *coded_tables([coded("a", "042"), coded("b", "042")], OLD))
    lake.compact(root)
    lake.write_part(root, "part-run2-000000", *coded_tables([coded("a", "043")], NEW))
    result, _ = lake.compact(root)
    assert (result.stored, result.recoded) == (2, 1)  # the compacted dataset, then the part over it
    view = lake.open_lake(root)
    assert documents_of(view) == [("a", NEW, "043"), ("b", OLD, "042")]
    assert overview(view)["coders"]["documents_other"] == 2  # neither is this process's coder
    view.close()


def older_lake(root) -> None:
    """A lake as schema version 2 wrote it: parts and compacted datasets without ``documents.coder``."""
    lake.init_lake(root)
    lake.write_part(root, "part-run1-000000", *coded_tables([coded("a", "042")], OLD))
    lake.compact(root)
    lake.write_part(root, "part-run1-000001", *coded_tables([coded("b", "042")], OLD))
    for path in [*(root / "documents").rglob("*.parquet"), *(root / lake.PARTS / "documents").glob("*.parquet")]:
        pq.write_table(pq.read_table(path).drop_columns(["coder"]), path)
    meta = json.loads((root / lake.META).read_text())
    (root / lake.META).write_text(json.dumps(dict(meta, schema_version="2")))


def test_a_lake_written_before_stamps_loads_compacts_and_reads(tmp_path):
    root = tmp_path / "lake"
    older_lake(root)
    loaded = tmp_path / "loaded.duckdb"
    assert lake.load(root, loaded).stored == 2
    with open_db(loaded, read_only=True) as con:
        assert documents_of(con) == [("a", None, "042"), ("b", None, "042")]  # coder unknown
    lake.write_part(root, "part-run2-000000", *coded_tables([coded("c", "043")], NEW))  # a newer writer
    assert lake.read_meta(root)["schema_version"] == "2"
    lake.init_lake(root)  # as an ingest --lake does: from now on parts carry every column
    assert lake.read_meta(root)["schema_version"] == SCHEMA_VERSION
    lake.compact(root)
    view = lake.open_lake(root)
    assert documents_of(view) == [("a", None, "042"), ("b", None, "042"), ("c", NEW, "043")]
    assert overview(view)["coders"]["documents_unknown"] == 2
    view.close()
