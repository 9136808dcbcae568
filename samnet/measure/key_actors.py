"""Key actors: what the samverkan network loses without one actor.

The actor-level twin of the person-dependence what-if (``person_dependent_loss``
in :mod:`samnet.measure.metrics`): remove one actor and its ties from the
samverkan pair graph (one-way links are not samverkan and play no part), and
count among the *other* actors

pairs_disconnected
    pairs that could reach each other (in any number of steps) before and
    cannot after. Pairs with the removed actor itself are not counted.
components_after
    connected parts of the network without the actor, counted as
    ``components_before`` is (an actor without any samverkan is a part of its
    own).
isolated
    actors that had samverkan before and have none after: the actor was their
    only partner.
cut_off
    the isolated actors and those left in a part smaller than the largest
    part that remains of the actor's own: what a map greys out.

This is the fragmentation of Borgatti's key-player problem (2006), counted
as pairs instead of as a share. Only a cut vertex (articulation point) can
disconnect pairs, so the others are not searched again.

Examples
--------
>>> import networkx as nx
>>> g = nx.Graph([("a", "b"), ("b", "c"), ("c", "d")])
>>> [(r["id"], r["pairs_disconnected"], r["components_after"], r["isolated"]) for r in actor_loss(g)]
[('b', 2, 2, ['a']), ('c', 2, 2, ['d']), ('a', 0, 1, []), ('d', 0, 1, [])]
"""

from __future__ import annotations

import networkx as nx

from samnet.core.network import Network

__all__ = ["actor_loss", "key_actor_figures"]


def _pairs(sizes) -> int:
    return sum(s * (s - 1) // 2 for s in sizes)


def _without(graph: nx.Graph, actor: str, component: set[str], components_before: int) -> dict:
    rest = graph.subgraph(component - {actor})
    sizes = [len(part) for part in nx.connected_components(rest)]
    isolated = sorted(n for n in graph[actor] if graph.degree(n) == 1)
    largest = max(sizes, default=0)
    # Parts as large as the largest stay; the actors of smaller parts, and the
    # isolated ones, are what the map greys out.
    smaller = {n for part in nx.connected_components(rest) if len(part) < largest for n in part}
    return {
        "id": actor,
        "pairs_disconnected": _pairs([len(component) - 1]) - _pairs(sizes),
        "components_after": components_before - 1 + len(sizes),
        "isolated": isolated,
        "cut_off": sorted(smaller | set(isolated)),
    }


def actor_loss(graph: nx.Graph) -> list[dict]:
    """What the network loses without each actor, most pairs disconnected first.

    Ties are broken by the number of isolated actors, then by id.

    Returns
    -------
    list of dict
        ``id``, ``pairs_disconnected``, ``components_after``, ``isolated`` and
        ``cut_off``, one row per actor.

    Examples
    --------
    >>> g = nx.Graph([("a", "b")])
    >>> g.add_node("z")
    >>> actor_loss(g)[2]
    {'id': 'z', 'pairs_disconnected': 0, 'components_after': 1, 'isolated': [], 'cut_off': []}
    """
    components = list(nx.connected_components(graph))
    component_of = {node: part for part in components for node in part}
    cut_vertices = set(nx.articulation_points(graph))
    rows = []
    for actor in graph:
        component = component_of[actor]
        if actor in cut_vertices:
            rows.append(_without(graph, actor, component, len(components)))
            continue
        isolated = sorted(n for n in graph[actor] if graph.degree(n) == 1)
        rows.append(
            {
                "id": actor,
                "pairs_disconnected": 0,
                "components_after": len(components) - (len(component) == 1),
                "isolated": isolated,
                "cut_off": isolated,
            }
        )
    rows.sort(key=lambda r: (-r["pairs_disconnected"], -len(r["isolated"]), r["id"]))
    return rows


def key_actor_figures(network: Network) -> dict:
    """``key_actors``: :func:`actor_loss` on the network's samverkan pair graph.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abc"},
    ...              (Link(0, "a", "b", "samverkan", 2), Link(1, "b", "c", "samverkan", 2)))
    >>> key_actor_figures(build_network(ds))["key_actors"][0]
    {'id': 'b', 'pairs_disconnected': 1, 'components_after': 2, 'isolated': ['a', 'c'], 'cut_off': ['a', 'c']}
    """
    return {"key_actors": actor_loss(network.samverkan)}
