"""The regional map of several kommuner: each kommun a group of its own, the regional structures between them.

A map of the whole län drawn as one force layout is a hairball: nobody can
tell one kommun from another. Here each kommun's actors, with the forums whose
members all belong to it, are laid out on their own (:func:`samnet.present.maps.layout.layout`)
and the kommuner are set round a ring, those that share regional structures side
by side. The regional structures (actors without a kommun and forums whose
members span kommuner) stand inside the ring, each near the kommuner it ties to,
so a sub-regional network sits between its kommuner and a län-wide one in the
middle. The page draws each kommun as a circle with its name
(:func:`kommun_groups` gives centre and radius); the names stay readable at any
zoom.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Kommun
>>> from samnet.core.network import build_network
>>> ds = Dataset({k: Kommun(k, k.upper()) for k in "abc"},
...              {f"{k}1": Actor(f"{k}1", "IFO", "ifo", "kommun", k) for k in "abc"})
>>> network = build_network(ds, None)
>>> grouped(network), grouped(build_network(ds, "a"))
(True, False)
>>> pos = kommun_positions(network, {a: (-10, -10, 10, 10) for a in network.actors}, [])
>>> len({pos[a] for a in pos}) == 3
True
"""

from __future__ import annotations

import math

from samnet.core.network import Network, is_regional
from samnet.present.maps.label_boxes import separate
from samnet.present.maps.layout import GOLDEN_ANGLE, layout
from samnet.present.maps.ties import forum_node_id

__all__ = ["GROUPED_MAX", "GROUPED_MIN", "grouped", "kommun_of_nodes", "kommun_positions", "kommun_groups"]

#: From this many kommuner on, the map of all kommuner groups its actors by kommun (as the län overview does),
#: up to GROUPED_MAX: a national map of hundreds of kommuner stays one network, laid out at once.
GROUPED_MIN, GROUPED_MAX = 3, 40
#: Room kept between two kommun circles, and between the ring and the regional middle (pixels).
GROUP_GAP = 90.0
#: The ring is this many times wider than high: screens are wide.
RING_ASPECT = 1.4
#: Room round the nodes inside a kommun's circle (pixels).
HULL_PAD = 24.0
#: Room for a kommun's name above its circle when the kommuner are set round the ring (pixels at zoom 1;
#: the page draws names at a fixed size on screen, so zoomed out they need more than their pixels).
NAME_ROOM = 70.0


def _kommuner(network: Network) -> list[str]:
    return sorted({a.kommun for a in network.actors.values() if a.kommun is not None})


def grouped(network: Network) -> bool:
    """Whether ``network`` is a map of several kommuner (:data:`GROUPED_MIN` to :data:`GROUPED_MAX`) to draw grouped."""
    return network.kommun is None and GROUPED_MIN <= len(_kommuner(network)) <= GROUPED_MAX


def kommun_of_nodes(network: Network) -> dict[str, str | None]:
    """Each node's kommun: an actor's own; a local forum's (:func:`samnet.core.network.is_regional`); else None."""
    of: dict[str, str | None] = {a.id: a.kommun for a in network.actors.values()}
    for forum in network.forums:
        # As the regional rule reads it: a local group that the police sit in is the kommun's own.
        kommuner = {network.actors[m].kommun for m in forum.members if m in network.actors} - {None}
        local = len(kommuner) == 1 and not is_regional(forum, network.actors)
        of[forum_node_id(forum)] = kommuner.pop() if local else None
    return of


def _extent(pos: dict, boxes: dict) -> tuple[float, float, float, float]:
    xs0 = [pos[k][0] + boxes[k][0] for k in pos]
    ys0 = [pos[k][1] + boxes[k][1] for k in pos]
    xs1 = [pos[k][0] + boxes[k][2] for k in pos]
    ys1 = [pos[k][1] + boxes[k][3] for k in pos]
    return min(xs0), min(ys0), max(xs1), max(ys1)


def _order(kommuner: list[str], shared: dict[str, dict[str, int]]) -> list[str]:
    """Round the ring: each next kommun the one sharing most structures with the last placed (ties by id)."""
    order, left = [], list(kommuner)
    while left:
        last = order[-1] if order else None
        pick = max(left, key=lambda k: (shared[last].get(k, 0) if last else 0, -left.index(k)))
        order.append(pick)
        left.remove(pick)
    return order


