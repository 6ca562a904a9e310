"""Split a long text into pieces the model can parse, and map what was found back onto the whole text.

A document longer than the piece limit (``PipelineConfig.max_chunk_chars``, always below the
model's ``max_length``) is cut at the last paragraph break before the limit, else at the last
sentence end, else at the last space, else (one huge token) at the limit itself. The pieces cover
the text exactly, so adding a piece's offset to a character offset found in it gives the offset in
the document; sentence and token indexes are shifted by the sentences and tokens of earlier pieces.
"""

from __future__ import annotations

import dataclasses
import re

from multipolar.records import ActorMention, Event

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def _last_cut(pattern: re.Pattern[str], window: str, floor: int) -> int | None:
    """End of the last match of ``pattern`` in ``window`` that ends after ``floor``, or None."""
    best = None
    for match in pattern.finditer(window):
        if match.end() > floor and match.end() < len(window) + 1:
            best = match.end()
    return best


def _cut(window: str, limit: int) -> int:
    """Where to end the piece that starts ``window`` (``len(window) > limit``)."""
    head = window[:limit]
    half = limit // 2
    for floor in (half, 0):
        for pattern in (_PARAGRAPH, _SENTENCE):
            cut = _last_cut(pattern, head, floor)
            if cut:
                return cut
    cut = _last_cut(_SPACE, head, 0)
    return cut or limit


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each piece at most ``limit`` characters."""
    if limit < 1:
        raise ValueError("limit must be positive")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = start + _cut(text[start : start + limit + 1], limit)
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


def shift_event(event: Event, char_offset: int, sentence_offset: int) -> Event:
    """An event found in a piece, with offsets and sentence index in the whole document."""
    if not char_offset and not sentence_offset:
        return event
    return dataclasses.replace(
        event,
        sentence_index=event.sentence_index + sentence_offset,
        sentence_start=event.sentence_start + char_offset,
        char_start=event.char_start + char_offset,
        char_end=event.char_end + char_offset,
    )


def shift_mention(mention: ActorMention, char_offset: int, token_offset: int) -> ActorMention:
    """An actor mention found in a piece, with token and character offsets in the whole document."""
    if not char_offset and not token_offset:
        return mention
    return dataclasses.replace(
        mention,
        start=mention.start + token_offset,
        end=mention.end + token_offset,
        start_char=mention.start_char + char_offset,
        end_char=mention.end_char + char_offset,
    )
