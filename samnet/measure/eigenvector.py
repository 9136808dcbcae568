"""Eigenvector centrality per connected component, the one iteration both centralities use.

:mod:`samnet.measure.metrics` runs it on the pair graph weighted by level,
:mod:`samnet.measure.weighting` on the graph in which a forum weighs no more than one tie.

Examples
--------
>>> g = nx.Graph([("a", "b", {"level": 1})])
>>> {k: round(v, 4) for k, v in eigenvector_centrality(g).items()}
{'a': 0.7071, 'b': 0.7071}
"""

from __future__ import annotations

import math

import networkx as nx

from samnet.errors import SamnetError

__all__ = ["ConvergenceError", "eigenvector_centrality"]


class ConvergenceError(SamnetError):
    """An iterative measure (eigenvector centrality) did not settle; the data is not at fault."""

    exit_code = 3


def _power_iteration(nodes: list, neighbours: list[list[tuple[int, float]]], tol: float, max_iter: int) -> list[float]:
    """Leading eigenvector of A + I for one connected component, as networkx iterates."""
    count = len(nodes)
    x = [1.0 / count] * count
    for _ in range(max_iter):
        last = x
        x = last[:]
        for i, row in enumerate(neighbours):
            xi = last[i]
            for j, w in row:
                x[j] += xi * w
        norm = math.sqrt(sum(v * v for v in x)) or 1.0
        x = [v / norm for v in x]
        if sum(abs(a - b) for a, b in zip(x, last)) < count * tol:
            return x
    raise ConvergenceError(
        f"eigenvector centrality did not settle within {max_iter} iterations on a component of "
        f"{count} actors; this should not happen on a connected component: run again with "
        "--debug and report it"
    )


def eigenvector_centrality(
    graph: nx.Graph, weight: str = "level", *, tol: float = 1e-10, max_iter: int = 10_000
) -> dict[str, float]:
    """Weighted eigenvector centrality per connected component, scaled by the components' eigenvalues.

    In each component, the same iteration, start vector and stopping rule as
    :func:`networkx.eigenvector_centrality` (so the same numbers on a
    connected graph), run over plain lists: networkx's adjacency views cost
    most of the time when every kommun of the country is analysed. Iterating
    on A + I instead of A makes it converge on bipartite graphs too; on a
    connected component it always converges (Perron–Frobenius), whereas on a
    whole disconnected graph it may not. Each component's unit
    vector is then multiplied by its leading eigenvalue over the largest
    component's, so the main component keeps its plain values; an actor
    without ties gets 0.

    Raises
    ------
    ConvergenceError
        If ``max_iter`` iterations do not reach ``tol`` in some component.

    Examples
    --------
    >>> g = nx.Graph([("a", "b", {"level": 2}), ("b", "c", {"level": 2}), ("x", "y", {"level": 1})])
    >>> {k: round(v, 4) for k, v in eigenvector_centrality(g).items()}
    {'a': 0.5, 'b': 0.7071, 'c': 0.5, 'x': 0.25, 'y': 0.25}
    """
    result = dict.fromkeys(graph, 0.0)
    vectors: list[tuple[list, list[float], float]] = []
    adjacency = dict(graph.adjacency())
    order = {node: i for i, node in enumerate(graph)}
    for component in nx.connected_components(graph):
        if len(component) < 2:
            continue
        # Graph order, so the iteration (and so every digit) is the same from run to run.
        nodes = sorted(component, key=order.__getitem__)
        position = {node: i for i, node in enumerate(nodes)}
        neighbours = [[(position[v], data.get(weight, 1)) for v, data in adjacency[u].items()] for u in nodes]
        x = _power_iteration(nodes, neighbours, tol, max_iter)
        # The Rayleigh quotient x·Ax of the unit vector x is the component's leading eigenvalue.
        eigenvalue = sum(x[i] * w * x[j] for i, row in enumerate(neighbours) for j, w in row)
        vectors.append((nodes, x, eigenvalue))
    largest = max((eigenvalue for _, _, eigenvalue in vectors), default=1.0)
    for nodes, x, eigenvalue in vectors:
        scale = 1.0 if eigenvalue == largest else eigenvalue / largest
        result.update(zip(nodes, (v * scale for v in x)))
    return result