def kommun_positions(network: Network, boxes: dict, members: list) -> dict[str, tuple[int, int]]:
    """Page positions of every actor and forum node, grouped by kommun (see the module's description).

    ``boxes`` are the nodes' boxes with their labels (:func:`samnet.present.maps.data.node_boxes`);
    ``members`` each forum with its members (:func:`samnet.present.maps.ties.forum_members`).
    """
    of = kommun_of_nodes(network)
    edges = [(u, v) for u, v in network.samverkan.edges()]
    edges += [(link.source, link.target) for link in network.one_way]
    edges += [(forum_node_id(f), m) for f, ms in members for m in ms]
    groups: dict[str, list[str]] = {}
    for node in of:
        if of[node] is not None:
            groups.setdefault(of[node], []).append(node)
    local: dict[str, dict[str, tuple[float, float]]] = {}
    radius: dict[str, float] = {}
    for kommun, nodes in sorted(groups.items()):
        inside = set(nodes)
        # A circle has no landscape orientation: the kommun's layout is not turned to lie across.
        raw = layout(nodes, [(u, v) for u, v in edges if u in inside and v in inside], turn=False)
        placed = separate({k: (float(x), float(y)) for k, (x, y) in raw.items()}, boxes)
        x0, y0, x1, y1 = _extent(placed, boxes)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        local[kommun] = {k: (x - cx, y - cy) for k, (x, y) in placed.items()}
        radius[kommun] = math.hypot(x1 - x0, y1 - y0) / 2 + HULL_PAD
    # Which kommuner each regional node ties to, and which kommuner share regional nodes.
    reach: dict[str, set[str]] = {n: set() for n in of if of[n] is None}
    for u, v in edges:
        for near, far in ((u, v), (v, u)):
            if of.get(far) is None and of.get(near) is not None:
                reach[far].add(of[near])
    shared: dict[str, dict[str, int]] = {k: {} for k in groups}
    for ks in reach.values():
        if len(ks) <= len(groups) / 2:  # a län-wide structure says nothing about neighbours
            for a in ks:
                for b in ks - {a}:
                    shared[a][b] = shared[a].get(b, 0) + 1
    order = _order(sorted(groups), shared)
    middle = math.sqrt(max(len(reach), 1)) * 80.0
    foot = {k: radius[k] + NAME_ROOM / 2 for k in order}
    circumference = sum(2 * foot[k] + GROUP_GAP for k in order)
    ring = max(circumference / (2 * math.pi), middle + max(radius.values(), default=0.0) + GROUP_GAP)
    centres, walked = {}, 0.0
    for kommun in order:
        walked += foot[kommun] + GROUP_GAP / 2
        angle = -math.pi / 2 + 2 * math.pi * walked / circumference
        centres[kommun] = (ring * RING_ASPECT * math.cos(angle), ring * math.sin(angle))
        walked += foot[kommun] + GROUP_GAP / 2
    pos: dict[str, tuple[float, float]] = {}
    for kommun, nodes in local.items():
        cx, cy = centres[kommun]
        pos.update({k: (cx + x, cy + y) for k, (x, y) in nodes.items()})
    # A regional node near the kommuner it ties to, pulled towards the middle; then clear of every box.
    for i, (node, ks) in enumerate(sorted(reach.items())):
        # Summed in a fixed order: the same data, the same bytes, whatever the hash seed.
        xs = [centres[k][0] for k in sorted(ks)] or [0.0]
        ys = [centres[k][1] for k in sorted(ks)] or [0.0]
        pull = 0.55 if len(ks) <= 2 else 0.25
        # A small spiral, so that structures tied to the same kommuner start apart in both directions.
        step, turn = 30.0 * math.sqrt(i), i * GOLDEN_ANGLE
        pos[node] = (pull * sum(xs) / len(xs) + step * math.cos(turn), pull * sum(ys) / len(ys) + step * math.sin(turn))
    placed = separate(pos, boxes, fixed=frozenset(n for n in pos if of[n] is not None))
    placed.update(_outside_circles({n: placed[n] for n in reach}, centres, radius))
    return {k: (int(round(x)), int(round(y))) for k, (x, y) in sorted(placed.items())}


def _outside_circles(pos: dict, centres: dict, radius: dict) -> dict:
    """Regional nodes moved towards the middle until none sits inside a kommun's circle (it would read as the kommun's)."""
    moved = {}
    for node, (x, y) in pos.items():
        for _ in range(40):
            if not any(math.hypot(x - cx, y - cy) < radius[k] + 12 for k, (cx, cy) in centres.items()):
                break
            x, y = x * 0.9, y * 0.9
        moved[node] = (x, y)
    return moved


def kommun_groups(network: Network, pos: dict, boxes: dict) -> list[dict]:
    """One circle per kommun round its nodes and their labels: ``id``, ``name``, centre ``x``, ``y`` and ``r``.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({"a": Kommun("a", "A")}, {"x": Actor("x", "IFO", "ifo", "kommun", "a")})
    >>> kommun_groups(build_network(ds, None), {"x": (10, 20)}, {"x": (-5, -5, 5, 5)})
    [{'id': 'a', 'name': 'A', 'x': 10.0, 'y': 20.0, 'r': 31.1}]
    """
    of = kommun_of_nodes(network)
    found = []
    for kommun in _kommuner(network):
        nodes = [n for n in pos if of.get(n) == kommun]
        if not nodes:
            continue
        x0, y0, x1, y1 = _extent({n: pos[n] for n in nodes}, boxes)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        r = max(math.hypot(max(abs(px - cx), abs(qx - cx)), max(abs(py - cy), abs(qy - cy)))
                for n in nodes
                for px, py, qx, qy in [(pos[n][0] + boxes[n][0], pos[n][1] + boxes[n][1],
                                        pos[n][0] + boxes[n][2], pos[n][1] + boxes[n][3])])  # fmt: skip
        name = network.kommun_names.get(kommun, kommun)
        found.append({"id": kommun, "name": name, "x": round(cx, 1), "y": round(cy, 1), "r": round(r + HULL_PAD, 1)})
    return found
