"""The dashboard in a real browser (Playwright driving Debian's chromium) over the seed article's store,
and the map over a small store of located events written directly.

Skips with the reason when the ``playwright`` package, ``/usr/bin/chromium`` or (for the seed tests)
``../shared/seed`` is missing (``.ci/run`` installs chromium when apt can). Writes ``docs/dashboard.png``
for the README (actor codes only: no text of the seed article) when it is missing or ``MULTIPOLAR_SCREENSHOT=1``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from multipolar.cli import app as cli
from multipolar.records import Location, LocationType
from multipolar.store.database import open_db
from multipolar.store.writer import write_batch
from multipolar.web.app import create_app
from multipolar.web.settings import ServeSettings
from tests.conftest import REPO, shared_file
from tests.store.factory import make_doc, make_event

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SEED = "seed/000_f2308b668f01e3ab.txt"
SCREENSHOT = REPO / "docs" / "dashboard.png"
TRY_SENTENCE = "France and Germany held joint military exercises near the Rhine on Friday."


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """A live server (uvicorn in a thread) over ``db``; yields its base URL."""
    import uvicorn

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
def seed_server(tmp_path_factory) -> Iterator[str]:
    """The server over a store made from the seed article by the real pipeline."""
    text = shared_file(SEED).read_text(encoding="utf-8")
    tmp = tmp_path_factory.mktemp("browser")
    feed = tmp / "seed.jsonl"
    feed.write_text(json.dumps({"id": "seed-1", "text": text, "date": "2024-05-16", "publisher": "Wire"}) + "\n")
    db = tmp / "seed.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(feed), "--db", str(db), "-j", "1"])
    assert result.exit_code == 0, result.output
    with serving(db) as url:
        yield url


NABLUS = Location(LocationType.CITY, "Nablus", "Nablus, Palestine", "PSE", lat=32.22, lon=35.26)
KHARKIV = Location(LocationType.CITY, "Kharkiv", "Kharkiv, Ukraine", "UKR", lat=49.99, lon=36.23)
KYIV = Location(LocationType.CITY, "Kyiv", "Kyiv, Ukraine", "UKR", lat=50.45, lon=30.52)
BEIJING = Location(LocationType.CITY, "Beijing", "Beijing, China", "CHN", lat=39.9, lon=116.4)


@pytest.fixture(scope="module")
def geo_server(tmp_path_factory) -> Iterator[str]:
    """The server over a small store whose events have action locations (and one that has none)."""
    located = [("ISR", "PSE", "190", NABLUS, "2024-03-02"), ("ISR", "PSE", "180", NABLUS, "2024-03-05"),
               ("RUS", "UKR", "190", KHARKIV, "2024-04-01"), ("RUS", "UKR", "173", KHARKIV, "2024-04-03"),
               ("RUS", "UKR", "190", KHARKIV, "2024-05-09"), ("UKR", "RUS", "111", KYIV, "2024-04-11"),
               ("RUS", "CHN", "036", BEIJING, "2024-05-16"), ("CHN", "RUS", "057", BEIJING, "2024-05-16")]
    batch = []
    for i, (source, target, cameo, where, date) in enumerate(located):
        event = dataclasses.replace(make_event(f"geo/{i}", source, target, cameo, date=date), action_geo=where)
        batch.append((make_doc(f"geo/{i}", date=date), [event]))
    batch.append((make_doc("geo/none"), [make_event("geo/none", "FRA", "DEU", "040", date="2024-04-20")]))
    db = tmp_path_factory.mktemp("geo") / "geo.duckdb"
    con = open_db(db)
    write_batch(con, batch, coder="0.0.9+0123456789ab")  # an older coder's store
    con.close()
    with serving(db) as url:
        yield url


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
    page.locator("#overview", has_text="documents").wait_for()
    assert "older coder" not in page.locator("#overview").text_content()  # the seed was coded by this coder
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")  # no sideways scroll
    page.goto(seed_server + "/#graph")
    page.wait_for_selector('#graph g.node[data-actor="RUS"]')
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert errors == []


def test_map_circles_table_and_click_through(geo_server, browser, tmp_path):
    page, errors = open_page(browser)
    page.goto(geo_server + "/#map")
    page.wait_for_selector("#map g.place circle")
    places = page.locator("#map g.place").evaluate_all("gs => gs.map(g => g.dataset.country)")
    assert sorted(places) == ["CHN", "PSE", "UKR", "UKR"]  # the unlocated FRA-DEU event is not drawn
    # a store coded by an older coder: the overview says so
    page.locator("#overview", has_text="older coder").wait_for()
    assert "9 documents coded by an older coder" in page.locator("#overview").text_content()
    assert page.locator("#map .grat").count() >= 4  # a graticule

    def radius(key: str) -> float:
        return float(page.locator(f'#map g.place[data-key^="{key}"] circle').get_attribute("r") or 0)

    assert radius("UKR|Kharkiv") > radius("UKR|Kyiv")  # sized by events (3 against 1)
    fills = dict(page.locator("#map g.place").evaluate_all(
        "gs => gs.map(g => [g.dataset.key.split('|')[1], g.querySelector('circle').getAttribute('fill')])"))
    assert fills["Beijing, China"] != fills["Nablus, Palestine"]  # cooperation and conflict differ in colour
    rows = page.locator("#map-table tbody tr")
    assert rows.count() == 4
    assert rows.first.locator("td").nth(0).text_content() == "Kharkiv"
    assert rows.first.locator("td").nth(3).text_content() == "3"
    page.screenshot(path=str(tmp_path / "map.png"))
    if os.environ.get("MULTIPOLAR_SCREENSHOT"):
        (REPO / "docs").mkdir(exist_ok=True)
        page.screenshot(path=str(REPO / "docs" / "map.png"))

    page.locator('#map g.place[data-key^="PSE|Nablus"] circle').click()  # a circle lists that place's events
    page.wait_for_selector("#events-table tbody tr")
    assert page.evaluate("location.hash").startswith("#events/")
    assert page.locator("#events-form input[name=place]").input_value() == "Nablus, Palestine"
    cells = page.locator("#events-table tbody tr").evaluate_all(
        "rows => rows.map(r => [r.cells[1].textContent, r.cells[2].textContent])")
    assert cells == [["ISR", "PSE"], ["ISR", "PSE"]]

    page.goto(geo_server + "/#map/level=country&from=2024-04-01&to=2024-04-30")  # country level, one month
    page.wait_for_function("() => document.querySelectorAll('#map-table tbody tr').length === 1")
    assert page.locator("#map-table tbody tr td:first-child").all_text_contents() == ["Ukraine"]
    assert page.locator("#map g.place").count() == 1
    link = page.locator("#map-table tbody tr a").first
    link.focus()  # keyboard: the rows are links
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#events-count').textContent === '3 events'")
    assert page.locator("#events-form input[name=country]").input_value() == "UKR"
    assert page.locator("#events-table tbody tr").count() == 3  # Kharkiv's two in April and Kyiv's one
    assert errors == []


def test_map_at_phone_width(geo_server, browser, tmp_path):
    page, errors = open_page(browser, width=390, height=844)
    page.goto(geo_server + "/#map")
    page.wait_for_selector("#map-table tbody tr")
    assert page.locator("#map g.place").count() == 4
    page.screenshot(path=str(tmp_path / "map-phone.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")  # no sideways scroll
    assert errors == []
