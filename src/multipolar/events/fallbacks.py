"""Fallback coders, chosen by name: spaCy's ``multipolar_fallbacks`` registry.

A fallback codes a sentence that has actors but no lexicon event: ``(doc, sentence, index) -> events``.
Register one with ``@fallbacks.register("name")`` (or a ``multipolar_fallbacks`` entry point in a
plugin's pyproject) and name it in the component's config::

    nlp.add_pipe("multipolar_events", config={"fallbacks": ["name"]})

Fallbacks run only with ``use_classifier`` on, in the order named. (The older process-wide hook,
:func:`register_fallback`, still works for pipelines naming none.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc, Span
from spacy.util import registry

from multipolar.records import Event

#: A fallback codes a sentence the lexicon left without events: (doc, sentence, index) -> events.
Fallback = Callable[[Doc, Span, int], list[Event]]
_FALLBACKS: list[Fallback] = []

REGISTRY = "multipolar_fallbacks"
if not hasattr(registry, REGISTRY):
    registry.create(REGISTRY, entry_points=True)


def _table() -> Any:
    return getattr(registry, REGISTRY)


def register(name: str) -> Callable[[Fallback], Fallback]:
    """Decorator: register a fallback coder under ``name``."""
    decorator: Callable[[Fallback], Fallback] = _table().register(name)
    return decorator


def resolve(names: Sequence[str]) -> tuple[Fallback, ...]:
    """The registered fallbacks of ``names``, in order; an unknown name is an error naming the known ones."""
    table = _table()
    out = []
    for name in names:
        if name not in table:
            known = ", ".join(sorted(table.get_all())) or "none registered"
            raise ValueError(f"unknown fallback {name!r} ({known})")
        out.append(table.get(name))
    return tuple(out)


def register_fallback(fallback: Fallback) -> None:
    """Add a fallback coder, tried in order on sentences with actors but no lexicon event."""
    if fallback not in _FALLBACKS:
        _FALLBACKS.append(fallback)


def clear_fallbacks() -> None:
    _FALLBACKS.clear()


def registered_fallbacks() -> tuple[Fallback, ...]:
    return tuple(_FALLBACKS)
