"""The one data-file reader: comment and header rules, column counts, typed cells, word lists."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import pytest

from multipolar.datafiles import DataFileError, parse_table, parse_words, read_list, read_words


class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


def test_comments_blank_lines_header_and_optional_columns() -> None:
    text = "# about\nname\tcolour\tnote\n\n# more\nsky\tblue\nrose\tred\tpretty \n"
    rows = parse_table(text, "t.tsv", ("name", "colour", "note"), required=2, header=True)
    assert [(r.line, r["name"], r["note"]) for r in rows] == [(5, "sky", ""), (6, "rose", "pretty")]
    assert rows[0].choice("colour", Colour) is Colour.BLUE and rows[0].value("note") is None


def test_a_wrong_header_or_column_count_names_file_and_line() -> None:
    with pytest.raises(DataFileError, match=r"t.tsv:2: header should be 'name colour'"):
        parse_table("# c\nname\tcolor\n", "t.tsv", ("name", "colour"), header=True)
    with pytest.raises(DataFileError, match=r"t.tsv:2: expected 2 columns, got 3"):
        parse_table("a\tb\na\tb\tc\n", "t.tsv", ("name", "colour"))
    with pytest.raises(DataFileError, match=r"t.tsv:1: expected 2 to 3 columns, got 1"):
        parse_table("a\n", "t.tsv", ("name", "colour", "note"), required=2)


def test_typed_cells_reject_values_outside_their_set() -> None:
    (row,) = parse_table("sky\tgreen|blue\t1.5x\n", "t.tsv", ("name", "colours", "weight"))
    with pytest.raises(DataFileError, match=r"t.tsv:1: bad colours 'green' \(one of red, blue\)"):
        row.choices("colours", Colour)
    with pytest.raises(DataFileError, match=r"t.tsv:1: bad weight '1.5x'"):
        row.number("weight")
    assert row.items("colours") == ("green", "blue")


def test_word_lists_keep_order_and_reject_repeats_and_tabs(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_text("# words\nurge\n\nask  \ncall on\n", encoding="utf-8")
    assert read_list(path) == ("urge", "ask", "call on")
    assert read_words(path) == {"urge", "ask", "call on"}
    with pytest.raises(DataFileError, match=r"w.txt:3: 'urge' repeats line 1"):
        parse_words("urge\nask\nurge\n", "w.txt")
    with pytest.raises(DataFileError, match=r"w.txt:1: a word list has one entry a line"):
        parse_words("urge\tverb\n", "w.txt")


def test_every_shipped_word_list_loads() -> None:
    root = Path(__file__).resolve().parents[1] / "src" / "multipolar"
    lists = sorted(root.glob("*/data/words/*.txt"))
    assert len(lists) >= 10
    for path in lists:
        assert read_words(path), path
