"""Coder stamps in the store: ingest recodes what another coder coded, ``recode`` does it from stored
texts, older databases open with their codings' coder unknown. An upgrade is simulated by
monkeypatching the stamp (``multipolar.coder_stamp._stamp_for``) or by rewriting the stored one."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyarrow as pa
import pytest

from multipolar import coder_stamp
from multipolar.analysis.coders import coders
from multipolar.analysis.documents import document
from multipolar.records import Document, Event
from multipolar.store import writer
from multipolar.store.database import SCHEMA_VERSION, open_db, schema_version
from multipolar.store.ingest import ingest
from multipolar.store.recode import recode
from tests.store.factory import make_doc, make_event

OLD, NEW = "0.0.9+0123456789ab", "0.2.0+ba9876543210"


class VersionedCoder:
    """Codes every document RUS-CHN with ``cameo`` (an old coder says 042, a new one 043)."""

    def __init__(self, cameo: str = "042") -> None:
        self.cameo = cameo
        self.seen: list[Document] = []

    def __call__(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        for doc in documents:
            self.seen.append(doc)
            yield doc, [make_event(doc.id, "RUS", "CHN", self.cameo, date=None)]


@pytest.fixture
def coder_is(monkeypatch):
    """Switch the coder stamp this process reports (an installed upgrade)."""

    def switch(stamp: str) -> None:
        monkeypatch.setattr(coder_stamp, "_stamp_for", lambda setting: stamp)

    return switch


def documents(n: int = 3) -> list[Document]:
    return [make_doc(f"d{i}", publisher=f"P{i}") for i in range(n)]


def stored(con) -> list[tuple[str, str | None, str]]:
    return con.execute("SELECT d.doc_id, d.coder, string_agg(m.cameo, ',') FROM documents d "
                       "LEFT JOIN mentions m USING (doc_id) GROUP BY ALL ORDER BY doc_id").fetchall()


def event_codes(con) -> list[tuple[str, int]]:
    return con.execute("SELECT cameo, num_documents FROM events ORDER BY cameo").fetchall()


def test_ingest_stamps_each_document_with_the_current_coder(tmp_path):
    con = open_db(tmp_path / "db.duckdb")
    ingest(con, documents(2), VersionedCoder(), report=lambda line: None)
    assert {row[1] for row in stored(con)} == {coder_stamp.coder_stamp()}
    assert coders(con)["documents_current"] == 2


def test_ingest_after_an_upgrade_recodes_unchanged_texts(tmp_path, coder_is):
    con = open_db(tmp_path / "db.duckdb")
    coder_is(OLD)
    ingest(con, documents(), VersionedCoder("042"), report=lambda line: None)
    first_seen = dict(con.execute("SELECT doc_id, ingested_at FROM documents").fetchall())
    coder_is(NEW)
    new_coder = VersionedCoder("043")
    stats = ingest(con, documents(), new_coder, batch_size=2, report=lambda line: None)
    assert (stats.read, stats.recoded, stats.stored, stats.replaced, stats.skipped) == (3, 3, 0, 0, 0)
    assert "3 recoded, 0 unchanged" in stats.summary()
    assert stored(con) == [(f"d{i}", NEW, "043") for i in range(3)]
    assert event_codes(con) == [("043", 3)]  # the old coder's events are gone, not mixed in
    assert dict(con.execute("SELECT doc_id, ingested_at FROM documents").fetchall()) == first_seen
    again = ingest(con, documents(), new_coder, report=lambda line: None)
    assert (again.skipped, again.recoded) == (3, 0) and len(new_coder.seen) == 3


def test_no_recode_keeps_other_coders_codings_and_says_so(tmp_path, coder_is):
    con = open_db(tmp_path / "db.duckdb")
    coder_is(OLD)
    ingest(con, documents(2), VersionedCoder("042"), report=lambda line: None)
    coder_is(NEW)
    stats = ingest(con, [*documents(2), make_doc("fresh")], VersionedCoder("043"), recode=False,
                   report=lambda line: None)
    assert (stats.kept, stats.recoded, stats.stored) == (2, 0, 1)
    assert "2 coded by an older or unknown coder kept as they are" in stats.summary()
    assert stored(con) == [("d0", OLD, "042"), ("d1", OLD, "042"), ("fresh", NEW, "043")]


def test_recode_codes_stale_documents_from_their_stored_texts(tmp_path, coder_is):
    con = open_db(tmp_path / "db.duckdb")
    coder_is(OLD)
    originals = documents()
    ingest(con, originals, VersionedCoder("042"), report=lambda line: None)
    coder_is(NEW)
    new_coder = VersionedCoder("043")
    stats = recode(con, new_coder, batch_size=2, report=lambda line: None)
    assert (stats.read, stats.recoded, stats.failed_batches) == (3, 3, 0)
    assert stats.recode_summary().startswith("3 documents coded by another or an unknown coder: 3 recoded")
    # the coder saw the documents as they were read: text, date, title, publisher, url, origin
    assert new_coder.seen == originals
    assert stored(con) == [(f"d{i}", NEW, "043") for i in range(3)]
    assert recode(con, new_coder, report=lambda line: None).read == 0  # nothing left to do


def test_recode_reports_a_failed_batch_keeps_its_codings_and_a_rerun_finishes(tmp_path, coder_is, monkeypatch):
    con = open_db(tmp_path / "db.duckdb")
    coder_is(OLD)
    ingest(con, documents(), VersionedCoder("042"), report=lambda line: None)
    coder_is(NEW)
    real = writer._apply

    def failing_d1(connection, *args):
        if ("d1",) in connection.execute("SELECT doc_id FROM _in_docs").fetchall():
            raise RuntimeError("disk full")
        return real(connection, *args)

    monkeypatch.setattr(writer, "_apply", failing_d1)
    lines: list[str] = []
    stats = recode(con, VersionedCoder("043"), batch_size=1, report=lines.append)
    assert (stats.recoded, stats.failed_batches, stats.failed_documents) == (2, 1, 1)
    assert lines == ["error: batch d1 .. d1 (1 documents) not stored: disk full"]
    assert "1 batches (1 documents) NOT stored" in stats.recode_summary()
    assert stored(con) == [("d0", NEW, "043"), ("d1", OLD, "042"), ("d2", NEW, "043")]  # d1 as it was
    monkeypatch.setattr(writer, "_apply", real)
    rerun = recode(con, VersionedCoder("043"), report=lambda line: None)
    assert (rerun.read, rerun.recoded) == (1, 1)
    assert coders(con)["documents_current"] == 3


def test_recoding_never_overwrites_a_text_replaced_meanwhile(tmp_path, coder_is):
    con = open_db(tmp_path / "db.duckdb")
    coder_is(OLD)
    ingest(con, [make_doc("a", text="first text")], VersionedCoder("042"), report=lambda line: None)
    con.execute("UPDATE documents SET text_hash = 'changed by another ingest'")  # after recode read it
    result = writer.write_batch(con, [(make_doc("a", text="first text"), [])], NEW, recode_only=True)
    assert (result.recoded, result.unchanged) == (0, 1)
    assert stored(con) == [("a", OLD, "042")]


def test_rows_of_an_unknown_coder_never_recode_a_stored_text(tmp_path):
    con = open_db(tmp_path / "db.duckdb")
    doc = make_doc("a")
    writer.write_batch(con, [(doc, [make_event("a", "RUS", "CHN", "042")])], NEW)
    docs, mentions = writer.coded_tables([(doc, [])], NEW)
    unknown = docs.set_column(docs.schema.get_field_index("coder"), "coder", pa.array([None], pa.string()))
    assert writer.write_tables(con, unknown, mentions).unchanged == 1
    assert stored(con) == [("a", NEW, "042")]


def older_database(path) -> None:
    """A database as schema version 2 left it: no ``documents.coder`` column."""
    con = open_db(path)
    writer.write_batch(con, [(make_doc("old"), [make_event("old", "RUS", "CHN", "042")])])
    con.execute("ALTER TABLE documents DROP COLUMN coder")
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()


def test_an_older_database_is_read_as_it_is_and_migrated_when_written(tmp_path):
    path = tmp_path / "v2.duckdb"
    older_database(path)
    reader = open_db(path, read_only=True)
    assert schema_version(reader) == "2"
    assert coders(reader)["documents_unknown"] == 1  # read as it is: coder unknown
    assert document(reader, "old")["coder"] is None
    reader.close()
    con = open_db(path)
    assert schema_version(con) == SCHEMA_VERSION
    assert stored(con) == [("old", None, "042")]  # nothing lost, coder unknown
    stats = ingest(con, [make_doc("old")], VersionedCoder("043"), report=lambda line: None)
    assert stats.recoded == 1 and stored(con) == [("old", coder_stamp.coder_stamp(), "043")]


@pytest.mark.slow
def test_recoding_stored_texts_with_the_pipeline_reproduces_the_ingest(tmp_path):
    from multipolar.api import code_documents
    from multipolar.nlp.pipeline import PipelineConfig
    from multipolar.records import Document

    def pipeline(docs):
        return code_documents(docs, PipelineConfig(n_process=1))

    texts = [Document("a", "MOSCOW, March 21, 2023 - Russia and China signed an energy agreement.", origin="f:1"),
             Document("b", "President Trump met Kim Jong Un in Hanoi.", date="2019-02-27", publisher="W"),
             Document("c", "India accused Pakistan of shelling border posts.", title="Border", url="https://x.org/c")]
    con = open_db(tmp_path / "db.duckdb")
    ingest(con, texts, pipeline, report=lambda line: None)

    def snapshot():
        return {table: con.execute(f"SELECT * {skip} FROM {table} ORDER BY ALL").fetchall()  # ingested_at kept too
                for table, skip in (("documents", ""), ("mentions", ""), ("events", "EXCLUDE (date_added)"))}

    before = snapshot()
    assert before["mentions"]
    con.execute("UPDATE documents SET coder = NULL")
    assert recode(con, pipeline, report=lambda line: None).recoded == 3
    assert snapshot() == before
