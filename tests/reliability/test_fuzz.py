"""Bad input, property-based: readers, the HTML extractor, dates, the store and the coder never raise.

Every input becomes documents, one-line errors or one-line warnings; a document that is read can
be stored and coded. Strategies: arbitrary Unicode (control characters, surrogates, huge tokens),
arbitrary bytes in several encodings, deeply nested or truncated JSON, broken HTML.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from multipolar.ingest.dateline import dateline_date
from multipolar.ingest.html import html_to_text
from multipolar.ingest.readers import ReadError, ReadWarning, normalise_date, read_file, read_jsonl_lines
from multipolar.records import Document
from multipolar.store.database import open_db
from multipolar.store.writer import write_batch
from tests.store.factory import make_event

ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
CONTROL = st.text(st.characters(min_codepoint=0, max_codepoint=0x1F) | st.characters(min_codepoint=0x7F,
                                                                                        max_codepoint=0x9F),
                  max_size=50)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=12,
)
RECORDS = st.fixed_dictionaries(
    {}, optional={"id": JSON_VALUES, "text": JSON_VALUES | ANY_TEXT, "date": JSON_VALUES, "title": JSON_VALUES,
                  "publisher": JSON_VALUES, "url": JSON_VALUES})
ENCODINGS = st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252", "utf-8-sig"])
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(st.lists(RECORDS.map(json.dumps) | st.binary(max_size=80) | ANY_TEXT, max_size=8))
@SETTINGS
def test_jsonl_lines_give_one_document_or_one_error_each(lines: list[object]) -> None:
    raw = [line.encode("utf-8", "surrogatepass") if isinstance(line, str) else line for line in lines]
    raw = [b" ".join(line.splitlines()) for line in raw if isinstance(line, bytes)]
    items = list(read_jsonl_lines(raw, "feed.jsonl", None))
    outcomes: dict[str, list[str]] = {}
    for item in items:
        assert isinstance(item, Document | ReadError | ReadWarning)
        outcomes.setdefault(item.origin, []).append(type(item).__name__)
        if isinstance(item, Document):
            item.text.encode("utf-8")  # storable: no lone surrogates left
            assert item.title is None or isinstance(item.title, str)
    for kinds in outcomes.values():  # per line: exactly one document or one error (warnings aside)
        assert kinds.count("Document") + kinds.count("ReadError") == 1


@given(st.integers(1, 200_000), st.sampled_from(["[", '{"a":', '{"id": "x", "text": ']))
@settings(max_examples=20, deadline=None)
def test_deeply_nested_or_truncated_json_is_one_error(depth: int, opener: str) -> None:
    (item,) = read_jsonl_lines([opener * depth], "deep.jsonl", None)
    assert isinstance(item, ReadError) and item.message.startswith("malformed JSON")


@given(st.binary(max_size=400) | ANY_TEXT.flatmap(lambda t: ENCODINGS.map(lambda e: t.encode(e, "replace"))),
       st.sampled_from([".txt", ".html", ".jsonl", ".htm", ""]))
@SETTINGS
def test_any_file_content_is_read_without_raising(tmp_path_factory, data: bytes, suffix: str) -> None:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("f")) / f"input{suffix}"
    path.write_bytes(data)
    items = list(read_file(path))
    assert items and all(isinstance(i, Document | ReadError | ReadWarning) for i in items)
    for item in items:
        if isinstance(item, Document):
            assert item.text.strip()
            item.text.encode("utf-8")


@given(st.lists(st.sampled_from(["<p>", "</p>", "<div", "<!--", "-->", "<![CDATA[", "<!DOCTYPE", "<script>",
                                 "</script>", "&amp", "&#99999999;", "&#x110000;", "<title>", "<a href='",
                                 "<?xml", "]]>", "<!", "<br/>", ">", "<"]) | ANY_TEXT, max_size=20).map("".join))
@SETTINGS
def test_broken_html_gives_text_or_nothing(markup: str) -> None:
    title, text = html_to_text(markup)
    assert isinstance(text, str) and (title is None or isinstance(title, str))


def test_a_marked_section_with_no_name_is_kept_as_text() -> None:
    # the standard library's parser raised AssertionError on these
    assert html_to_text("<![0") == (None, "<![0")
    assert html_to_text("<p>rates <![ rose</p>") == (None, "rates <![ rose")


@given(ANY_TEXT | JSON_VALUES)
@SETTINGS
def test_dates_are_iso_or_value_errors(value: object) -> None:
    try:
        result = normalise_date(value)
    except ValueError:
        return
    assert result is None or len(result) == 10
    if isinstance(value, str):
        found = dateline_date(value)
        assert found is None or len(found) == 10


@given(st.lists(st.tuples(ANY_TEXT | CONTROL, ANY_TEXT.filter(str.strip)), min_size=1, max_size=5,
                unique_by=lambda row: row[0]))
@SETTINGS
def test_any_read_document_can_be_stored(rows: list[tuple[str, str]]) -> None:
    lines = [json.dumps({"id": doc_id or "empty", "text": text, "title": doc_id, "date": "2024-01-02"}).encode()
             for doc_id, text in rows]
    documents = [i for i in read_jsonl_lines(lines, "f.jsonl", None) if isinstance(i, Document)]
    documents = list({d.id: d for d in documents}.values())
    con = open_db(":memory:")
    try:
        write_batch(con, [(d, [make_event(d.id, "RUS", "CHN", "042")]) for d in documents])
        stored = dict(con.execute("SELECT doc_id, title FROM documents").fetchall())
    except duckdb.Error as exc:  # pragma: no cover - the failure this test looks for
        raise AssertionError(f"could not store {documents!r}: {exc}") from exc
    finally:
        con.close()
    assert stored == {d.id: d.title for d in documents}


WORDS = st.sampled_from(["Russia", "attacked", "Ukraine", "the", "president", "said", ".", ",", "\n\n", "Iran",
                         "did", "not", "condemn", "Israel", "Merkel", "former", "'s", "(", ")", "\u200b", "\t"])


@given(st.lists(WORDS | ANY_TEXT | CONTROL | st.text("xyz", min_size=1000, max_size=5000), max_size=30)
       .map(" ".join), st.sampled_from([None, "2019-05-20"]))
@settings(max_examples=40, deadline=None)
def test_the_coder_takes_any_text(text: str, date: str | None) -> None:
    from multipolar.api import code_text

    for event in code_text(text, date=date):
        assert 0 <= event.char_start < event.char_end <= len(text)
        assert text[event.char_start:event.char_end] == event.trigger


def test_an_unpaired_surrogate_is_coded_like_the_replacement_character() -> None:
    from multipolar.api import code_text

    text = "Russia attacked Ukraine \ud800 on Monday."
    events = code_text(text)
    assert [e.trigger for e in events] == [e.trigger for e in code_text(text.replace("\ud800", "\ufffd"))]
    assert all(text[e.char_start:e.char_end] == e.trigger for e in events)
