"""The query API in one place: each function takes a database path (or connection) and returns data."""

from __future__ import annotations

from multipolar.analysis.blocs import blocs, find_blocs, signed_graph
from multipolar.analysis.dyad import dyad
from multipolar.analysis.events import events
from multipolar.analysis.export import export, export_frame
from multipolar.analysis.graph import graph, graph_text
from multipolar.analysis.places import located_share, places
from multipolar.analysis.relations import relations

__all__ = [
    "blocs",
    "dyad",
    "events",
    "export",
    "export_frame",
    "find_blocs",
    "graph",
    "graph_text",
    "located_share",
    "places",
    "relations",
    "signed_graph",
]
