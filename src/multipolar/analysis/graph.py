"""The ``graph`` query: actors as nodes, directed weighted edges, cooperation and conflict apart."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import networkx as nx

from multipolar.analysis.common import DB, actor_name, connection, date_filter

GRAPH_FORMATS = ("json", "graphml", "gexf")


def graph(
    db: DB,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    min_events: int = 1,
) -> nx.MultiDiGraph:
    """A directed multigraph with up to two edges per ordered pair, keyed ``cooperation`` / ``conflict``.

    Cooperation is QuadClass 1-2, conflict 3-4. Each edge has ``weight`` (events), ``mentions``,
    ``goldstein_sum`` and ``intensity`` (sum of |Goldstein|); nodes have ``name``, ``events_out``
    and ``events_in``. Self-relations and events lacking a source or target are left out.
    """
    conditions, params = date_filter(since, until)
    conditions = ["source IS NOT NULL", "target IS NOT NULL", "source <> target", *conditions]
    sql = f"""
    SELECT source, target, CASE WHEN quad <= 2 THEN 'cooperation' ELSE 'conflict' END AS kind,
           count(*) AS events, sum(num_mentions)::BIGINT AS mentions,
           sum(goldstein) AS goldstein_sum, sum(abs(goldstein)) AS intensity
    FROM events WHERE {' AND '.join(conditions)}
    GROUP BY ALL HAVING count(*) >= ?
    ORDER BY source, target, kind
    """
    with connection(db) as con:
        rows = con.execute(sql, [*params, max(1, min_events)]).fetchall()
    result = nx.MultiDiGraph()
    for source, target, kind, events, mentions, goldstein_sum, intensity in rows:
        for node in (source, target):
            if node not in result:
                result.add_node(node, name=actor_name(node) or node, events_out=0, events_in=0)
        result.add_edge(
            source, target, key=kind, kind=kind, weight=int(events), mentions=int(mentions),
            goldstein_sum=round(float(goldstein_sum), 4), intensity=round(float(intensity), 4),
        )
        result.nodes[source]["events_out"] += int(events)
        result.nodes[target]["events_in"] += int(events)
    return result


def graph_text(network: nx.MultiDiGraph, fmt: str = "json") -> str:
    """The graph as node-link JSON, GraphML or GEXF."""
    if fmt == "json":
        data: dict[str, Any] = nx.node_link_data(network, edges="edges")
        return json.dumps(data, indent=2, ensure_ascii=False)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(network, buffer, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(network, buffer, encoding="utf-8")
    else:
        raise ValueError(f"bad graph format {fmt!r} (one of {', '.join(GRAPH_FORMATS)})")
    return buffer.getvalue().decode("utf-8")


def pair_graph(network: nx.MultiDiGraph) -> nx.Graph:
    """The directed multigraph folded into one undirected edge per pair of actors.

    Edges carry ``events``, ``mentions``, ``cooperation`` and ``conflict`` (event counts) and
    ``goldstein_mean`` (per event, both directions); nodes keep their attributes plus ``events``.
    """
    pairs = nx.Graph()
    for node, data in network.nodes(data=True):
        pairs.add_node(node, **data, events=data["events_out"] + data["events_in"])
    for source, target, data in network.edges(data=True):
        if not pairs.has_edge(source, target):
            pairs.add_edge(source, target, events=0, mentions=0, cooperation=0, conflict=0, goldstein_sum=0.0)
        edge = pairs[source][target]
        edge["events"] += data["weight"]
        edge["mentions"] += data["mentions"]
        edge[data["kind"]] += data["weight"]
        edge["goldstein_sum"] += data["goldstein_sum"]
    for _, _, edge in pairs.edges(data=True):
        edge["goldstein_mean"] = round(edge.pop("goldstein_sum") / edge["events"], 4)
    return pairs
