"""Generate a corpus of malformed input files, each with exactly one bad input, beside good ones.

Used by ``tests/reliability/test_malformed_corpus.py`` and ``benchmarks/malformed_corpus.py``.
Every bad file (or bad line) must give one ``error:`` line naming it; "nasty but readable" files
(broken markup around text, Windows-1252 bytes, control characters, huge tokens, surrogate escapes)
must be read, with at most one ``warning:`` line, and coded and stored like good ones.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

GOOD_TEXT = "Russia {n} attacked Ukraine. China and India signed a trade agreement. RUS 190 UKR, CHN 057 IND."


@dataclass
class Corpus:
    """What a generated corpus holds: bad inputs by origin, documents that must be stored."""

    root: Path
    bad: set[str] = field(default_factory=set)  # origins (file, or file:line) that must give one error line
    good: set[str] = field(default_factory=set)  # document ids that must be stored


def _text(n: int) -> str:
    return GOOD_TEXT.format(n=n)


def _jsonl(corpus: Corpus, name: str, n: int, bad_line: bytes | str) -> None:
    """A feed with one good record and then one bad line."""
    path = corpus.root / name
    good = json.dumps({"id": f"{name}#good", "text": _text(n), "date": "2024-05-16"}).encode()
    bad = bad_line.encode("utf-8") if isinstance(bad_line, str) else bad_line
    path.write_bytes(good + b"\n" + bad + b"\n")
    corpus.good.add(f"{name}#good")
    corpus.bad.add(f"{path}:2")


def _bad_file(corpus: Corpus, name: str, data: bytes) -> None:
    path = corpus.root / name
    path.write_bytes(data)
    corpus.bad.add(str(path))


def _readable(corpus: Corpus, name: str, data: bytes) -> None:
    (corpus.root / name).write_bytes(data)
    corpus.good.add(name)


BAD_LINES: list[Callable[[int], bytes | str]] = [
    lambda n: f'{{"id": "t{n}", "text": "truncated',
    lambda n: "[" * (5000 + n),
    lambda n: f'{{"id": "m{n}"}}',
    lambda n: f"[1, 2, {n}]",
    lambda n: f'{{"id": "x{n}", "text": {n}}}',
    lambda n: '{"id": ' + "9" * (5000 + n) + ', "text": "Chile protested."}',
    lambda n: f'{{"id": {{"nested": {n}}}, "text": "Chile protested."}}',
    lambda n: f'{{"id": "z\x00{n}", "text": "NUL bytes"}}'.encode(),
    lambda n: f'{{"id": "w{n}", "text": "   "}}',
]

BAD_FILES: list[tuple[str, Callable[[int], bytes]]] = [
    (".txt", lambda n: b""),
    (".txt", lambda n: b" \n\t " * (n % 5 + 1)),
    (".txt", lambda n: b"\x00\x01\x02binary" + bytes([n % 256])),
    (".html", lambda n: f"<html><script>var x = {n};</script><nav>menu</nav></html>".encode()),
    (".jsonl", lambda n: b""),
    (".htm", lambda n: f"<!-- nothing but a comment {n} -->".encode()),
]

READABLE: list[tuple[str, Callable[[int], bytes]]] = [
    (".html", lambda n: f"<html><title>T</title><p>Russia {n} attacked Ukraine.<div><p>Unclosed <b>bold".encode()),
    (".txt", lambda n: f"Caf\xe9 owners in Paris {n} protested. France condemned Russia.".encode("cp1252")),
    (".txt", lambda n: f"Iran\x07 condemned\x1b Israel\x0c {n}.\x7f".encode()),
    (".txt", lambda n: ("Egypt hosted talks. " + "x" * (20000 + n) + " Sudan attended.").encode()),
    (".jsonl", lambda n: ('{"id": "s", "text": "Iran \\ud800 condemned Israel ' + str(n) + '."}').encode()),
    (".html", lambda n: f"<p>Chile protestó {n}</p>".encode("utf-16")),
    (".jsonl", lambda n: f'{{"id": "s", "text": "Chile protested {n}.", "date": "not a date"}}'.encode()),
]


def generate(root: Path, files: int = 1000) -> Corpus:
    """``files`` input files under ``root``: bad lines, bad files and nasty-but-readable ones in turn."""
    root.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(root)
    kinds = len(BAD_LINES) + len(BAD_FILES) + len(READABLE)
    for n in range(files):
        kind = n % kinds
        if kind < len(BAD_LINES):
            _jsonl(corpus, f"feed{n:04d}.jsonl", n, BAD_LINES[kind](n))
            continue
        kind -= len(BAD_LINES)
        if kind < len(BAD_FILES):
            suffix, make = BAD_FILES[kind]
            _bad_file(corpus, f"bad{n:04d}{suffix}", make(n))
            continue
        suffix, make = READABLE[kind - len(BAD_FILES)]
        name = f"odd{n:04d}{suffix}"
        data = make(n)
        if suffix == ".jsonl":
            data = data.replace(b'"id": "s"', b'"id": "%s"' % name.encode())
        _readable(corpus, name, data)
    return corpus
