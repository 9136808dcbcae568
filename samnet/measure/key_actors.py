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
disconnect pairs; one depth-first search per part finds, for every actor at
once, the pieces it leaves (time linear in actors and ties, so a map of the
whole country costs no more than its kommuner).

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


class _Pieces:
    """One depth-first search per part (Hopcroft and Tarjan's low points): for every actor, the
    pieces its removal splits its part into, in time linear in actors and ties.

    ``order`` lists the actors in preorder, so a subtree is one slice of it; ``split[v]`` holds
    ``(start, size)`` of each subtree of v that nothing links back above v (a piece of its own
    without v); ``part[v]`` is ``(start, size)`` of v's part.
    """

    def __init__(self, graph: nx.Graph):
        self.order: list[str] = []
        self.split: dict[str, list[tuple[int, int]]] = {}
        self.part: dict[str, tuple[int, int]] = {}
        pre: dict[str, int] = {}
        low: dict[str, int] = {}
        for root in graph:
            if root in pre:
                continue
            first = len(self.order)
            pre[root] = low[root] = first
            self.order.append(root)
            stack = [(root, None, iter(graph[root]))]
            while stack:
                node, parent, partners = stack[-1]
                for partner in partners:
                    if partner not in pre:
                        pre[partner] = low[partner] = len(self.order)
                        self.order.append(partner)
                        stack.append((partner, node, iter(graph[partner])))
                        break
                    if partner != parent:
                        low[node] = min(low[node], pre[partner])
                else:
                    stack.pop()
                    if parent is not None:
                        low[parent] = min(low[parent], low[node])
                        if low[node] >= pre[parent]:
                            self.split.setdefault(parent, []).append((pre[node], len(self.order) - pre[node]))
            for node in self.order[first:]:
                self.part[node] = (first, len(self.order) - first)

    def without(self, actor: str) -> list[list[str]]:
        """The pieces (lists of actors) that remain of the actor's part without it."""
        first, size = self.part[actor]
        children = [self.order[start : start + n] for start, n in self.split.get(actor, [])]
        taken = {actor}.union(*children)
        rest = [n for n in self.order[first : first + size] if n not in taken]
        return children + ([rest] if rest else [])


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
    pieces = _Pieces(graph)
    components = nx.number_connected_components(graph)
    rows = []
    for actor in graph:
        parts = pieces.without(actor) if actor in pieces.split else None
        size = pieces.part[actor][1]
        sizes = [len(part) for part in parts] if parts is not None else ([size - 1] if size > 1 else [])
        isolated = sorted(n for n in graph[actor] if graph.degree(n) == 1)
        largest = max(sizes, default=0)
        # Parts as large as the largest stay; the actors of smaller parts, and the
        # isolated ones, are what the map greys out.
        smaller = {n for part in parts or [] if len(part) < largest for n in part}
        rows.append(
            {
                "id": actor,
                "pairs_disconnected": _pairs([size - 1]) - _pairs(sizes),
                "components_after": components - 1 + len(sizes),
                "isolated": isolated,
                "cut_off": sorted(smaller | set(isolated)),
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
