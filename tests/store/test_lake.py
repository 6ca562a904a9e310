"""The Parquet event lake: export, raw parts, compaction and loading give the store's own rows."""

from __future__ import annotations

import duckdb
import pyarrow.dataset as ds
import pytest

from multipolar.analysis.dyad import dyad
from multipolar.analysis.relations import relations
from multipolar.store import lake
from multipolar.store.database import StoreError, open_db
from multipolar.store.writer import coded_tables, write_batch
from tests.store.factory import make_doc, make_event

#: Columns that record when a row was written, not what it holds.
TIMESTAMPS = {"documents": "ingested_at", "events": "date_added"}


def coded(doc_id, text="", publisher="Wire", date="2024-05-16"):
    events = [make_event(doc_id, "RUS", "CHN", "042", date=None, publisher=None)]
    if "WAR" in text:
        events.append(make_event(doc_id, "RUS", "UKR", "190", date="2024-05-17", sentence_index=1))
    if "DENY" in text:
        events.append(make_event(doc_id, "CHN", "USA", "112", date=None, negated=True))
    return make_doc(doc_id, text=text or f"text of {doc_id}", publisher=publisher, date=date), events


BATCHES = [
    [coded("a", publisher="P1"), coded("b", "WAR", publisher="P2")],
    [coded("c", "WAR DENY", date="2024-06-01"), coded("d", date=None)],
    [coded("b", "WAR again", publisher="P3"), coded("e", "DENY")],  # b changes: replaced
]


def rows(con, table):
    order = {"documents": "doc_id", "mentions": "doc_id, mention_index", "events": "event_id"}[table]
    skip = TIMESTAMPS.get(table)
    select = f"SELECT * EXCLUDE ({skip})" if skip else "SELECT *"
    return con.execute(f"{select} FROM {table} ORDER BY {order}").fetchall()


def direct_store(tmp_path):
    con = open_db(tmp_path / "direct.duckdb")
    for batch in BATCHES:
        write_batch(con, batch)
    return con


def write_parts(root, batches, run="run1", first=0):
    lake.init_lake(root)
    for seq, batch in enumerate(batches, start=first):
        lake.write_part(root, f"part-{run}-{seq:06d}", *coded_tables(batch))


def assert_same_store(con, other):
    for table in lake.LAKE_TABLES:
        assert rows(con, table) == rows(other, table), table


def test_parts_compact_and_load_give_the_direct_store(tmp_path):
    direct = direct_store(tmp_path)
    root = tmp_path / "lake"
    write_parts(root, BATCHES)
    assert len(lake.pending_parts(root)) == 3
    loaded = tmp_path / "loaded.duckdb"
    lake.load(root, loaded)
    with open_db(loaded, read_only=True) as con:
        assert_same_store(con, direct)
    _result, counts = lake.compact(root)
    assert lake.pending_parts(root) == []
    assert counts["documents"] == 5 and counts["events"] == rows(direct, "events").__len__()
    again = tmp_path / "again.duckdb"
    lake.load(root, again)
    with open_db(again, read_only=True) as con:
        assert_same_store(con, direct)
    view = lake.open_lake(root)
    assert_same_store(view, direct)
    assert dyad(view, "RUS", "CHN").equals(dyad(direct, "RUS", "CHN"))
    assert relations(view, "RUS", "UKR") == relations(direct, "RUS", "UKR")
    view.close()
    direct.close()


def test_a_part_written_twice_and_later_parts_compact_incrementally(tmp_path):
    direct = direct_store(tmp_path)
    root = tmp_path / "lake"
    write_parts(root, BATCHES[:2])
    write_parts(root, BATCHES[1:2], first=1)  # a retried batch rewrites its own part: no duplicate
    lake.compact(root)
    write_parts(root, BATCHES[2:], run="run2", first=2)
    lake.compact(root)
    view = lake.open_lake(root)
    assert_same_store(view, direct)
    view.close()
    direct.close()


@pytest.mark.parametrize("column", list(lake.PartitionBy))
def test_export_is_hive_partitioned_and_readable_elsewhere(tmp_path, column):
    direct = direct_store(tmp_path)
    out = tmp_path / f"by-{column}"
    counts = lake.export_lake(direct, out, lake.PartitionBy(column))
    assert counts["mentions"] == len(rows(direct, "mentions"))
    assert any(p.name.startswith(f"{column}=") for p in (out / "events").iterdir())
    arrow = ds.dataset(out / "events", format="parquet", partitioning="hive").to_table()
    assert arrow.num_rows == counts["events"]
    plain = duckdb.connect()
    stored = plain.execute(f"SELECT count(*) FROM read_parquet('{out}/mentions/**/*.parquet', hive_partitioning=1)")
    assert stored.fetchall()[0][0] == counts["mentions"]
    view = lake.open_lake(out)
    assert_same_store(view, direct)
    view.close()
    direct.close()


def test_not_a_lake_is_a_clear_error(tmp_path):
    (tmp_path / "x.txt").write_text("x")
    with pytest.raises(StoreError, match="not a multipolar event lake"):
        lake.open_lake(tmp_path)
    with pytest.raises(StoreError, match="not a multipolar event lake"):
        lake.init_lake(tmp_path)
    root = tmp_path / "new"
    lake.init_lake(root)
    with pytest.raises(StoreError, match="no compacted events"):
        lake.open_lake(root)


def test_events_do_not_depend_on_the_order_mentions_were_stored(tmp_path):
    import dataclasses

    def doc(i, name):
        event = dataclasses.replace(make_event(f"d{i}", "RUS", "CHN", "042", date=None), target_text=name)
        return make_doc(f"d{i}"), [event]

    pairs = [doc(1, "China"), doc(2, "Beijing"), doc(3, "China"), doc(4, "Beijing")]  # a tie
    forward, backward = open_db(tmp_path / "f.duckdb"), open_db(tmp_path / "b.duckdb")
    for pair in pairs:
        write_batch(forward, [pair])
    for pair in reversed(pairs):
        write_batch(backward, [pair])
    assert rows(forward, "events") == rows(backward, "events")
    assert forward.execute("SELECT target_name FROM events").fetchall() == [("Beijing",)]  # alphabetical, not earliest
    forward.close()
    backward.close()
