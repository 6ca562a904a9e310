"""GDELT/ICEWS parity with locations and tone, the GDELT Mentions export and the ``places`` query."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from typer.testing import CliRunner

from multipolar.analysis.export import columns, export, export_frame
from multipolar.analysis.places import located_share, places
from multipolar.cli import app
from multipolar.output import frame_text
from multipolar.records import Location, LocationType
from multipolar.store.database import open_db
from multipolar.store.writer import write_batch
from tests.conftest import SHARED
from tests.store.factory import make_doc, make_event

#: GDELT columns multipolar has no data for (ethnic and religious codes, extra actor types, ADM2), and
#: KnownGroupCode, which is for actors that are not states.
NO_DATA = {f"Actor{n}{c}" for n in (1, 2) for c in ("EthnicCode", "Religion1Code", "Religion2Code", "Type2Code",
                                                     "Type3Code", "KnownGroupCode")} | {
    f"{b}_ADM2Code" for b in ("Actor1Geo", "Actor2Geo", "ActionGeo")}

NABLUS = Location(LocationType.CITY, "Nablus", "Nablus, Palestine", "PSE", "WEWE", 32.22111, 35.25444, "282615")
ISRAEL = Location(LocationType.COUNTRY, "Israel", "Israel", "ISR", None, 31.5, 34.9, "ISR")
TEXAS = Location(LocationType.ADM1, "Texas", "Texas", "USA", "USTX", 31.0, -97.2, "US-TX")


def reference_columns(name: str, packaged: str) -> tuple[str, ...]:
    """The reference list from ../shared when present, else the package's copy."""
    path = SHARED / "reference" / name
    if path.is_file():
        lines = path.read_text(encoding="utf-8").splitlines()
        return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    return columns(packaged)


@pytest.fixture
def geo_db(tmp_path: Path) -> Path:
    path = tmp_path / "geo.duckdb"
    con = open_db(path)
    attack = dataclasses.replace(
        make_event("g1", "ISR", "PSE", "190", sentence="Israeli tanks fired at targets in Nablus.", publisher="P1"),
        source_sector="MIL", target_sector="CVL", source_text="Israeli tanks", target_text="Nablus",
        action_geo=NABLUS, source_geo=ISRAEL, target_geo=NABLUS, tone=-4.5)
    again = dataclasses.replace(attack, doc_id="g2", tone=-2.5, publisher=None)
    protest = dataclasses.replace(make_event("g2", "USA", None, "141", sentence_index=1),
                                  action_geo=TEXAS, tone=-2.5)
    unlocated = make_event("g3", "RUS", "CHN", "042", date="2024-06-01")
    write_batch(con, [(make_doc("g1", publisher="P1"), [attack]), (make_doc("g2", publisher="P2"), [again, protest]),
                      (make_doc("g3", date="2024-06-01"), [unlocated])])
    con.close()
    return path


def _rows(text: str, names: tuple[str, ...]) -> list[dict[str, str]]:
    return [dict(zip(names, line.split("\t"), strict=True)) for line in text.splitlines()]


def test_gdelt_row_has_every_column_it_can_have(geo_db: Path) -> None:
    names = reference_columns("gdelt2_events_columns.txt", "gdelt2_events_columns.txt")
    assert names == columns("gdelt2_events_columns.txt")
    text = frame_text(export_frame(geo_db, "gdelt"), "gdelt")
    row = next(r for r in _rows(text, names) if r["EventCode"] == "190")
    empty = {name for name, value in row.items() if value == ""}
    assert empty == NO_DATA, f"unexpectedly empty: {sorted(empty - NO_DATA)}; unexpectedly filled: {NO_DATA - empty}"
    assert row["ActionGeo_FullName"] == "Nablus, Palestine" and row["ActionGeo_Type"] == "4"
    assert row["ActionGeo_CountryCode"] == "WE"  # FIPS 10-4, as GDELT
    assert float(row["ActionGeo_Lat"]) == pytest.approx(32.22111) and row["ActionGeo_FeatureID"] == "282615"
    assert row["Actor1Geo_Type"] == "1" and row["Actor1Geo_CountryCode"] == "IS" and row["Actor1Geo_ADM1Code"] == "IS"
    assert float(row["AvgTone"]) == pytest.approx(-3.5)  # mean of the two mentions' tone
    assert (row["NumMentions"], row["NumArticles"], row["NumSources"]) == ("2", "2", "2")
    texas = next(r for r in _rows(text, names) if r["EventCode"] == "141")
    assert (texas["ActionGeo_Type"], texas["ActionGeo_ADM1Code"]) == ("2", "USTX")


def test_gdelt_mentions_export_matches_the_reference(geo_db: Path) -> None:
    names = reference_columns("gdelt2_mentions_columns.txt", "gdelt2_mentions_columns.txt")
    assert names == columns("gdelt2_mentions_columns.txt") and len(names) == 16
    frame = export_frame(geo_db, "gdelt", table="mentions")
    assert len(frame) == 4
    rows = _rows(frame_text(frame, "gdelt"), names)
    attack = [r for r in rows if r["SentenceID"] == "1" and r["MentionDocTone"] in ("-4.5", "-2.5")]
    assert {r["MentionIdentifier"] for r in attack} == {"https://example.org/g1", "https://example.org/g2"}
    first = attack[0]
    assert (first["Actor1CharOffset"], first["Actor2CharOffset"]) == ("0", "34")
    assert first["ActionCharOffset"] == "0"
    assert first["Confidence"] == "90" and first["MentionType"] == "1" and first["MentionSourceName"] in ("P1", "P2")
    assert len({r["GLOBALEVENTID"] for r in attack}) == 1


def test_icews_location_columns(geo_db: Path, tmp_path: Path) -> None:
    import pandas as pd

    names = reference_columns("icews_coded_event_columns.txt", "icews_columns.txt")
    path = tmp_path / "icews.tab"
    export(geo_db, "icews", output=path)
    frame = pd.read_csv(path, sep="\t", dtype=str)
    assert tuple(frame.columns) == names
    attack = frame[frame["CAMEO Code"] == "190"].iloc[0]
    assert (attack["City"], attack["Country"]) == ("Nablus", "Palestine")
    assert float(attack["Latitude"]) == pytest.approx(32.22111)
    protest = frame[frame["CAMEO Code"] == "141"].iloc[0]
    assert (protest["Province"], protest["Country"]) == ("Texas", "United States")


def test_places_by_country_and_division(geo_db: Path) -> None:
    by_country = places(geo_db, level="country", freq="month")
    assert set(by_country["country"]) == {"PSE", "USA"}
    pse = by_country[by_country["country"] == "PSE"].iloc[0]
    assert pse["events"] == 1 and pse["mentions"] == 2 and pse["material_conflict"] == 1
    assert pse["tone"] == pytest.approx(-3.5)
    adm1 = places(geo_db, level="adm1")
    assert adm1[adm1["country"] == "USA"].iloc[0]["name"] == "Texas"
    assert located_share(geo_db) == pytest.approx(2 / 3)
    with pytest.raises(ValueError):
        places(geo_db, level="galaxy")


def test_places_command(geo_db: Path) -> None:
    result = CliRunner().invoke(app, ["places", "--db", str(geo_db), "--level", "place", "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "Nablus, Palestine" in result.output and "Texas" in result.output
