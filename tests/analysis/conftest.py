"""A small synthetic event database: RUS and CHN cooperate, both conflict with WST and UKR."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipolar.store.database import open_db
from multipolar.store.writer import write_batch
from tests.store.factory import make_doc, make_event

#: doc id -> (date, publisher, [(source, target, cameo, sentence index)])
REPORTS = {
    "d1": ("2024-01-10", "P1", [("RUS", "CHN", "057", 0), ("CHN", "RUS", "042", 1),
                                ("CHN", "WST", "111", 2), ("RUS", "UKR", "190", 3)]),
    "d2": ("2024-01-10", "P2", [("RUS", "CHN", "057", 0), ("WST", "RUS", "111", 1)]),
    "d3": ("2024-02-20", "P1", [("WST", "UKR", "061", 0), ("UKR", "WST", "042", 1), ("USA", "WST", "040", 2)]),
    "d4": ("2024-03-05", "P3", [("CHN", "WST", "130", 0), ("WST", "CHN", "112", 1),
                                ("RUS", "CHN", "061", 2), ("UKR", "RUS", "190", 3)]),
}


def synthetic_batch():
    batch = []
    for doc_id, (date, publisher, events) in REPORTS.items():
        doc = make_doc(doc_id, publisher=publisher, date=date)
        batch.append((doc, [make_event(doc_id, s, t, c, date=None, sentence_index=i) for s, t, c, i in events]))
    return batch


@pytest.fixture(scope="session")
def event_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("analysis") / "events.duckdb"
    con = open_db(path)
    write_batch(con, synthetic_batch())
    con.close()
    return path
