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
a sample, and a distance matrix would not fit in memory).

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

__all__ = ["LIMIT", "betweenness", "harmonic_sums"]

#: Networks up to this many actors go to rustworkx (a distance matrix of 1000 actors is 8 MB).
LIMIT = 1000

#: Larger than any network samnet hands over: rustworkx then never starts threads.
_ONE_THREAD = 1 << 30


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
    import numpy as np
    import rustworkx as rx

    distances = rx.distance_matrix(_index_graph(graph), parallel_threshold=_ONE_THREAD).astype(np.int64)
    sums = {}
    for node, row in zip(graph, distances):
        total = 0
        for steps, reached in enumerate(np.bincount(row).tolist()[1:], start=1):
            step = 1 / steps
            for _ in range(reached):
                total += step
        sums[node] = total
    return sums
