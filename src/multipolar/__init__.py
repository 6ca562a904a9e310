"""multipolar: reads the news and maps the relations between states."""

from __future__ import annotations

from multipolar.api import code_documents, code_text
from multipolar.records import ActorMention, Document, Event

__all__ = ["ActorMention", "Document", "Event", "code_documents", "code_text"]
__version__ = "0.1.0"
