"""The query API in one place: each function takes a database path (or connection) and returns data."""

from __future__ import annotations

from multipolar.analysis.actors import actors, has_actor, overview
from multipolar.analysis.blocs import blocs, find_blocs, signed_graph
from multipolar.analysis.documents import document
from multipolar.analysis.dyad import dyad
from multipolar.analysis.events import EventFilter, EventSort, events, events_page
from multipolar.analysis.export import export, export_frame
from multipolar.analysis.graph import graph, graph_text, pair_network
from multipolar.analysis.places import located_share, places
from multipolar.analysis.relations import relations

__all__ = [
    "EventFilter",
    "EventSort",
    "actors",
    "blocs",
    "document",
    "dyad",
    "events",
    "events_page",
    "export",
    "export_frame",
    "find_blocs",
    "graph",
    "graph_text",
    "has_actor",
    "located_share",
    "overview",
    "pair_network",
    "places",
    "relations",
    "signed_graph",
]
