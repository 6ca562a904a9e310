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



def pair_network(
    db: DB,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    min_events: int = 1,
    limit: int | None = None,
) -> nx.Graph:
    """One undirected edge per pair of actors: ``events`` (both directions), ``mentions``,
    ``cooperation`` and ``conflict`` (QuadClass 1-2 and 3-4 counts) and ``goldstein_mean``; only the
    ``limit`` pairs with most events when given. Nodes have ``name``, ``events_out``, ``events_in``
    and ``events`` (all their events with another actor in the range, shown pairs or not).
    Self-relations and events lacking a source or target are left out, as in :func:`graph`."""
    conditions, params = date_filter(since, until)
    where = " AND ".join(["source IS NOT NULL", "target IS NOT NULL", "source <> target", *conditions])
    top = f"LIMIT {int(limit)}" if limit else ""
    sql = f"""
    WITH pairs AS (
        SELECT least(source, target) AS a, greatest(source, target) AS b, count(*) AS events,
               sum(num_mentions)::BIGINT AS mentions, count(*) FILTER (WHERE quad <= 2) AS cooperation,
               count(*) FILTER (WHERE quad > 2) AS conflict, avg(goldstein) AS goldstein_mean
        FROM events WHERE {where}
        GROUP BY ALL HAVING count(*) >= ?
        ORDER BY events DESC, a, b {top}
    ), shown AS (SELECT a AS code FROM pairs UNION SELECT b FROM pairs)
    SELECT 'edge' AS kind, a, b, events, mentions, cooperation, conflict, goldstein_mean FROM pairs
    UNION ALL
    SELECT 'node', code, NULL, count(*) FILTER (WHERE side = 'out'), count(*) FILTER (WHERE side = 'in'),
           NULL, NULL, NULL
    FROM (SELECT source AS code, 'out' AS side FROM events WHERE {where}
          UNION ALL SELECT target, 'in' FROM events WHERE {where})
    WHERE code IN (SELECT code FROM shown) GROUP BY code
    """
    with connection(db) as con:
        rows = con.execute(sql, [*params, max(1, min_events), *params, *params]).fetchall()
    network = nx.Graph()
    for kind, a, b, n1, n2, cooperation, conflict, goldstein_mean in rows:
        if kind == "node":
            network.add_node(a, name=actor_name(a) or a, events_out=int(n1), events_in=int(n2),
                             events=int(n1) + int(n2))
        else:
            network.add_edge(a, b, events=int(n1), mentions=int(n2), cooperation=int(cooperation),
                             conflict=int(conflict), goldstein_mean=round(float(goldstein_mean), 4))
    return network
