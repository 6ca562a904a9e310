"""multipolar: reads the news and maps the relations between states.

``code_text`` and ``code_documents`` (the Python API, :mod:`multipolar.api`) are imported on first
use, so importing a lower layer (``multipolar.store``, ``multipolar.analysis``) does not load spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from multipolar.records import ActorMention, Document, Event

if TYPE_CHECKING:
    from multipolar.api import code_documents, code_text

__all__ = ["ActorMention", "Document", "Event", "code_documents", "code_text"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in ("code_text", "code_documents"):
        from multipolar import api

        return getattr(api, name)
    raise AttributeError(f"module 'multipolar' has no attribute {name!r}")
