"""Serve and ingest at once: the app holds no connection between requests, waits while another process
writes, and shows the writer's events as soon as it commits."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from multipolar.web.app import create_app
from multipolar.web.settings import ServeSettings
from tests.conftest import REPO
from tests.web.conftest import write_store

WRITER = """
import sys, time
from multipolar.store.database import open_db
from multipolar.store.writer import write_batch
from tests.store.factory import make_doc, make_event
con = open_db(sys.argv[1])
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
write_batch(con, [(make_doc("late"), [make_event("late", "IND", "PAK", "190", date="2024-06-01")])])
con.close()
"""


def start_writer(db: Path, hold_s: float) -> subprocess.Popen:
    """Another process holding the database read-write for ``hold_s`` seconds, then adding an event."""
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(hold_s)], cwd=REPO,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "locked", writer.stderr
    return writer


def test_requests_wait_for_a_writer_and_see_its_events(tmp_path):
    db = write_store(tmp_path / "shared.duckdb")
    client = TestClient(create_app(ServeSettings(db=db, db_wait_s=30)))
    assert client.get("/api/events", params={"actor": "IND"}).status_code == 404  # served before the writer
    writer = start_writer(db, hold_s=1.0)  # so no connection was left open by that request
    started = time.monotonic()
    response = client.get("/api/events", params={"actor": "IND"})
    assert writer.wait(timeout=30) == 0
    assert response.status_code == 200 and response.json()["total"] == 1
    assert time.monotonic() - started >= 0.5  # it waited for the commit


def test_a_long_write_is_a_503_with_a_message(tmp_path):
    db = write_store(tmp_path / "busy.duckdb")
    client = TestClient(create_app(ServeSettings(db=db, db_wait_s=0.3)))
    writer = start_writer(db, hold_s=3.0)
    try:
        response = client.get("/api/overview")
        assert response.status_code == 503 and response.headers["retry-after"]
        assert "being written by another process" in response.json()["detail"]
    finally:
        assert writer.wait(timeout=30) == 0
    assert client.get("/api/events", params={"actor": "PAK"}).json()["total"] == 1


@pytest.mark.slow
def test_cli_ingest_while_serving(tmp_path):
    """`multipolar ingest` into the database a live server reads; the new events appear over HTTP."""
    import uvicorn

    db = write_store(tmp_path / "live.duckdb")
    settings = ServeSettings(db=db, db_wait_s=300)  # requests wait out the whole ingest rather than fail
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=0,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    statuses: list[int] = []
    stop = threading.Event()

    def poll() -> None:
        with httpx.Client(base_url=base, timeout=60) as http:
            while not stop.is_set():
                statuses.append(http.get("/api/overview").status_code)
                time.sleep(0.25)

    poller = threading.Thread(target=poll)
    poller.start()
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "live-1", "date": "2024-06-03", "publisher": "Wire",
                                "text": "Pakistan and India held talks in Geneva on Monday."}) + "\n")
    command = [sys.executable, "-m", "multipolar", "ingest", str(feed), "--db", str(db), "-j", "1"]
    for _ in range(3):  # until the store's open_db waits for readers itself, a start that collides is retried
        result = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=300)
        if result.returncode == 0 or "lock" not in result.stderr.lower():
            break
    stop.set()
    poller.join()
    assert result.returncode == 0, result.stderr
    with httpx.Client(base_url=base) as http:
        events = http.get("/api/events", params={"dyad": "IND-PAK"}).json()
    server.should_exit = True
    thread.join(timeout=10)
    assert events["total"] >= 1 and {e["first_doc_id"] for e in events["events"]} == {"live-1"}
    assert statuses and set(statuses) == {200}


def test_cached_answers_end_when_the_store_changes(tmp_path):
    from multipolar.store.database import open_db
    from multipolar.store.writer import write_batch
    from tests.store.factory import make_doc, make_event

    db = write_store(tmp_path / "cached.duckdb")
    app = create_app(ServeSettings(db=db))
    client = TestClient(app)
    first = client.get("/api/overview").json()
    assert client.get("/api/overview").json() == first and app.state.cache.hits == 1
    con = open_db(db)  # possible because the app keeps no connection open
    write_batch(con, [(make_doc("new"), [make_event("new", "IND", "PAK", "190", date="2024-06-01")])])
    con.close()
    assert client.get("/api/overview").json()["events"] == first["events"] + 1
