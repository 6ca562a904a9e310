"""Long documents: split at paragraph, then sentence, boundaries and coded whole with document offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from multipolar.api import code_documents, code_text, get_pipeline, resolve_actors
from multipolar.cli import app
from multipolar.nlp.chunks import split_text
from multipolar.nlp.pipeline import PipelineConfig
from multipolar.records import Document

PARAGRAPHS = [
    "Russia attacked Ukraine on Monday. Officials in Kyiv condemned the strikes.",
    "China and India signed a trade agreement in Delhi.",
    "Iran threatened Israel with retaliation. The United States urged restraint.",
    "Egypt hosted talks between Sudan and South Sudan.",
]


def _long_text(repeats: int) -> str:
    return "\n\n".join(PARAGRAPHS * repeats)


@given(st.text(alphabet=st.sampled_from("ab .!?\n\t"), max_size=400), st.integers(1, 60))
@settings(max_examples=200, deadline=None)
def test_pieces_cover_the_text_exactly_and_respect_the_limit(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= limit for _, piece in pieces)
    assert [offset for offset, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]


def test_cuts_prefer_paragraphs_then_sentences_then_spaces() -> None:
    text = "One two. Three four.\n\nFive six. Seven eight."
    assert [p for _, p in split_text(text, 30)] == ["One two. Three four.\n\n", "Five six. Seven eight."]
    assert [p for _, p in split_text("One two. Three four five six", 20)] == ["One two. ", "Three four five six"]
    assert [p for _, p in split_text("aaaa bbbb cccc", 10)] == ["aaaa bbbb ", "cccc"]
    assert [p for _, p in split_text("x" * 25, 10)] == ["x" * 10, "x" * 10, "x" * 5]


def _key(event):  # type: ignore[no-untyped-def]
    return (event.char_start, event.char_end, event.sentence_start, event.source, event.target, event.cameo)


def test_a_document_coded_in_pieces_matches_it_coded_whole() -> None:
    text = _long_text(3)
    document = Document(id="long", text=text, date="2024-05-16")
    ((_, whole),) = code_documents([document], PipelineConfig(n_process=1))
    ((_, pieces),) = code_documents([document], PipelineConfig(n_process=1, max_chunk_chars=160))
    assert len(whole) >= 6
    assert sorted(map(_key, pieces)) == sorted(map(_key, whole))
    for event in pieces:
        assert text[event.char_start:event.char_end] == event.trigger
        assert text[event.sentence_start:].startswith(event.sentence[:20])
    # sentence indexes run on across pieces
    assert max(e.sentence_index for e in pieces) == max(e.sentence_index for e in whole)


def test_text_longer_than_the_model_limit_is_coded_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = get_pipeline(PipelineConfig())
    text = _long_text(12)
    monkeypatch.setattr(nlp, "max_length", 1000)
    assert len(text) > 3 * nlp.max_length
    events = code_text(text, date="2024-05-16")
    assert events and max(e.char_start for e in events) > 2 * nlp.max_length
    assert all(text[e.char_start:e.char_end] == e.trigger for e in events)
    mentions = resolve_actors(text, date="2024-05-16")
    assert all(text[m.start_char:m.end_char] == m.text for m in mentions)
    assert max(m.start_char for m in mentions) > 2 * nlp.max_length


def test_code_command_never_shows_the_limit_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = get_pipeline(PipelineConfig())
    monkeypatch.setattr(nlp, "max_length", 1000)
    book = tmp_path / "book.txt"
    book.write_text(_long_text(10), encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text("Japan protested to China.", encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(book), str(short), "-f", "jsonl", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "E088" not in result.output and "Traceback" not in result.output
    ids = [json.loads(line)["doc_id"] for line in result.stdout.splitlines()]
    assert "short.txt" in ids and ids.count("book.txt") >= 20


def test_max_doc_chars_reports_and_skips_only_the_long_document(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(_long_text(2), encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("Japan protested to China.", encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(big), str(small), "-f", "jsonl", "-j", "1",
                                      "--max-doc-chars", "100"])
    assert result.exit_code == 0, result.output
    assert f"error: {big}: document 'big.txt' has {len(big.read_text()):,} characters" in result.stderr
    assert "1 over --max-doc-chars not coded" in result.stderr
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {"small.txt"}
