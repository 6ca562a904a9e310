"""Readers: every input kind, and bad input turned into one-line errors naming file and line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from multipolar.ingest import DocumentStream, ReadError, ReadWarning, normalise_date, read_inputs
from multipolar.ingest.html import html_to_text
from multipolar.records import Document


def _split(items: list[Document | ReadError]) -> tuple[list[Document], list[ReadError]]:
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    return docs, errors


def test_text_file_id_is_file_name(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Japan and India signed a defence pact.", encoding="utf-8")
    docs, errors = _split(list(read_inputs([str(path)], default_date="2024-01-02")))
    assert errors == []
    assert [(d.id, d.date) for d in docs] == [("story.txt", "2024-01-02")]


def test_jsonl_fields_and_date_normalised(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a", "text": "Egypt hosted talks.", "date": "2023-05-01T10:00:00Z", "publisher": "P1",
         "url": "http://x", "title": "T"},
        {"id": 7, "text": "Qatar mediated."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    docs, errors = _split(list(read_inputs([str(path)], default_date="2020-01-01")))
    assert errors == []
    assert docs[0].date == "2023-05-01" and docs[0].publisher == "P1" and docs[0].title == "T"
    assert docs[1].id == "7" and docs[1].date == "2020-01-01"


def test_bad_inputs_are_errors_and_good_ones_still_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Kenya recalled its ambassador.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "1", "text": "Chile protested."}\n{not json\n{"id": "3"}\n[1, 2]\n',
                    encoding="utf-8")
    paths = [str(good), str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"),
             str(tmp_path / "binary.txt"), str(tmp_path / "latin1.txt"), str(feed)]
    items = list(read_inputs(paths))
    docs, errors = _split(items)
    assert sorted(d.id for d in docs) == ["1", "good.txt", "latin1.txt"]
    assert next(d for d in docs if d.id == "latin1.txt").text == "café"
    warnings = [str(i) for i in items if isinstance(i, ReadWarning)]
    assert warnings == [f"{tmp_path / 'latin1.txt'}: not valid UTF-8 (byte 3): read as Windows-1252"]
    messages = [str(e) for e in errors]
    assert any("missing.txt" in m and "no such file" in m for m in messages)
    assert any("empty.txt" in m and "empty" in m for m in messages)
    assert any("binary.txt" in m and "binary" in m for m in messages)
    assert any(m.startswith(f"{feed}:2:") and "malformed JSON" in m for m in messages)
    assert any(m.startswith(f"{feed}:3:") and "text" in m for m in messages)
    assert any(m.startswith(f"{feed}:4:") for m in messages)
    assert all("\n" not in m for m in messages)


def test_directory_reads_known_suffixes_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text("<html><title>B</title><p>Two.</p></html>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "Makefile").write_text("ignored", encoding="utf-8")
    docs, errors = _split(list(read_inputs([str(tmp_path)])))
    assert errors == []
    assert sorted(d.id for d in docs) == ["a.txt", "b.html"]


def test_html_text_skips_scripts_and_keeps_paragraphs() -> None:
    title, text = html_to_text(
        "<html><head><title> Summit </title><script>var x = 1;</script></head>"
        "<body><nav>Menu</nav><p>Leaders met in Rome.</p><p>They signed a deal &amp; left.</p></body></html>"
    )
    assert title == "Summit"
    assert text == "Leaders met in Rome.\n\nThey signed a deal & left."


def test_stdin_plain_text_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Peru expelled a diplomat."))
    assert [d.id for d in read_inputs(["-"]) if isinstance(d, Document)] == ["stdin"]
    monkeypatch.setattr("sys.stdin", io.StringIO('{"id": "x", "text": "Fiji voted."}\n'))
    assert [d.id for d in read_inputs(["-"]) if isinstance(d, Document)] == ["x"]


def test_document_stream_counts_and_reports(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    seen: list[ReadError] = []
    stream = DocumentStream([str(tmp_path / "a.txt"), str(tmp_path / "nope.txt")], on_error=seen.append)
    assert [d.id for d in stream] == ["a.txt"]
    assert (stream.read, stream.errors) == (1, 1)
    assert "nope.txt" in seen[0].origin


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2023-03-21", "2023-03-21"), ("2023-03-21T08:00:00+02:00", "2023-03-21"), ("20230321", "2023-03-21"),
     (None, None), ("", None)],
)
def test_normalise_date(value: str | None, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_normalise_date_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="unrecognised date"):
        normalise_date("2023-13-45")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, March 21, 2023 - Leaders met.", "2023-03-21"),
        ("KYIV, 3 Sept 2024 (Wire) - Drones hit.", "2024-09-03"),
        ("2022-02-24: Troops crossed.", "2022-02-24"),
        ("SALVADOR, Feb 26 - Showers continued.", None),  # no year: no date guessed
        ("Leaders met. Later, on March 21, 2023, they signed.", None),  # not a dateline
        ("PARIS, February 30, 2023 - Impossible.", None),
    ],
)
def test_dateline_date(text: str, expected: str | None) -> None:
    from multipolar.ingest.dateline import dateline_date

    assert dateline_date(text) == expected


def test_dateline_gives_text_files_their_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("ROME, June 2, 2019 - Italy and France met.", encoding="utf-8")
    (doc,) = read_inputs([str(path)], default_date="2000-01-01")
    assert isinstance(doc, Document) and doc.date == "2019-06-02"
