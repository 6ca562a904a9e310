"""Every endpoint of the HTTP API through FastAPI's TestClient, with good and bad parameters."""

from __future__ import annotations

import dataclasses
import io

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from multipolar.analysis.queries import blocs, relations
from multipolar.store.database import open_db
from multipolar.store.writer import write_batch
from multipolar.web.app import create_app
from multipolar.web.settings import ServeSettings
from tests.store.factory import make_doc, make_event
from tests.web.conftest import SENTENCE, TEXT


def sql(db, query, params=()):
    con = open_db(db, read_only=True)
    try:
        return con.execute(query, list(params)).fetchall()
    finally:
        con.close()


def error(response, status):
    assert response.status_code == status, response.text
    body = response.json()
    assert isinstance(body["detail"], str) and body["detail"]
    assert "Traceback" not in response.text
    return body["detail"]


def test_overview_counts_the_store(client, web_db):
    body = client.get("/api/overview").json()
    assert body["events"] == sql(web_db, "SELECT count(*) FROM events")[0][0]
    assert body["documents"] == 5
    assert body["first_date"] == "2024-01-10" and body["last_date"] == "2024-04-02"


def test_overview_counts_documents_by_coder(tmp_path):
    from fastapi.testclient import TestClient

    from multipolar.coder_stamp import coder_stamp
    from multipolar.web.app import create_app
    from multipolar.web.settings import ServeSettings
    from tests.web.conftest import write_store

    path = write_store(tmp_path / "mixed.duckdb")
    con = open_db(path)
    con.execute("UPDATE documents SET coder = '0.0.9+0123456789ab' WHERE doc_id IN (SELECT min(doc_id) FROM documents)")
    con.execute("UPDATE documents SET coder = NULL WHERE doc_id IN (SELECT max(doc_id) FROM documents)")
    con.close()
    body = TestClient(create_app(ServeSettings(db=path))).get("/api/overview").json()
    assert body["coders"] == {"current": coder_stamp(), "documents_current": 3, "documents_other": 1,
                              "documents_unknown": 1, "other": [{"coder": "0.0.9+0123456789ab", "documents": 1}]}


def test_actors_with_names_and_counts(client, web_db):
    actors = {a["code"]: a for a in client.get("/api/actors").json()}
    assert actors["RUS"]["name"] == "Russia" and actors["WST"]["name"] == "the West"
    n_rus = sql(web_db, "SELECT count(*) FROM events WHERE source = 'RUS'")[0][0]
    assert actors["RUS"]["events_out"] == n_rus


def test_events_paging_covers_every_event_once(client, web_db):
    total = sql(web_db, "SELECT count(*) FROM events")[0][0]
    seen = []
    for page in (1, 2, 3, 4):
        body = client.get("/api/events", params={"page": page, "page_size": 4}).json()
        assert body["total"] == total
        seen += [e["event_id"] for e in body["events"]]
    assert len(seen) == len(set(seen)) == total


@pytest.mark.parametrize(
    ("params", "where"),
    [
        ({"actor": "wst"}, "source = 'WST' OR target = 'WST'"),
        ({"source": "RUS", "target": "CHN"}, "source = 'RUS' AND target = 'CHN'"),
        ({"dyad": "CHN-RUS"}, "(source = 'RUS' AND target = 'CHN') OR (source = 'CHN' AND target = 'RUS')"),
        ({"cameo": "11"}, "cameo LIKE '11%'"),
        ({"root": "19"}, "root = '19'"),
        ({"quad": 4}, "quad = 4"),
        ({"plover": "consult"}, "plover = 'CONSULT'"),
        ({"from": "2024-02-01", "to": "2024-03-31"}, "date BETWEEN DATE '2024-02-01' AND DATE '2024-03-31'"),
    ],
)
def test_event_filters_match_sql(client, web_db, params, where):
    body = client.get("/api/events", params=params).json()
    expected = {row[0] for row in sql(web_db, f"SELECT event_id FROM events WHERE {where}")}
    assert expected, "the filter should match something in the fixture"
    assert {e["event_id"] for e in body["events"]} == expected and body["total"] == len(expected)


