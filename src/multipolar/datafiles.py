"""The one reader of multipolar's data files: tab-separated tables and word lists.

One set of rules for every file under a ``data/`` folder:

* UTF-8 text; a line that is blank or starts with ``#`` is a comment;
* a table's cells are separated by tabs and stripped of surrounding spaces; ``-`` or an empty cell
  means "no value"; a table declared with a header has, as its first non-comment line, exactly the
  declared column names; a row may leave trailing optional columns out but never has more columns
  than declared;
* a word list has one entry (a word or a phrase) per line, each entry once.

Every problem is a :class:`DataFileError` whose message starts with ``file:line``, raised when the
file is loaded (the loaders call the reader once per process), so a bad edit fails the first run.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)

#: The package root: data files are named relative to it in messages ("events/data/cameo.tsv").
PACKAGE_ROOT = Path(__file__).resolve().parent


class DataFileError(ValueError):
    """A malformed data file; the message names ``file:line``."""


def data_file(package_file: str, name: str) -> Path:
    """``name`` in the ``data/`` folder beside a module (call with ``__file__``)."""
    return Path(package_file).resolve().parent / "data" / name


def display_name(path: Path) -> str:
    """A data file's name for messages: relative to the package when inside it."""
    try:
        return str(path.resolve().relative_to(PACKAGE_ROOT))
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Row:
    """One table row: its cells by column name, and where it came from (for error messages)."""

    source: str
    line: int
    columns: tuple[str, ...]
    cells: tuple[str, ...]

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"

    def error(self, problem: str) -> DataFileError:
        return DataFileError(f"{self.where}: {problem}")

    def __getitem__(self, column: str) -> str:
        """The cell of ``column`` ("" when the row leaves it out)."""
        index = self.columns.index(column)
        return self.cells[index] if index < len(self.cells) else ""

    def value(self, column: str) -> str | None:
        """The cell, or None for ``-`` and empty cells."""
        cell = self[column]
        return None if cell in ("", "-") else cell

    def items(self, column: str, separator: str = "|") -> tuple[str, ...]:
        """A list cell ("a|b|c"; ``-`` or empty = no items)."""
        cell = self[column]
        if cell in ("", "-"):
            return ()
        return tuple(part.strip() for part in cell.split(separator) if part.strip())

    def choice(self, column: str, allowed: type[E]) -> E:
        """The cell as a member of ``allowed``; anything else is an error naming the file and line."""
        cell = self[column]
        try:
            return allowed(cell)
        except ValueError:
            raise self.error(f"bad {column} {cell!r} (one of {', '.join(allowed)})") from None

    def choices(self, column: str, allowed: type[E], separator: str = "|") -> frozenset[E]:
        """A list cell whose every item is a member of ``allowed``."""
        out: set[E] = set()
        for item in self.items(column, separator):
            try:
                out.add(allowed(item))
            except ValueError:
                raise self.error(f"bad {column} {item!r} (one of {', '.join(allowed)})") from None
        return frozenset(out)

    def number(self, column: str) -> float:
        try:
            return float(self[column])
        except ValueError:
            raise self.error(f"bad {column} {self[column]!r} (a number)") from None

    def integer(self, column: str) -> int:
        try:
            return int(self[column])
        except ValueError:
            raise self.error(f"bad {column} {self[column]!r} (an integer)") from None


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield number, line


def parse_table(
    text: str, source: str, columns: Sequence[str], required: int | None = None, header: bool = False
) -> list[Row]:
    """The rows of a table's text (see the module doc for the rules).

    ``required``: how many leading columns every row must fill (default: all); ``header``: the first
    non-comment line names the columns.
    """
    names = tuple(columns)
    need = len(names) if required is None else required
    rows: list[Row] = []
    lines = _content_lines(text)
    if header:
        first = next(lines, None)
        got = tuple(cell.strip() for cell in first[1].split("\t")) if first else ()
        if got != names:
            number = first[0] if first else 1
            raise DataFileError(f"{source}:{number}: header should be {' '.join(names)!r}, got {' '.join(got)!r}")
    for number, line in lines:
        cells = tuple(cell.strip() for cell in line.split("\t"))
        while len(cells) > need and cells[-1] == "":
            cells = cells[:-1]
        if len(cells) > len(names) or len(cells) < need:
            expected = str(len(names)) if need == len(names) else f"{need} to {len(names)}"
            raise DataFileError(f"{source}:{number}: expected {expected} columns, got {len(cells)}")
        rows.append(Row(source, number, names, cells))
    return rows


def read_table(path: Path, columns: Sequence[str], required: int | None = None, header: bool = False) -> list[Row]:
    """The rows of a table file (see :func:`parse_table`)."""
    return parse_table(path.read_text(encoding="utf-8"), display_name(path), columns, required, header)


def parse_words(text: str, source: str) -> tuple[str, ...]:
    """The entries of a word list's text, in file order; a repeated entry is an error."""
    seen: dict[str, int] = {}
    for number, line in _content_lines(text):
        word = line.strip()
        if "\t" in word:
            raise DataFileError(f"{source}:{number}: a word list has one entry a line, no tabs")
        if word in seen:
            raise DataFileError(f"{source}:{number}: {word!r} repeats line {seen[word]}")
        seen[word] = number
    return tuple(seen)


def read_words(path: Path) -> frozenset[str]:
    """The entries of a word-list file, as a set."""
    return frozenset(read_list(path))


def read_list(path: Path) -> tuple[str, ...]:
    """The entries of a word-list file, in file order (column lists, ranked lists)."""
    return parse_words(path.read_text(encoding="utf-8"), display_name(path))
