"""RSS/Atom feeds and saved web pages: entries and articles become documents with their metadata."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from multipolar.cli import app
from multipolar.ingest import DocumentStream, ReadError, read_feeds, read_inputs
from multipolar.ingest.html import extract_article
from multipolar.records import Document
from multipolar.store.database import open_db
from multipolar.workflow import commands
from tests.store.test_ingest import FakeCoder

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Harbour Wire</title><link>https://harbour.example/</link><description>News</description>
  <item>
    <title>Ministers meet in Lisbon</title>
    <link>https://harbour.example/a1</link>
    <guid>harbour-a1</guid>
    <pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
    <description>&lt;p&gt;Spain and Portugal signed a water-sharing accord in Lisbon.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Border row</title>
    <link>https://harbour.example/a2</link>
    <pubDate>Wed, 06 Mar 2024 11:00:00 GMT</pubDate>
    <description>Chile accused Bolivia of stalling the border talks.</description>
  </item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Northern Dispatch</title>
  <id>urn:uuid:feed-1</id><updated>2024-04-02T08:00:00Z</updated>
  <entry>
    <title>Fishing dispute</title>
    <id>urn:uuid:entry-1</id>
    <link href="https://dispatch.example/e1"/>
    <published>2024-04-01T07:15:00Z</published><updated>2024-04-02T08:00:00Z</updated>
    <content type="html">&lt;p&gt;Norway protested to Russia over trawlers near Svalbard.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def _docs(items: list[Document | ReadError]) -> list[Document]:
    assert not [i for i in items if isinstance(i, ReadError)]
    return [i for i in items if isinstance(i, Document)]


def test_rss_entries_become_documents(tmp_path: Path) -> None:
    path = tmp_path / "harbour.rss"
    path.write_text(RSS, encoding="utf-8")
    docs = _docs(list(read_inputs([str(path)])))
    assert [(d.id, d.date, d.publisher, d.url) for d in docs] == [
        ("harbour-a1", "2024-03-05", "Harbour Wire", "https://harbour.example/a1"),
        ("https://harbour.example/a2", "2024-03-06", "Harbour Wire", "https://harbour.example/a2"),
    ]
    assert docs[0].text == "Spain and Portugal signed a water-sharing accord in Lisbon."
    assert docs[0].title == "Ministers meet in Lisbon"


def test_atom_entry_via_feed_option(tmp_path: Path) -> None:
    path = tmp_path / "dispatch.xml"
    path.write_text(ATOM, encoding="utf-8")
    docs = _docs(list(read_feeds([str(path)])))
    assert [(d.id, d.date, d.publisher, d.url) for d in docs] == [
        ("urn:uuid:entry-1", "2024-04-01", "Northern Dispatch", "https://dispatch.example/e1")]
    assert "Norway protested to Russia" in docs[0].text


def test_not_a_feed_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<notes><note>hello</note></notes>", encoding="utf-8")
    errors: list[ReadError] = []
    stream = DocumentStream([], feeds=[str(path), str(tmp_path / "absent.rss")], on_error=errors.append)
    assert list(stream) == []
    assert len(errors) == 2 and "no feed entries" in str(errors[0]) and "absent.rss" in str(errors[1])


def test_polling_a_feed_twice_stores_nothing_new(tmp_path: Path, monkeypatch) -> None:
    feed = tmp_path / "harbour.rss"
    feed.write_text(RSS, encoding="utf-8")
    db = tmp_path / "feeds.duckdb"
    monkeypatch.setattr(commands, "_coder", lambda jobs: FakeCoder())
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", "--feed", str(feed), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "2 stored" in first.output
    second = runner.invoke(app, ["ingest", str(feed), "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "0 stored" in second.output and "2 unchanged" in second.output
    con = open_db(db, read_only=True)
    rows = con.execute("SELECT doc_id, publisher, date::VARCHAR FROM documents ORDER BY doc_id").fetchall()
    con.close()
    assert rows == [("harbour-a1", "Harbour Wire", "2024-03-05"),
                    ("https://harbour.example/a2", "Harbour Wire", "2024-03-06")]


def test_ingest_without_inputs_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2 and "--feed" in result.output


PAGE = """<!doctype html><html><head><title>Talks in Geneva | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience on our site.
Accept all cookies or manage your preferences.</p></div>
<article><h1>Talks in Geneva</h1>
<p>GENEVA - Russian and American diplomats met in Geneva on Tuesday to discuss arms control, officials said.</p>
<p>The two delegations agreed to meet again next month in Vienna, according to a joint statement issued after
the talks ended late in the evening.</p>
<p>Neither side gave details of the proposals, but both described the atmosphere as businesslike.</p>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Iran rejects sanctions talk</a></li>
<li><a href="/b">Markets rally on rate hopes</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Great article, I think China will invade Taiwan soon!</p></div></section>
<footer><p>Copyright Daily Planet. Contact us.</p></footer></body></html>
"""


def test_saved_page_yields_only_the_article(tmp_path: Path) -> None:
    path = tmp_path / "geneva.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = _docs(list(read_inputs([str(path)])))
    assert doc.text.startswith("GENEVA - Russian and American diplomats met in Geneva")
    assert "businesslike" in doc.text
    for noise in ("Home", "World news", "cookies", "Related stories", "Iran rejects", "China will invade",
                  "Copyright"):
        assert noise not in doc.text
    assert doc.title == "Talks in Geneva"
    assert doc.publisher == "Daily Planet"
    assert doc.date == "2024-03-05"


def test_stdlib_fallback_when_extractor_finds_nothing(monkeypatch) -> None:
    import multipolar.ingest.html as html

    monkeypatch.setattr(html, "trafilatura_article", lambda markup: None)
    article = extract_article("<html><head><title>T</title></head><body><p>Peru thanked Ecuador.</p></body></html>")
    assert (article.extractor, article.title, article.text) == ("stdlib", "T", "Peru thanked Ecuador.")