def test_text_search_in_evidence_and_sort(client):
    body = client.get("/api/events", params={"q": "NAVAL DRILLS"}).json()
    assert [e["cameo"] for e in body["events"]] == ["062"]
    ranked = client.get("/api/events", params={"sort": "goldstein", "order": "desc"}).json()["events"]
    scores = [e["goldstein"] for e in ranked]
    assert scores == sorted(scores, reverse=True)


def test_csv_and_parquet_downloads(client, web_db):
    total = sql(web_db, "SELECT count(*) FROM events WHERE source = 'RUS' OR target = 'RUS'")[0][0]
    csv = client.get("/api/events", params={"actor": "RUS", "format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv") and csv.headers["x-total-count"] == str(total)
    lines = csv.text.strip().splitlines()
    assert lines[0].startswith("event_id,date,source,target") and len(lines) == total + 1
    parquet = client.get("/api/events", params={"actor": "RUS", "format": "parquet"})
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == total and "goldstein" in table.column_names


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/events?actor=XYZ", 404, "unknown actor"),
        ("/api/events?from=2024-13-01", 422, "from"),
        ("/api/events?to=yesterday", 422, "to"),
        ("/api/events?page=-1", 422, "page"),
        ("/api/events?page=0", 422, "page"),
        ("/api/events?page_size=100000", 422, "page_size"),
        ("/api/events?from=2024-05-01&to=2024-01-01", 400, "after"),
        ("/api/events?cameo=abc", 422, "cameo"),
        ("/api/events?quad=7", 422, "quad"),
        ("/api/events?dyad=RUS", 422, "dyad"),
        ("/api/events?sort=evil;DROP", 422, "sort"),
        ("/api/events?format=xlsx", 422, "format"),
        ("/api/dyad/RUS/XYZ", 404, "unknown actor"),
        ("/api/dyad/RUS/C'N", 422, "b"),
        ("/api/dyad/RUS/CHN?freq=decade", 422, "freq"),
        ("/api/relations/QQQ/CHN", 404, "unknown actor"),
        ("/api/relations/RUS/CHN?evidence=-1", 422, "evidence"),
        ("/api/graph?min_events=0", 422, "min_events"),
        ("/api/graph?from=bad", 422, "from"),
        ("/api/blocs?to=2024-02-30", 422, "to"),
        ("/api/documents/nope", 404, "unknown document"),
        ("/api/nothing-here", 404, "Not Found"),
    ],
)
def test_bad_parameters_are_4xx_with_a_message(client, url, status, words):
    assert words.lower() in error(client.get(url), status).lower()


def test_dyad_periods_add_up_to_the_relation(client, web_db):
    body = client.get("/api/dyad/rus/chn", params={"freq": "month"}).json()
    assert (body["a"], body["b"], body["freq"]) == ("RUS", "CHN", "month")
    expected = sql(web_db, "SELECT count(*) FROM events WHERE source IN ('RUS','CHN') AND target IN ('RUS','CHN')")
    assert sum(row["events"] for row in body["periods"]) == expected[0][0]
    assert all(row["period"].endswith("-01") for row in body["periods"])


def test_relations_is_the_cli_summary(client, web_db):
    body = client.get("/api/relations/RUS/CHN", params={"evidence": 3}).json()
    assert body == relations(web_db, "RUS", "CHN", evidence=3)
    assert body["goldstein_mean"] > 0 and len(body["evidence"]) == 3


def test_graph_nodes_edges_and_blocs(client):
    body = client.get("/api/graph").json()
    nodes = {n["id"]: n for n in body["nodes"]}
    assert {"RUS", "CHN", "WST", "UKR"} <= set(nodes)
    assert all(-1.0 <= n["x"] <= 1.0 and -1.0 <= n["y"] <= 1.0 for n in nodes.values())
    edges = {frozenset((e["source"], e["target"])): e for e in body["edges"]}
    assert edges[frozenset(("RUS", "CHN"))]["goldstein_mean"] > 0
    assert edges[frozenset(("CHN", "WST"))]["goldstein_mean"] < 0
    assert nodes["RUS"]["bloc"] == nodes["CHN"]["bloc"] != nodes["WST"]["bloc"]
    strong = client.get("/api/graph", params={"min_events": 3}).json()
    assert 0 < len(strong["edges"]) < len(body["edges"])
    assert all(e["events"] >= 3 for e in strong["edges"])


