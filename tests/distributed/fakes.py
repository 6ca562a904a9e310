"""A fake coder for the Dask tests: fast, deterministic, picklable by value."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from functools import partial

from multipolar.records import Document, Event
from tests.store.factory import make_event


def fake_code(documents: Iterable[Document], delay: float = 0.0) -> Iterator[tuple[Document, list[Event]]]:
    """RUS/CHN consult in every document; RUS/UKR attack where the text says WAR."""
    for doc in documents:
        time.sleep(delay)
        events = [make_event(doc.id, "RUS", "CHN", "042", date=None, publisher=None)]
        if "WAR" in doc.text:
            events.append(make_event(doc.id, "RUS", "UKR", "190", date=None, sentence_index=1))
        yield doc, events


def fake_coder(delay: float = 0.0):
    """The fake coder (what a factory builds once per worker)."""
    return partial(fake_code, delay=delay)


def fake_factory(delay: float = 0.0):
    """A coder factory as the worker plugin takes it."""
    return partial(fake_coder, delay)
