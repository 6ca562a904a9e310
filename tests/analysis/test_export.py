"""GDELT, ICEWS and native exports."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from multipolar.analysis.export import columns, export, export_frame
from multipolar.output import frame_text


def gdelt_rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines()]


def test_gdelt_columns_filled_where_data_exists(event_db):
    names = columns("gdelt2_events_columns.txt")
    assert len(names) == 61 and names[0] == "GLOBALEVENTID" and names[-1] == "SOURCEURL"
    frame = export_frame(event_db, "gdelt")
    assert len(frame) == 12
    rows = gdelt_rows(frame_text(frame, "gdelt"))
    assert len(rows) == 12 and all(len(row) == 61 for row in rows)  # no header, as GDELT ships
    record = {name: value for name, value in zip(names, rows[0], strict=True)}
    signing = next(dict(zip(names, r, strict=True)) for r in rows if r[names.index("EventCode")] == "057")
    assert signing["SQLDATE"] == "20240110" and signing["MonthYear"] == "202401" and signing["Year"] == "2024"
    assert (signing["Actor1Code"], signing["Actor2Code"]) == ("RUS", "CHN")
    assert (signing["Actor1CountryCode"], signing["Actor2CountryCode"]) == ("RUS", "CHN")
    assert (signing["EventBaseCode"], signing["EventRootCode"], signing["QuadClass"]) == ("057", "05", "1")
    assert float(signing["GoldsteinScale"]) == 8.0
    assert (signing["NumMentions"], signing["NumSources"], signing["NumArticles"]) == ("2", "2", "2")
    assert signing["IsRootEvent"] == "1"
    assert signing["SOURCEURL"] == "https://example.org/d1"
    assert record["AvgTone"] == "" and record["ActionGeo_Lat"] == ""
    west = next(dict(zip(names, r, strict=True)) for r in rows if r[names.index("Actor1Code")] == "WST")
    assert west["Actor1CountryCode"] == "" and west["Actor1KnownGroupCode"] == "WST"


def test_icews_has_its_twenty_columns(event_db, tmp_path):
    path = tmp_path / "events.tab"
    assert export(event_db, "icews", output=path) == 12
    frame = pd.read_csv(path, sep="\t", dtype=str)
    assert list(frame.columns) == list(columns("icews_columns.txt")) and len(frame.columns) == 20
    signing = frame[frame["CAMEO Code"] == "057"].iloc[0]
    assert signing["Source Country"] == "Russia" and signing["Target Country"] == "China"
    assert signing["Event Text"] == "Sign formal agreement" and float(signing["Intensity"]) == 8.0
    assert (signing["Story ID"], signing["Sentence Number"], signing["Publisher"]) == ("d1", "1", "P1")


def test_native_formats(event_db, tmp_path):
    parquet = tmp_path / "events.parquet"
    assert export(event_db, "parquet", output=parquet) == 12
    frame = pd.read_parquet(parquet)
    assert {"event_id", "num_mentions", "num_documents", "num_sources"} <= set(frame.columns)
    text = frame_text(export_frame(event_db, "jsonl", table="mentions"), "jsonl")
    lines = [json.loads(line) for line in text.splitlines()]
    assert len(lines) == 13 and {"sentence", "doc_id", "rule"} <= set(lines[0])
    text = frame_text(export_frame(event_db, "csv", table="documents", since="2024-03-01"), "csv")
    assert text.splitlines()[0].startswith("doc_id,")
    assert len(text.splitlines()) == 2
    assert len(export_frame(event_db, "gdelt", until="2024-01-31")) == 5
    with pytest.raises(ValueError, match="table"):
        export_frame(event_db, "csv", table="secrets")
    with pytest.raises(ValueError, match="format"):
        export_frame(event_db, "xml")