def test_blocs_match_the_query(client, web_db):
    body = client.get("/api/blocs").json()
    expected = blocs(web_db)
    assert [(b["actor"], b["bloc"]) for b in body] == list(zip(expected["actor"], expected["bloc"], strict=True))


def test_document_text_with_spans(client):
    body = client.get("/api/documents/wire/2024/drills").json()
    assert body["text"] == TEXT and body["publisher"] == "P4"
    from multipolar.coder_stamp import coder_stamp

    assert body["coder"] == coder_stamp()
    (mention,) = body["mentions"]
    start, end = mention["trigger_span"]
    assert TEXT[start:end] == "drills" and mention["sentence"] == SENTENCE
    assert TEXT[slice(*mention["source_span"])] == "Russia" and TEXT[slice(*mention["target_span"])] == "China"


def test_dashboard_is_self_contained(client):
    page = client.get("/")
    assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
    assert "http://" not in page.text and "https://" not in page.text
    for asset in ("/static/app.js", "/static/style.css", "/static/favicon.svg"):
        response = client.get(asset)
        assert response.status_code == 200 and "//cdn" not in response.text
        assert response.headers["x-content-type-options"] == "nosniff"
    assert client.get("/openapi.json").json()["paths"]["/api/events"]["get"]


def test_cors_is_off_by_default(client, web_db):
    from fastapi.testclient import TestClient

    from multipolar.web.app import create_app
    from multipolar.web.settings import ServeSettings

    origin = {"Origin": "https://elsewhere.example"}
    assert "access-control-allow-origin" not in client.get("/api/overview", headers=origin).headers
    open_app = TestClient(create_app(ServeSettings(db=web_db, cors_origins=("https://elsewhere.example",))))
    assert open_app.get("/api/overview", headers=origin).headers["access-control-allow-origin"] == origin["Origin"]


def test_missing_database_is_a_json_error(tmp_path):
    from fastapi.testclient import TestClient

    from multipolar.web.app import create_app
    from multipolar.web.settings import ServeSettings

    app = TestClient(create_app(ServeSettings(db=tmp_path / "none.duckdb")), raise_server_exceptions=False)
    assert "no database" in error(app.get("/api/overview"), 500)


def test_places_lists_located_events(tmp_path):
    from multipolar.records import Location, LocationType

    con = open_db(tmp_path / "geo.duckdb")
    nablus = Location(LocationType.CITY, "Nablus", "Nablus, Palestine", "PSE", lat=32.22, lon=35.26)
    located = dataclasses.replace(make_event("geo/1", "ISR", "PSE", "190", date="2024-04-02"), action_geo=nablus)
    unlocated = make_event("geo/2", "RUS", "UKR", "190", date="2024-04-02")
    write_batch(con, [(make_doc("geo/1"), [located]), (make_doc("geo/2"), [unlocated])])
    con.close()
    geo = TestClient(create_app(ServeSettings(db=tmp_path / "geo.duckdb")), raise_server_exceptions=False)
    rows = geo.get("/api/places", params={"level": "place", "freq": "year"}).json()
    assert [(r["country"], r["name"], r["events"]) for r in rows] == [("PSE", "Nablus", 1)]
    assert rows[0]["lat"] == pytest.approx(32.22)
    assert geo.get("/api/places", params={"actor": "ISR"}).json()[0]["events"] == 1
    assert rows[0]["full_name"] == "Nablus, Palestine"
    for where in ({"country": "pse"}, {"place": "Nablus, Palestine"}):  # the map's click-through
        page = geo.get("/api/events", params=where).json()
        assert page["total"] == 1 and page["events"][0]["place"] == "Nablus, Palestine"
    assert geo.get("/api/events", params={"country": "UKR"}).json()["total"] == 0
    assert geo.get("/api/events", params={"country": "PS"}).status_code == 422
    assert geo.get("/api/places", params={"level": "planet"}).status_code == 422
    assert geo.get("/api/places", params={"actor": "XYZ"}).status_code == 404
