"""Shortest-path figures (betweenness, harmonic closeness) computed by rustworkx, equal to networkx's.

Betweenness is most of the time measuring takes when every kommun of a län or
the country is analysed: networkx walks its shortest paths in Python, rustworkx
(Rust, the same Brandes algorithm) does it about fifty times faster. The numbers
are networkx's: betweenness is normalised the same way (pairs counted both ways
over ``(N − 1)(N − 2)``) and agrees to 1e-12 (tests/measure/test_paths.py compares
them on the bundled and generated networks), and harmonic closeness adds its
terms ``1 / d`` in the order networkx's breadth-first search reaches the actors
(nearest first), so it is the same float to the last digit. Both run on one
thread (``parallel_threshold``): a parallel sum could add in another order from
run to run, and the same input must give the same bytes.

rustworkx is imported only when a network is measured; a network larger than
:data:`LIMIT` actors is left to networkx (its betweenness is then estimated from
a sample, and a distance matrix would not fit in memory). Closeness reads the
distances from rustworkx as a numpy matrix only once the run has measured
:data:`NUMPY_PAYS` actors: importing numpy costs more than the bundled data's
whole measuring, and the distances counted either way give the same sums.

Examples
--------
>>> g = nx.Graph([("a", "b"), ("b", "c")])
>>> g.add_node("d")
>>> betweenness(g)
{'a': 0.0, 'b': 0.3333333333333333, 'c': 0.0, 'd': 0.0}
>>> betweenness(g) == nx.betweenness_centrality(g, normalized=True)
True
>>> harmonic_sums(g)
{'a': 1.5, 'b': 2.0, 'c': 1.5, 'd': 0}
"""

from __future__ import annotations

import networkx as nx

__all__ = ["LIMIT", "NUMPY_PAYS", "betweenness", "harmonic_sums"]

#: Networks up to this many actors go to rustworkx (a distance matrix of 1000 actors is 8 MB).
LIMIT = 1000

#: Larger than any network samnet hands over: rustworkx then never starts threads.
_ONE_THREAD = 1 << 30

#: Actors measured in one run before closeness takes its distances as a numpy matrix (twice as
#: fast per network, but importing numpy costs about 40 ms: a län's worth of kommuner pays it back).
NUMPY_PAYS = 1000

_measured = {"actors": 0}


def _index_graph(graph: nx.Graph):
    """The graph as a rustworkx PyGraph, node i being the i-th node of ``graph``."""
    import rustworkx as rx

    position = {node: i for i, node in enumerate(graph)}
    indexed = rx.PyGraph(multigraph=False)
    indexed.add_nodes_from(range(len(position)))
    indexed.add_edges_from_no_data([(position[u], position[v]) for u, v in graph.edges() if u != v])
    return indexed


def betweenness(graph: nx.Graph) -> dict:
    """Normalised, unweighted betweenness of every node: ``nx.betweenness_centrality(graph, normalized=True)``.

    Examples
    --------
    >>> betweenness(nx.path_graph(4))
    {0: 0.0, 1: 0.6666666666666666, 2: 0.6666666666666666, 3: 0.0}
    """
    if len(graph) > LIMIT or nx.number_of_selfloops(graph):
        return nx.betweenness_centrality(graph, normalized=True)
    import rustworkx as rx

    scores = rx.graph_betweenness_centrality(
        _index_graph(graph), normalized=len(graph) > 2, endpoints=False, parallel_threshold=_ONE_THREAD
    )
    return {node: scores[i] for i, node in enumerate(graph)}


def harmonic_sums(graph: nx.Graph) -> dict:
    """``Σ 1 / d(u, v)`` over the actors v that u reaches, added nearest first as networkx's search does.

    An actor that reaches no one gets the integer 0, as ``sum`` of nothing gives.

    Examples
    --------
    >>> harmonic_sums(nx.path_graph(3))
    {0: 1.5, 1: 2.0, 2: 1.5}
    """
    if len(graph) > LIMIT:
        return {
            node: sum(1 / d for d in nx.single_source_shortest_path_length(graph, node).values() if d) for node in graph
        }
    _measured["actors"] += len(graph)
    indexed = _index_graph(graph)
    if _measured["actors"] <= NUMPY_PAYS:
        counts = _distance_counts(indexed)
    else:
        counts = _distance_counts_numpy(indexed)
    sums = {}
    for node, by_steps in zip(graph, counts):
        total = 0
        for steps, reached in enumerate(by_steps[1:], start=1):
            step = 1 / steps
            for _ in range(reached):
                total += step
        sums[node] = total
    return sums


def _distance_counts(indexed) -> list[list[int]]:
    """For each actor i, how many actors lie 0, 1, 2, … steps away (index = steps), without numpy."""
    import rustworkx as rx

    lengths = rx.graph_all_pairs_dijkstra_path_lengths(indexed, _one_step)
    counts = []
    for i in range(indexed.num_nodes()):
        row = [1]
        for length in lengths[i].values():
            steps = int(length)
            row.extend([0] * (steps + 1 - len(row)))
            row[steps] += 1
        counts.append(row)
    return counts


def _one_step(_edge) -> float:
    return 1.0


def _distance_counts_numpy(indexed) -> list[list[int]]:
    """The same counts from rustworkx's distance matrix (0 = unreachable, and the actor itself)."""
    import numpy as np
    import rustworkx as rx

    distances = rx.distance_matrix(indexed, parallel_threshold=_ONE_THREAD).astype(np.int64)
    return [np.bincount(row).tolist() for row in distances]
