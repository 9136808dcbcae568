"""Weighted centrality in which no forum weighs more for a member than one tie at its level.

The pair graph gives every pair in a forum of *n* members an edge at the
forum's level, so a member of a 12-member level-1 forum gains 11 in strength
from it, more than from two level-4 ties. Here co-membership is weighted as
Newman (2001) does for collaboration networks: a forum of *n* members adds
``level / (n − 1)`` to each pair of its members, so that summed over the
member's *n − 1* co-members it adds exactly ``level``. A pair joined by
links adds the highest level of its links, as in the pair graph.

``weight(u, v) = max level of the links u–v (0 if none) + Σ over shared forums f of level_f / (n_f − 1)``

``strength`` is the sum of an actor's weights, so each link partner counts
its level and each forum counts its level once (computed in integers). ``eigenvector`` is the
eigenvector centrality of this weighted graph. Betweenness stays as
:mod:`samnet.measure.metrics` computes it: unweighted, on hops.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Forum, Link
>>> from samnet.core.network import build_network
>>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abcd"},
...              (Link(0, "a", "b", "samverkan", 4, frozenset({"individ"})),),
...              (Forum("f", "F", ("b", "c", "d"), 2, frozenset({"struktur"})),))
>>> fair_strength(build_network(ds))
{'a': 4, 'b': 6, 'c': 2, 'd': 2}
"""

from __future__ import annotations

from itertools import combinations

import networkx as nx

from samnet.core.network import Network
from samnet.measure.eigenvector import eigenvector_centrality

__all__ = ["fair_graph", "fair_strength", "fair_eigenvector", "fair_centrality"]

_DIGITS = 6


def _round(value: float) -> float:
    rounded = round(float(value), _DIGITS)
    return 0.0 if rounded == 0 else rounded


def fair_graph(network: Network) -> nx.Graph:
    """The samverkan pairs with Newman-weighted co-membership as edge attribute ``weight``.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Forum
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abc"}, (),
    ...              (Forum("f", "F", ("a", "b", "c"), 3, frozenset({"struktur"})),))
    >>> fair_graph(build_network(ds)).edges["a", "b"]["weight"]
    1.5
    """
    weights: dict[tuple[str, str], float] = {}
    direct: dict[tuple[str, str], int] = {}
    for link in network.links:
        pair = (min(link.source, link.target), max(link.source, link.target))
        direct[pair] = max(direct.get(pair, 0), link.level)
    weights.update((pair, float(level)) for pair, level in direct.items())
    for forum in network.forums:
        members = sorted(set(forum.members))
        if len(members) < 2:
            continue
        share = forum.level / (len(members) - 1)
        for pair in combinations(members, 2):
            weights[pair] = weights.get(pair, 0.0) + share
    graph = nx.Graph()
    graph.add_nodes_from(network.samverkan.nodes)
    graph.add_edges_from((u, v, {"weight": w}) for (u, v), w in sorted(weights.items()))
    return graph


def fair_strength(network: Network) -> dict[str, int]:
    """Each actor's strength: its link partners' levels plus, for each forum it sits in, the forum's level.

    This is the weighted degree of :func:`fair_graph`, computed exactly (in
    integers): a link partner adds the highest level of the pair's links, a
    forum with at least one other member adds its level once.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Forum
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abcdefghijkl"}, (),
    ...              (Forum("f", "F", tuple("abcdefghijkl"), 1, frozenset({"struktur"})),))
    >>> fair_strength(build_network(ds))["a"]
    1
    """
    direct: dict[tuple[str, str], int] = {}
    for link in network.links:
        pair = (min(link.source, link.target), max(link.source, link.target))
        direct[pair] = max(direct.get(pair, 0), link.level)
    strength = dict.fromkeys(network.samverkan.nodes, 0)
    for (u, v), level in direct.items():
        strength[u] += level
        strength[v] += level
    for forum in network.forums:
        members = set(forum.members)
        if len(members) > 1:
            for member in members:
                strength[member] += forum.level
    return strength


def fair_eigenvector(network: Network, graph: nx.Graph | None = None) -> dict[str, float]:
    """Eigenvector centrality of :func:`fair_graph`, as :func:`samnet.measure.eigenvector.eigenvector_centrality` computes it.

    That is per connected component, each scaled by its leading eigenvalue
    over the largest one's; an actor without samverkan gets 0.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abc"},
    ...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"})),))
    >>> fair_eigenvector(build_network(ds))
    {'a': 0.707107, 'b': 0.707107, 'c': 0.0}
    """
    graph = fair_graph(network) if graph is None else graph
    scores = eigenvector_centrality(graph, weight="weight")
    return {node: _round(scores[node]) for node in graph}


def fair_centrality(network: Network) -> dict[str, dict[str, float]]:
    """``fair_strength`` and ``fair_eigenvector`` per actor, from one weighted graph.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"},
    ...              (Link(0, "a", "b", "samverkan", 3, frozenset({"individ"})),))
    >>> fair_centrality(build_network(ds))["a"]
    {'strength': 3, 'eigenvector': 0.707107}
    """
    strength = fair_strength(network)
    eigen = fair_eigenvector(network)
    return {node: {"strength": strength[node], "eigenvector": eigen[node]} for node in network.samverkan}
