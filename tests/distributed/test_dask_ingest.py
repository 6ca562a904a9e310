"""``--scheduler``: a Dask run stores what a local ingest stores, survives a killed worker, fills a lake."""

from __future__ import annotations

import json
import os
import signal
from datetime import date

import pytest

from multipolar.store import lake
from multipolar.store.database import open_db
from multipolar.workflow.ingest import ingest_paths
from tests.distributed.conftest import write_inputs
from tests.distributed.fakes import fake_code, fake_factory

pytest.importorskip("distributed")

from multipolar.distributed.ingest import dask_ingest

TIMESTAMPS = {"documents": "ingested_at", "events": "date_added"}


def rows(con, table):
    order = {"documents": "doc_id", "mentions": "doc_id, mention_index", "events": "event_id"}[table]
    skip = TIMESTAMPS.get(table)
    return con.execute(f"SELECT * EXCLUDE ({skip}) FROM {table} ORDER BY {order}" if skip else
                       f"SELECT * FROM {table} ORDER BY {order}").fetchall()


def assert_same(con, other):
    for table in ("documents", "mentions", "events"):
        assert rows(con, table) == rows(other, table), table


def local_store(tmp_path, paths):
    con = open_db(tmp_path / "local.duckdb")
    stats = ingest_paths(con, paths, fake_code, batch_size=4, report=lambda line: None)
    return con, stats


def test_same_store_counts_and_errors_as_a_local_ingest(tmp_path, client):
    paths = write_inputs(tmp_path / "in")
    local, local_stats = local_store(tmp_path, paths)
    con = open_db(tmp_path / "dask.duckdb")
    lines: list[str] = []
    stats = dask_ingest(client, paths, fake_factory(), con=con, batch_size=4, report=lines.append)
    assert_same(con, local)
    assert stats.summary() == local_stats.summary()
    assert lines == [f"error: {paths[0]}:4: malformed JSON (Expecting property name enclosed in double quotes)",
                     f"warning: {paths[0]}:7: id 'd001' repeats line 2 with a different text: "
                     "kept as a new version 'd001~2'"]  # the reading rules, as a local ingest applies them
    # again: what is stored unchanged is skipped, as a local re-ingest skips it
    again = dask_ingest(client, paths, fake_factory(), con=con, batch_size=4, report=lines.append)
    local_again = ingest_paths(local, paths, fake_code, batch_size=4, report=lambda line: None)
    assert again.summary() == local_again.summary()
    assert again.skipped == 15  # both versions of the repeated id are stored, so all are unchanged
    assert_same(con, local)
    con.close()
    local.close()


def test_documents_of_another_coder_are_recoded_as_a_local_ingest_recodes_them(tmp_path, client):
    paths = write_inputs(tmp_path / "in")
    local, _ = local_store(tmp_path, paths)
    con = open_db(tmp_path / "dask.duckdb")
    dask_ingest(client, paths, fake_factory(), con=con, batch_size=4, report=lambda line: None)
    assert_same(con, local)  # the workers stamp their rows as this process stamps its own
    for store in (con, local):  # an older coder filled both stores
        store.execute("UPDATE documents SET coder = '0.0.9+0123456789ab' WHERE doc_id < 'd005'")
    kept = dask_ingest(client, paths, fake_factory(), con=con, batch_size=4, report=lambda line: None,
                       recode=False)
    assert (kept.kept, kept.recoded, kept.skipped) == (8, 0, 7)  # d000..d004, d001~2, a.txt, b.txt
    stats = dask_ingest(client, paths, fake_factory(), con=con, batch_size=4, report=lambda line: None)
    local_stats = ingest_paths(local, paths, fake_code, batch_size=4, report=lambda line: None)
    assert (stats.recoded, stats.skipped) == (8, 7)
    assert stats.summary() == local_stats.summary()
    assert_same(con, local)
    con.close()
    local.close()


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_and_repeats_nothing(tmp_path, client):
    paths = write_inputs(tmp_path / "in", n=40, bad_line=False)
    local, _ = local_store(tmp_path, paths)
    pids = list(client.run(os.getpid).values())
    killed: list[int] = []

    def kill_once(stats):
        if stats.coded >= 4 and not killed:
            killed.append(pids[0])
            os.kill(pids[0], signal.SIGKILL)

    con = open_db(tmp_path / "dask.duckdb")
    stats = dask_ingest(client, paths, fake_factory(delay=0.05), con=con, batch_size=2, progress=kill_once,
                        report=lambda line: None)
    assert killed
    assert (stats.failed_batches, stats.read) == (0, 43)
    assert_same(con, local)
    con.close()
    local.close()
    client.wait_for_workers(2, timeout=60)


