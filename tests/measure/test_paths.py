"""Betweenness and closeness from rustworkx give networkx's numbers on the networks samnet measures."""

from __future__ import annotations

import importlib.util
import math

import networkx as nx
import pytest
from conftest import DATA, ROOT

from samnet.core.network import build_network, kommun_networks
from samnet.load.dataset import load_dataset
from samnet.measure import paths
from samnet.measure.cohesion import harmonic_closeness


def _generated(tmp_path, kommuner: int, seed: int):
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    actors, links = generate.generate(kommuner, seed=seed)
    (tmp_path / "actors.yaml").write_text(actors, encoding="utf-8")
    (tmp_path / "links.yaml").write_text(links, encoding="utf-8")
    return load_dataset(tmp_path)


def _graphs(dataset):
    """Every kommun's samverkan pair graph, and the whole data's when it is small enough to be exact."""
    graphs = [network.samverkan for network in kommun_networks(dataset).values()]
    region = build_network(dataset, None).samverkan
    return graphs + ([region] if len(region) <= paths.LIMIT else [])


def _networkx_closeness_sums(graph) -> dict:
    return {
        node: sum(1 / d for d in nx.single_source_shortest_path_length(graph, node).values() if d) for node in graph
    }


@pytest.fixture(params=["counted", "numpy"], autouse=True)
def distances(request, monkeypatch):
    """Every test runs twice: distances counted from rustworkx's path lengths, and from its numpy matrix."""
    monkeypatch.setattr(paths, "NUMPY_PAYS", 10**9 if request.param == "counted" else -1)
    return request.param


def _assert_equal(graphs) -> None:
    assert graphs
    for graph in graphs:
        ours, theirs = paths.betweenness(graph), nx.betweenness_centrality(graph, normalized=True)
        assert list(ours) == list(theirs)
        assert all(math.isclose(ours[n], theirs[n], rel_tol=0, abs_tol=1e-9) for n in graph), graph
        # Closeness is added in networkx's order, so it is the same float, not only close.
        sums = paths.harmonic_sums(graph)
        assert sums == _networkx_closeness_sums(graph)
        assert [type(total) for total in sums.values()] == [type(t) for t in _networkx_closeness_sums(graph).values()]


def test_bundled_networks_match_networkx():
    _assert_equal(_graphs(load_dataset(DATA)))


def test_generated_networks_match_networkx(tmp_path):
    _assert_equal(_graphs(_generated(tmp_path, 12, seed=7)))


@pytest.mark.parametrize(
    "graph",
    [
        nx.Graph(),
        nx.empty_graph(1),
        nx.empty_graph(3),
        nx.path_graph(2),
        nx.path_graph(7),
        nx.star_graph(5),
        nx.complete_graph(6),
        nx.cycle_graph(8),
        nx.barbell_graph(4, 2),
        nx.disjoint_union(nx.path_graph(4), nx.cycle_graph(5)),
        nx.relabel_nodes(nx.karate_club_graph(), {i: f"a{(i * 7) % 34}" for i in range(34)}),
        nx.gnm_random_graph(60, 140, seed=3),
    ],
    ids=lambda g: f"{len(g)}n{g.number_of_edges()}e",
)
def test_shapes_match_networkx(graph):
    _assert_equal([graph])


def test_closeness_scaled_as_before():
    graph = nx.Graph([("a", "b"), ("b", "c")])
    graph.add_node("d")
    # Worked by hand: a reaches b (1) and c (1/2) of 3 others.
    assert harmonic_closeness(graph) == {"a": 0.5, "b": 0.666667, "c": 0.5, "d": 0.0}


def test_self_loops_and_large_networks_stay_with_networkx(monkeypatch):
    looped = nx.Graph([("a", "b"), ("b", "b"), ("b", "c")])
    assert paths.betweenness(looped) == nx.betweenness_centrality(looped, normalized=True)
    monkeypatch.setattr(paths, "LIMIT", 3)
    larger = nx.path_graph(5)
    assert paths.betweenness(larger) == nx.betweenness_centrality(larger, normalized=True)
    assert paths.harmonic_sums(larger) == _networkx_closeness_sums(larger)
