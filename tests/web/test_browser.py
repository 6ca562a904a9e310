"""The dashboard in a real browser (Playwright driving Debian's chromium) over the seed article's store.

Skips with the reason when the ``playwright`` package, ``/usr/bin/chromium`` or ``../shared/seed`` is
missing (``.ci/run`` installs chromium when apt can). Writes ``docs/dashboard.png`` for the README (actor codes only:
no text of the seed article) when it is missing or ``MULTIPOLAR_SCREENSHOT=1``.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from multipolar.cli import app as cli
from multipolar.web.app import create_app
from multipolar.web.settings import ServeSettings
from tests.conftest import REPO, shared_file

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SEED = "seed/000_f2308b668f01e3ab.txt"
SCREENSHOT = REPO / "docs" / "dashboard.png"
TRY_SENTENCE = "France and Germany held joint military exercises near the Rhine on Friday."


@pytest.fixture(scope="module")
def seed_server(tmp_path_factory) -> Iterator[str]:
    """A live server (uvicorn in a thread) over a store made from the seed article by the real pipeline."""
    import uvicorn

    text = shared_file(SEED).read_text(encoding="utf-8")
    tmp = tmp_path_factory.mktemp("browser")
    feed = tmp / "seed.jsonl"
    feed.write_text(json.dumps({"id": "seed-1", "text": text, "date": "2024-05-16", "publisher": "Wire"}) + "\n")
    db = tmp / "seed.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(feed), "--db", str(db), "-j", "1"])
    assert result.exit_code == 0, result.output
    server = uvicorn.Server(uvicorn.Config(create_app(ServeSettings(db=db)), host="127.0.0.1", port=0,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    if not CHROMIUM.exists():
        pytest.skip(f"no browser: {CHROMIUM} is missing (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def open_page(browser, width: int = 1280, height: int = 860):
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: errors.append(f"request failed: {request.url}"))
    return page, errors


def test_graph_dyad_evidence_and_try_it(seed_server, browser, tmp_path):
    page, errors = open_page(browser)
    page.goto(seed_server + "/")
    for code in ("RUS", "CHN", "WST"):
        page.wait_for_selector(f'#graph g.node[data-actor="{code}"]')
    assert "the West" in page.locator('#graph g.node[data-actor="WST"] title').text_content()
    page.wait_for_selector("#pairs tbody tr")
    shot = page.screenshot(path=str(tmp_path / "dashboard.png"))
    assert len(shot) > 10_000  # a picture, not a blank page
    if os.environ.get("MULTIPOLAR_SCREENSHOT") or not SCREENSHOT.exists():  # refresh the README's picture
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(shot)

    edge = page.locator('#graph line[data-pair="CHN-RUS"], #graph line[data-pair="RUS-CHN"]')
    edge.focus()  # keyboard: Tab reaches edges, Enter opens the dyad
    page.keyboard.press("Enter")
    page.wait_for_selector("#dyad-body .evidence li")
    assert page.evaluate("location.hash").startswith("#dyad/")
    assert page.locator("#dyad-body .timeline rect").count() >= 1
    exercises = page.locator("#dyad-body .evidence li", has_text="joint military exercises")
    assert exercises.count() >= 1
    assert exercises.first.locator("mark").count() == 1  # the trigger is highlighted
    exercises.first.locator("a").first.click()  # the source document
    page.wait_for_selector("#doc-body .doctext mark")
    assert page.locator("#doc-body .doctext mark").count() >= 2

    page.goto(seed_server + "/#try")
    page.fill("#try-text", TRY_SENTENCE)
    page.click("#try-form button")
    row = page.locator("#try-events tbody tr", has_text="062")
    row.first.wait_for(timeout=120_000)
    assert {"FRA", "DEU"} <= set(row.first.locator("td").all_text_contents())
    assert "events:" in page.locator("#try-body pre").text_content()
    assert errors == []


def test_events_table_filters_and_phone_width(seed_server, browser):
    page, errors = open_page(browser, width=390, height=844)
    page.goto(seed_server + "/#events/actor=CHN")
    page.wait_for_selector("#events-table tbody tr")
    sides = page.locator("#events-table tbody tr").evaluate_all(
        "rows => rows.map(r => [r.cells[1].textContent, r.cells[2].textContent])")
    assert sides and all("CHN" in pair for pair in sides)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")  # no sideways scroll
    page.goto(seed_server + "/#graph")
    page.wait_for_selector('#graph g.node[data-actor="RUS"]')
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert errors == []