def test_workers_write_lake_parts_that_compact_and_load_to_the_same_store(tmp_path, client):
    paths = write_inputs(tmp_path / "in")
    local, _ = local_store(tmp_path, paths)
    root = tmp_path / "lake"
    stats = dask_ingest(client, paths, fake_factory(), lake_dir=root, batch_size=4, report=lambda line: None)
    assert stats.coded == 15 and len(lake.pending_parts(root)) == 5
    loaded = open_db(tmp_path / "loaded.duckdb")
    lake.load_into(loaded, root)
    assert_same(loaded, local)
    lake.compact(root)
    view = lake.open_lake(root)
    assert_same(view, local)
    view.close()
    loaded.close()
    local.close()


SENTENCES = [
    "MOSCOW, March 21, 2023 - Russia and China signed an energy agreement on Tuesday.",
    "India accused Pakistan of shelling border posts, and Pakistan denied the charge.",
    "The United States imposed new sanctions on Iran. Iran condemned the decision.",
    "France will not send troops to Mali, the minister said.",
    "Japan and South Korea held talks in Tokyo on trade.",
    "Turkish forces attacked Kurdish positions in northern Syria.",
]


@pytest.mark.slow
def test_the_real_pipeline_on_workers_codes_what_it_codes_here(tmp_path, client):
    from multipolar.distributed.worker import pipeline_coder
    from multipolar.workflow.ingest import document_coder

    feed = tmp_path / "news.jsonl"
    feed.write_text("".join(
        json.dumps({"id": f"n{i}", "text": text, "date": "2023-03-21", "publisher": f"W{i % 2}"}) + "\n"
        for i, text in enumerate(SENTENCES)), encoding="utf-8")
    here = open_db(tmp_path / "here.duckdb")
    ingest_paths(here, [str(feed)], document_coder(1), batch_size=2, report=lambda line: None)
    there = open_db(tmp_path / "there.duckdb")
    stats = dask_ingest(client, [str(feed)], pipeline_coder, con=there, batch_size=2, report=lambda line: None)
    assert stats.events > 0 and stats.failed_batches == 0
    assert_same(there, here)
    here.close()
    there.close()


def test_date_and_max_doc_chars_apply_as_in_a_local_ingest(tmp_path, client):
    paths = write_inputs(tmp_path / "in")
    options = {"default_date": "2020-02-02", "max_doc_chars": 20}  # two documents are longer
    local, local_lines = open_db(tmp_path / "local.duckdb"), []
    local_stats = ingest_paths(local, paths, fake_code, batch_size=4, report=local_lines.append, **options)
    con, lines = open_db(tmp_path / "dask.duckdb"), []
    stats = dask_ingest(client, paths, fake_factory(), con=con, batch_size=4, report=lines.append, **options)
    assert_same(con, local)
    assert stats.summary() == local_stats.summary()
    assert "2 over --max-doc-chars not coded" in stats.summary()
    assert lines == local_lines
    assert con.execute("SELECT date FROM documents WHERE doc_id = 'b.txt'").fetchone() == (date(2020, 2, 2),)
    con.close()
    local.close()
