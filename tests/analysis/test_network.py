"""The actor graph and the signed-community blocs."""

from __future__ import annotations

import io
import json

import networkx as nx

from multipolar.analysis.blocs import blocs, find_blocs, frustration
from multipolar.analysis.graph import graph, graph_text


def test_graph_keeps_cooperation_and_conflict_apart(event_db):
    network = graph(event_db)
    assert network.has_edge("RUS", "CHN", key="cooperation")
    assert not network.has_edge("RUS", "CHN", key="conflict")
    assert network["CHN"]["WST"]["conflict"]["weight"] == 2
    assert network["CHN"]["WST"]["conflict"]["goldstein_sum"] == -6.4
    assert network["RUS"]["CHN"]["cooperation"]["mentions"] == 3
    assert network.nodes["RUS"]["name"] == "Russia"
    assert network.nodes["CHN"]["events_out"] == 3
    assert set(graph(event_db, since="2024-02-01").nodes) == {"WST", "UKR", "USA", "CHN", "RUS"}
    assert set(graph(event_db, min_events=2).edges(keys=True)) == {
        ("CHN", "WST", "conflict"), ("RUS", "CHN", "cooperation")}


def test_graph_formats(event_db):
    network = graph(event_db)
    data = json.loads(graph_text(network, "json"))
    assert len(data["edges"]) == network.number_of_edges()
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        back = reader(io.BytesIO(graph_text(network, fmt).encode("utf-8")))
        assert back.number_of_edges() == network.number_of_edges(), fmt


def test_blocs_split_allies_from_adversaries(event_db):
    frame = blocs(event_db)
    bloc = dict(zip(frame["actor"], frame["bloc"], strict=True))
    assert bloc["RUS"] == bloc["CHN"]
    assert bloc["WST"] != bloc["RUS"] and bloc["UKR"] != bloc["RUS"]
    assert bloc["WST"] == bloc["UKR"] == bloc["USA"]
    rus = frame[frame["actor"] == "RUS"].iloc[0]
    assert rus["internal"] > 0 > rus["external"]


def test_balance_refinement_separates_enemies_joined_by_a_weak_friend():
    network = nx.Graph()
    network.add_edge("A", "B", weight=5.0)
    network.add_edge("B", "C", weight=1.0)
    network.add_edge("A", "C", weight=-10.0)
    network.add_edge("C", "D", weight=4.0)
    groups = find_blocs(network)
    where = {node: i for i, g in enumerate(groups) for node in g}
    assert where["A"] != where["C"]
    assert where["A"] == where["B"] and where["C"] == where["D"]
    assert frustration(network, groups) == 1.0


def test_enemies_only_are_each_alone():
    network = nx.Graph()
    network.add_edge("A", "B", weight=-3.0)
    network.add_edge("B", "C", weight=-3.0)
    assert sorted(map(sorted, find_blocs(network))) == [["A"], ["B"], ["C"]]
