"""POST /api/code (nothing stored) and POST /api/documents (only with --allow-ingest), real pipeline."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from multipolar.web.app import create_app
from multipolar.web.settings import ServeSettings
from tests.web.conftest import write_store

SENTENCE = "Pakistan and India held talks in Geneva on Monday."


@pytest.fixture()
def writable(tmp_path) -> TestClient:
    db = write_store(tmp_path / "writable.duckdb")
    return TestClient(create_app(ServeSettings(db=db, allow_ingest=True)), raise_server_exceptions=False)


def test_code_returns_events_and_explain(client, nlp):
    body = client.post("/api/code", json={"text": "Russia and China held joint naval exercises.", "date": "2024-05-01"})
    assert body.status_code == 200, body.text
    found = {(e["source"], e["target"], e["cameo"]) for e in body.json()["events"]}
    assert ("RUS", "CHN", "062") in found
    lines = body.json()["explain"]
    assert lines[0].startswith("sentence 0:") and "events:" in lines
    quiet = client.post("/api/code", json={"text": "Russia and China held joint naval exercises.", "explain": False})
    assert quiet.json()["explain"] is None and quiet.json()["events"]


def test_code_stores_nothing(client, nlp):
    before = client.get("/api/overview").json()
    client.post("/api/code", json={"text": SENTENCE})
    assert client.get("/api/overview").json() == before


@pytest.mark.parametrize(
    ("payload", "status", "words"),
    [
        ({"text": "x" * 20_001}, 413, "at most"),
        ({"text": ""}, 422, "text"),
        ({"text": " \t\n"}, 422, "text"),  # only whitespace: the schema's pattern says so
        ({"text": "Russia met China.", "date": "31/31/2024"}, 422, "date"),
        ({"text": "Russia met China.", "date": "2024-02-30"}, 422, "date"),
        ({}, 422, "text"),
    ],
)
def test_code_bad_requests(client, payload, status, words):
    response = client.post("/api/code", json=payload)
    assert response.status_code == status, response.text
    assert words in response.json()["detail"]


def test_oversized_body_is_413(client):
    response = client.post("/api/code", content=b'{"text": "' + b"a" * 1_100_000 + b'"}',
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and "limit" in response.json()["detail"]


def test_ingest_refused_when_read_only(client):
    response = client.post("/api/documents", content=json.dumps({"id": "x", "text": SENTENCE}))
    assert response.status_code == 403 and "--allow-ingest" in response.json()["detail"]


def test_ingest_stores_documents_and_reports_bad_lines(writable, nlp):
    assert writable.get("/api/events", params={"actor": "PAK"}).status_code == 404
    body = "\n".join([json.dumps({"id": "talks-1", "text": SENTENCE, "date": "2024-06-03", "publisher": "Wire"}),
                      "{not json", json.dumps({"id": "no-text"})])
    response = writable.post("/api/documents", content=body, headers={"Content-Type": "application/x-ndjson"})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["stored"] == 1 and result["mentions"] >= 1
    assert len(result["errors"]) == 2 and any("request:2" in line for line in result["errors"])
    events = writable.get("/api/events", params={"dyad": "PAK-IND"}).json()
    assert events["total"] >= 1 and {e["first_doc_id"] for e in events["events"]} == {"talks-1"}
    assert writable.get("/api/documents/talks-1").json()["text"] == SENTENCE


def test_ingest_bad_bodies(writable):
    assert writable.post("/api/documents", content=b"").status_code == 400
    assert "UTF-8" in writable.post("/api/documents", content=b"\xff\xfe{").json()["detail"]
