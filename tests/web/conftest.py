"""A small synthetic store served by the app (RUS and CHN cooperate, both conflict with WST and UKR)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from multipolar.store.database import open_db
from multipolar.store.writer import write_batch
from multipolar.web.app import create_app
from multipolar.web.settings import ServeSettings
from tests.analysis.conftest import synthetic_batch
from tests.store.factory import make_doc, make_event

#: A document whose text holds its event sentence, so spans can be checked.
SENTENCE = "Russia and China held joint naval drills near Vladivostok."
TEXT = f"Headline first.\n\n{SENTENCE} Officials said little else."


def write_store(path: Path) -> Path:
    con = open_db(path)
    batch = synthetic_batch()
    event = make_event("wire/2024/drills", "RUS", "CHN", "062", date="2024-04-02", sentence=SENTENCE)
    start = TEXT.index(SENTENCE)
    trigger = start + SENTENCE.index("drills")
    event = dataclasses.replace(event, sentence_start=start, trigger="drills", char_start=trigger,
                                char_end=trigger + len("drills"), source_text="Russia", target_text="China")
    batch.append((make_doc("wire/2024/drills", text=TEXT, publisher="P4", date="2024-04-02"), [event]))
    write_batch(con, batch)
    con.close()
    return path


@pytest.fixture(scope="module")
def web_db(tmp_path_factory) -> Path:
    return write_store(tmp_path_factory.mktemp("web") / "events.duckdb")


@pytest.fixture(scope="module")
def client(web_db) -> TestClient:
    return TestClient(create_app(ServeSettings(db=web_db)), raise_server_exceptions=False)
