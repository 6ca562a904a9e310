"""The query functions over the synthetic database."""

from __future__ import annotations

import pytest

from multipolar.analysis.queries import dyad, events, relations
from multipolar.store.database import StoreError


def test_events_filters_and_counts(event_db):
    frame = events(event_db, source="rus", target="Chn")
    assert list(frame["cameo"]) == ["057", "061"]
    first = frame.iloc[0]
    assert (first["num_mentions"], first["num_documents"], first["num_sources"]) == (2, 2, 2)
    assert first["label"] == "Sign formal agreement"
    assert str(first["date"])[:10] == "2024-01-10"
    assert len(events(event_db)) == 12
    assert list(events(event_db, since="2024-02-01", until="2024-02-28")["source"]) == ["UKR", "USA", "WST"]
    assert set(events(event_db, root="19")["cameo"]) == {"190"}
    assert set(events(event_db, plover="consult")["cameo"]) == {"040", "042"}
    assert len(events(event_db, limit=3)) == 3


def test_events_bad_date_is_an_error(event_db):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        events(event_db, since="January")


def test_query_of_missing_database(tmp_path):
    with pytest.raises(StoreError):
        events(tmp_path / "none.duckdb")


def test_dyad_both_directions_per_month(event_db):
    frame = dyad(event_db, "chn", "rus", freq="month")
    rows = [(str(r.period)[:10], r.source, r.target, r.events, r.mentions) for r in frame.itertuples()]
    assert rows == [
        ("2024-01-01", "CHN", "RUS", 1, 1),
        ("2024-01-01", "RUS", "CHN", 1, 2),
        ("2024-03-01", "RUS", "CHN", 1, 1),
    ]
    january = frame.iloc[1]
    assert january["verbal_cooperation"] == 1 and january["material_cooperation"] == 0
    assert january["goldstein_sum"] == pytest.approx(8.0)
    assert january["goldstein_sum_weighted"] == pytest.approx(16.0)
    assert january["goldstein_mean_weighted"] == pytest.approx(8.0)
    conflict = dyad(event_db, "RUS", "UKR", freq="day")
    assert list(conflict["material_conflict"]) == [1, 1]
    assert list(conflict["goldstein_mean"]) == [-10.0, -10.0]
    with pytest.raises(ValueError, match="frequency"):
        dyad(event_db, "RUS", "UKR", freq="fortnight")


def test_relations_summary(event_db):
    summary = relations(event_db, "rus", "chn")
    assert (summary["events"], summary["mentions"]) == (3, 4)
    assert summary["goldstein_mean"] == pytest.approx((8 + 1.9 + 6.4) / 3, abs=1e-3)
    assert summary["goldstein_mean_weighted"] == pytest.approx((16 + 1.9 + 6.4) / 4, abs=1e-3)
    assert summary["quad_counts"] == {"verbal_cooperation": 2, "material_cooperation": 1,
                                      "verbal_conflict": 0, "material_conflict": 0}
    assert summary["directions"]["RUS->CHN"]["events"] == 2
    assert [t["period"] for t in summary["trend"]] == ["2024-01-01", "2024-03-01"]
    assert summary["top_event_types"][0]["cameo"] == "057"
    strongest = summary["evidence"][0]
    assert strongest["cameo"] == "057"
    assert {s["doc_id"] for s in strongest["sentences"]} == {"d1", "d2"}
    assert all(s["sentence"] for s in strongest["sentences"])
    assert relations(event_db, "CHN", "WST")["goldstein_mean"] < 0


def test_relations_of_strangers(event_db):
    summary = relations(event_db, "USA", "CHN")
    assert summary["events"] == 0 and summary["goldstein_mean"] is None and summary["evidence"] == []
