"""Turn raw bytes and JSON values into clean text, saying (never hiding) what had to be repaired.

- Bytes: UTF-8 (a BOM is dropped); UTF-16 with a BOM; anything else is read as Windows-1252 (or
  Latin-1 for the five bytes Windows-1252 leaves undefined) with a warning naming the first bad byte.
  A NUL byte in the first 8 KiB without a UTF-16 BOM means a binary file: an error.
- Strings: unpaired UTF-16 surrogates (from JSON escapes such as ``"\\ud800"``) cannot be stored;
  each is replaced by U+FFFD with a warning.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_SURROGATE = re.compile("[\ud800-\udfff]")
_BINARY_PROBE = 8192


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with a warning when it was not clean UTF-8."""

    text: str
    warning: str | None = None


class BinaryInput(ValueError):
    """Bytes that are not text."""


def decode_bytes(data: bytes) -> Decoded:
    """Decode bytes as described in the module docstring; :class:`BinaryInput` for binary data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            return Decoded(data.decode("utf-16", errors="replace"),
                           f"invalid UTF-16 at byte {exc.start}: replaced with U+FFFD")
    if b"\x00" in data[:_BINARY_PROBE]:
        raise BinaryInput("looks like a binary file, not text")
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    for encoding, name in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            return Decoded(data.decode(encoding), f"not valid UTF-8 (byte {first_bad}): read as {name}")
        except UnicodeDecodeError:
            continue
    raise AssertionError("unreachable: Latin-1 decodes every byte")  # pragma: no cover


def clean_string(value: str) -> tuple[str, int]:
    """``value`` with unpaired surrogates replaced by U+FFFD, and how many there were."""
    if not _SURROGATE.search(value):
        return value, 0
    return _SURROGATE.subn("\ufffd", value)
