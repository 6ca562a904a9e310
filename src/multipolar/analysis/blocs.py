"""The ``blocs`` query: groups of actors that cooperate with each other and conflict with others.

Method (a signed-graph community search in two steps):

1. A signed undirected graph: one edge per pair of actors, weighted by the sum of the Goldstein
   scores of their events in both directions (optionally times mentions). Positive pairs mostly
   cooperate, negative pairs mostly conflict; zero-sum pairs carry no signal and are dropped.
2. Louvain modularity (``networkx.community.louvain_communities``, fixed seed) on the *positive*
   part only gives a first partition: allies end up together, and actors with no positive tie
   stay alone. Louvain ignores the negative edges, so a structural-balance refinement follows:
   nodes move one at a time (to another bloc or to a bloc of their own) while that lowers the
   *frustration* of the partition, i.e. the weight of negative edges inside blocs plus the weight
   of positive edges between blocs (Heider's balance; Doreian & Mrvar's partitioning criterion).
   Every move lowers frustration strictly, so the refinement ends.
"""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pandas as pd

from multipolar.analysis.common import DB, actor_name, connection, date_filter


def signed_graph(
    db: DB,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    min_events: int = 1,
    weighted: bool = False,
) -> nx.Graph:
    """Undirected graph whose edge ``weight`` is the pair's Goldstein sum (both directions)."""
    conditions, params = date_filter(since, until)
    conditions = ["source IS NOT NULL", "target IS NOT NULL", "source <> target", *conditions]
    score = "goldstein * num_mentions" if weighted else "goldstein"
    sql = f"""
    SELECT least(source, target) AS a, greatest(source, target) AS b, sum({score}) AS weight, count(*) AS n
    FROM events WHERE {' AND '.join(conditions)}
    GROUP BY ALL HAVING count(*) >= ?
    ORDER BY a, b
    """
    with connection(db) as con:
        rows = con.execute(sql, [*params, max(1, min_events)]).fetchall()
    network = nx.Graph()
    for a, b, weight, n in rows:
        network.add_nodes_from((a, b))
        if weight:
            network.add_edge(a, b, weight=float(weight), events=int(n))
    return network


def frustration(network: nx.Graph, blocs: list[set[str]]) -> float:
    """Negative weight inside blocs plus positive weight between them."""
    where = {node: i for i, bloc in enumerate(blocs) for node in bloc}
    total = 0.0
    for a, b, weight in network.edges(data="weight"):
        same = where[a] == where[b]
        if (same and weight < 0) or (not same and weight > 0):
            total += abs(weight)
    return total


def _refine(network: nx.Graph, where: dict[str, int], max_sweeps: int = 100) -> dict[str, int]:
    """Move single nodes while frustration drops (a new bloc of its own is always a candidate)."""
    next_label = max(where.values(), default=-1) + 1
    for _ in range(max_sweeps):
        moved = False
        for node in sorted(network.nodes):
            ties: dict[int, float] = {}  # signed weight from node to each bloc
            for other, data in network[node].items():
                ties[where[other]] = ties.get(where[other], 0.0) + data["weight"]
            current = where[node]
            # frustration change of moving node from `current` to bloc c: tie(current) - tie(c)
            best, best_gain = current, 0.0
            candidates = sorted(set(ties) - {current})
            if any(where[n] == current for n in network.nodes if n != node):
                candidates.append(next_label)  # a bloc of its own
            for bloc in candidates:
                gain = ties.get(bloc, 0.0) - ties.get(current, 0.0)
                if gain > best_gain + 1e-12:
                    best, best_gain = bloc, gain
            if best != current:
                where[node] = best
                next_label += best == next_label
                moved = True
        if not moved:
            break
    return where


def find_blocs(network: nx.Graph, seed: int = 0) -> list[set[str]]:
    """Blocs of a signed graph (see the module docstring), largest first."""
    positive = nx.Graph()
    positive.add_nodes_from(network.nodes)
    positive.add_edges_from((a, b, d) for a, b, d in network.edges(data=True) if d["weight"] > 0)
    first = nx.community.louvain_communities(positive, weight="weight", seed=seed) if len(positive) else []
    where = {node: i for i, community in enumerate(first) for node in community}
    where = _refine(network, where)
    groups: dict[int, set[str]] = {}
    for node, label in where.items():
        groups.setdefault(label, set()).add(node)
    return sorted(groups.values(), key=lambda group: (-len(group), sorted(group)))


def blocs(
    db: DB,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    min_events: int = 1,
    weighted: bool = False,
    seed: int = 0,
) -> pd.DataFrame:
    """One row per actor: ``bloc`` (1 = largest), ``actor``, ``name``, ``internal`` and ``external``.

    ``internal`` is the actor's signed weight to its own bloc, ``external`` to the other blocs.
    """
    network = signed_graph(db, since, until, min_events=min_events, weighted=weighted)
    groups = find_blocs(network, seed=seed)
    where = {node: i for i, group in enumerate(groups, start=1) for node in group}
    rows = []
    for node in sorted(network.nodes, key=lambda n: (where[n], n)):
        internal = sum(d["weight"] for other, d in network[node].items() if where[other] == where[node])
        external = sum(d["weight"] for other, d in network[node].items() if where[other] != where[node])
        rows.append(
            {"bloc": where[node], "actor": node, "name": actor_name(node) or node,
             "internal": round(internal, 4), "external": round(external, 4)}
        )
    return pd.DataFrame(rows, columns=["bloc", "actor", "name", "internal", "external"])
