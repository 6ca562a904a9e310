"""Events of unnamed parties carry null codes through the store and the exports; dyad views skip them."""

from __future__ import annotations

from multipolar.analysis.export import export_frame
from multipolar.analysis.graph import graph
from multipolar.store.database import open_db
from multipolar.store.writer import write_batch
from tests.store.factory import make_doc, make_event


def test_null_codes_are_stored_and_exported_and_skipped_by_dyads(tmp_path) -> None:
    db = tmp_path / "null.duckdb"
    con = open_db(db)
    events = [make_event("d1", None, "AFG", "181"), make_event("d1", "RUS", "USA", "111", sentence_index=1),
              make_event("d1", None, None, "190", sentence_index=2)]
    write_batch(con, [(make_doc("d1"), events)])
    stored = con.execute("SELECT source, target, cameo FROM events ORDER BY cameo").fetchall()
    con.close()
    assert sorted(stored, key=lambda r: r[2]) == [("RUS", "USA", "111"), (None, "AFG", "181"), (None, None, "190")]
    for fmt in ("gdelt", "icews", "jsonl"):
        assert len(export_frame(db, fmt)) == 3  # nothing dropped
    network = graph(db)
    assert set(network.nodes) == {"RUS", "USA"}  # the dyad view skips null codes
