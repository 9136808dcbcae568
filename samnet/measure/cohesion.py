"""Closeness and the E-I index: how near actors are to everyone, and whether ties stay inside groups.

harmonic closeness
    ``closeness(u) = Σ_{v ≠ u} 1 / d(u, v) / (N − 1)``, where ``d`` is the
    number of steps on the samverkan pair graph and ``1 / d = 0`` for an actor
    that cannot be reached (Marchiori and Latora 2000; Rochat 2009). It is 1
    for an actor tied to everyone, 0 for an actor without samverkan, and,
    unlike classic closeness, it is defined on a network in several parts.
    It equals R's ``sna::closeness(g, gmode = "graph", cmode = "suminvundir")``.
E-I index
    ``(E − I) / (E + I)`` over the samverkan pairs, where E counts the pairs
    whose two actors are in different groups and I those in the same group
    (Krackhardt and Stern 1988). +1: every tie crosses a border; −1: every tie
    stays inside. A group's index counts the pairs with at least one member
    in the group. It is computed for huvudman and for organisation
    (:mod:`samnet.measure.organisations`); ``None`` without any tie.

Examples
--------
>>> import networkx as nx
>>> g = nx.Graph([("a", "b"), ("b", "c")])
>>> g.add_node("d")
>>> harmonic_closeness(g)
{'a': 0.5, 'b': 0.666667, 'c': 0.5, 'd': 0.0}
>>> ei_index(g, {"a": "x", "b": "x", "c": "y", "d": "y"})["index"]
0.0
"""

from __future__ import annotations

import networkx as nx

from samnet.core.network import Network
from samnet.core.vocab import EI_GROUPINGS
from samnet.measure.organisations import organisations
from samnet.measure.paths import harmonic_sums

__all__ = ["harmonic_closeness", "ei_index", "ei_figures"]


_DIGITS = 6


def _round(value: float) -> float:
    rounded = round(float(value), _DIGITS)
    return 0.0 if rounded == 0 else rounded


def harmonic_closeness(graph: nx.Graph) -> dict[str, float]:
    """Harmonic closeness of every actor, normalised by N − 1 (see the module docstring).

    Examples
    --------
    >>> harmonic_closeness(nx.Graph([("a", "b")]))
    {'a': 1.0, 'b': 1.0}
    """
    n = len(graph)
    if n < 2:
        return dict.fromkeys(graph, 0.0)
    return {node: _round(total / (n - 1)) for node, total in harmonic_sums(graph).items()}


def _index(external: int, internal: int) -> float | None:
    total = external + internal
    return _round((external - internal) / total) if total else None


def ei_index(graph: nx.Graph, groups: dict[str, str]) -> dict:
    """The E-I index of the network and of each group.

    Returns
    -------
    dict
        ``{"index", "external", "internal", "groups": {group: {"index", "external", "internal"}}}``;
        groups in sorted order, every group of ``groups`` listed.

    Examples
    --------
    >>> g = nx.Graph([("a", "b"), ("a", "c")])
    >>> ei_index(g, {"a": "x", "b": "x", "c": "y"})["groups"]["x"]
    {'index': 0.0, 'external': 1, 'internal': 1}
    """
    external = internal = 0
    per_group = {group: [0, 0] for group in sorted(set(groups.values()))}
    for u, v in graph.edges:
        if groups[u] == groups[v]:
            internal += 1
            per_group[groups[u]][1] += 1
        else:
            external += 1
            per_group[groups[u]][0] += 1
            per_group[groups[v]][0] += 1
    return {
        "index": _index(external, internal),
        "external": external,
        "internal": internal,
        "groups": {g: {"index": _index(e, i), "external": e, "internal": i} for g, (e, i) in per_group.items()},
    }


def ei_figures(network: Network) -> dict:
    """``ei_index`` (the network's index per grouping) and ``ei_groups`` (the full breakdown).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({"k": Kommun("k", "K")},
    ...              {"a": Actor("a", "A", "ifo", "kommun", "k"), "b": Actor("b", "B", "skola", "kommun", "k"),
    ...               "p": Actor("p", "P", "polis", "stat")},
    ...              (Link(0, "a", "b", "samverkan", 2, kommuner=frozenset({"k"})),
    ...               Link(1, "a", "p", "samverkan", 2, kommuner=frozenset({"k"}))))
    >>> ei_figures(build_network(ds, "k"))["ei_index"]
    {'huvudman': 0.0, 'organisation': 0.0}
    """
    graph = network.samverkan
    groupings = {
        "huvudman": {actor_id: actor.huvudman for actor_id, actor in network.actors.items()},
        "organisation": organisations(network),
    }
    breakdown = {name: ei_index(graph, groupings[name]) for name in EI_GROUPINGS}
    return {
        "ei_index": {name: breakdown[name]["index"] for name in EI_GROUPINGS},
        "ei_groups": breakdown,
    }
