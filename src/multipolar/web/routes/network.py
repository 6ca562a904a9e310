"""GET /api/graph, /api/blocs and /api/actors: the network of actors."""

from __future__ import annotations

from typing import Annotated, Any

import networkx as nx
from fastapi import APIRouter, Query, Response

from multipolar.analysis.actors import actors, overview
from multipolar.analysis.blocs import blocs, find_blocs
from multipolar.analysis.graph import pair_network
from multipolar.web.deps import Since, StoreDep, Until, check_range, records
from multipolar.web.schemas import ERRORS, Actor, BlocRow, Graph, Overview

router = APIRouter(tags=["network"], responses=ERRORS)

MinEvents = Annotated[int, Query(ge=1, le=1_000_000, description="Pairs with at least N events.")]


def _signed(pairs: nx.Graph) -> nx.Graph:
    """The pairs as a signed graph (weight = Goldstein sum), the input of the bloc search."""
    signed = nx.Graph()
    signed.add_nodes_from(pairs.nodes)
    for a, b, data in pairs.edges(data=True):
        weight = data["goldstein_mean"] * data["events"]
        if weight:
            signed.add_edge(a, b, weight=weight)
    return signed


def _component_layout(sub: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions of one connected component in [-1, 1]."""
    if len(sub) == 1:
        return {next(iter(sub)): (0.0, 0.0)}
    if len(sub) >= 500:  # networkx's sparse force layout needs scipy
        layout = nx.circular_layout(sub)
    else:
        layout = nx.spring_layout(sub, weight="events", seed=0, k=2.5 / len(sub) ** 0.5, iterations=60)
    return {node: (float(x), float(y)) for node, (x, y) in layout.items()}


def _layout(pairs: nx.Graph) -> dict[str, tuple[float, float]]:
    """Node positions in [-1, 1]: a force layout per connected component (weighted by events), the
    components packed in columns, largest first, each scaled by the square root of its size."""
    if len(pairs) == 0:
        return {}
    components = sorted(nx.connected_components(pairs), key=lambda c: (-len(c), sorted(c)))
    placed: dict[str, tuple[float, float]] = {}
    height = 2 * len(components[0]) ** 0.5  # the largest component sets the column height
    x = y = column_width = 0.0
    for nodes in components:
        size = len(nodes) ** 0.5
        if y and y + 2 * size > height:  # next column
            x, y, column_width = x + column_width + 0.5, 0.0, 0.0
        for node, (px, py) in _component_layout(pairs.subgraph(nodes)).items():
            placed[node] = (x + size * (px + 1), y + size * (py + 1))
        y += 2 * size + 0.5
        column_width = max(column_width, 2 * size)
    xs, ys = [p[0] for p in placed.values()], [p[1] for p in placed.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {n: (2 * (px - min(xs)) / span - 1, 2 * (py - min(ys)) / span - 1) for n, (px, py) in placed.items()}


@router.get("/api/graph", response_model=Graph, summary="Actors and their signed, weighted relations")
async def get_graph(
    store: StoreDep, since: Since = None, until: Until = None, min_events: MinEvents = 1,
    max_edges: Annotated[int, Query(ge=1, le=2000, description="Keep the N pairs with most events.")] = 300,
) -> Response:
    """One node per actor (``events`` = activity, ``x``/``y`` a layout in [-1, 1], ``bloc`` = its
    signed community among the pairs shown, found as by /api/blocs) and one undirected edge per pair:
    ``events`` (weight), ``goldstein_mean`` (sign), cooperation and conflict counts. At most
    ``max_edges`` pairs, those with most events."""
    check_range(since, until)

    def network(con: Any) -> dict[str, Any]:
        pairs = pair_network(con, since, until, min_events=min_events, limit=max_edges)
        groups = find_blocs(_signed(pairs))
        where = {node: i for i, group in enumerate(groups, 1) for node in group}
        layout = _layout(pairs)
        nodes = [
            {"id": node, "name": data["name"], "events": data["events"], "events_out": data["events_out"],
             "events_in": data["events_in"], "bloc": where.get(node),
             "x": round(layout[node][0], 4), "y": round(layout[node][1], 4)}
            for node, data in sorted(pairs.nodes(data=True))
        ]
        edges = [{"source": a, "target": b, **data} for a, b, data in sorted(pairs.edges(data=True))]
        return {"nodes": nodes, "edges": edges}

    return await store.json(network)


@router.get("/api/blocs", response_model=list[BlocRow], summary="Blocs of actors")
async def get_blocs(store: StoreDep, since: Since = None, until: Until = None, min_events: MinEvents = 1,
              weighted: bool = False) -> Response:
    """Actors that cooperate with each other and conflict with the others (signed communities), as
    ``multipolar blocs``."""
    check_range(since, until)
    return await store.json(lambda con: records(blocs(con, since, until, min_events=min_events, weighted=weighted)))


@router.get("/api/actors", response_model=list[Actor], summary="Actors present in the store")
async def get_actors(store: StoreDep) -> Response:
    """Every actor code with a name and its event counts, most active first (for search boxes)."""
    return await store.json(actors)


@router.get("/api/overview", response_model=Overview, summary="What the store holds")
async def get_overview(store: StoreDep) -> Response:
    """Numbers of events, mentions, documents and actors, and the first and last event dates."""
    return await store.json(overview)
