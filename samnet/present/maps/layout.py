"""Deterministic force-style positions for the maps (no randomness, no seed needed).

Each connected component is laid out on its own: Kamada-Kawai for up to
:data:`KK_MAX` nodes (then :func:`spread` pushes apart a crowded core),
Pivot MDS and a short force pass for larger ones (:func:`large_layout`).
The components are then packed in rows, largest first (:func:`layout`).

NumPy's BLAS threads are limited to one while a layout runs
(:func:`one_blas_thread`): the matrices are small, and on a shared 2-core
machine several BLAS threads fight over the cores and make ``samnet map``
more than twice as slow (benchmarks/RESULTS.md).

Examples
--------
>>> pos = layout(["a", "b", "c"], [("a", "b")])
>>> sorted(pos), layout(["a", "b", "c"], [("a", "b")]) == pos
(['a', 'b', 'c'], True)
"""

from __future__ import annotations

import math
from contextlib import contextmanager

import networkx as nx

__all__ = [
    "GOLDEN_ANGLE",
    "PIVOTS",
    "MIN_DISTANCE",
    "STRETCH",
    "UNIT",
    "KK_MAX",
    "one_blas_thread",
    "large_layout",
    "spread",
    "component_positions",
    "layout",
]

#: π(3 − √5) radians: successive multiples of it spread points evenly round a
#: circle, so nodes that coincide are nudged apart in fixed, distinct directions.
GOLDEN_ANGLE = 2.399963
#: Pivots of the Pivot MDS in :func:`large_layout`: enough for the global shape.
PIVOTS = 40
#: Iterations of the force pass in :func:`large_layout`.
FORCE_ITERATIONS = 60
#: Closest two nodes may sit after :func:`spread`, in median edge lengths.
MIN_DISTANCE = 0.9
#: Labels are wider than tall: :func:`spread` measures x divided by this.
STRETCH = 1.6
#: Pixels per median edge length of the layout.
UNIT = 110.0
#: Components up to this size get Kamada-Kawai, larger ones :func:`large_layout`.
KK_MAX = 150


@contextmanager
def one_blas_thread():
    """Run the block with NumPy/SciPy's BLAS and OpenMP pools limited to one thread.

    Examples
    --------
    >>> with one_blas_thread():
    ...     pass
    """
    # threadpoolctl limits the libraries loaded when the block starts: load
    # SciPy's own OpenBLAS (scipy.optimize, for Kamada-Kawai) first, or it
    # would come in unlimited inside the block.
    import scipy.optimize  # noqa: F401
    import scipy.spatial  # noqa: F401
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        yield


def _pivot_mds(neighbours: list[list[int]], pivots: int):
    """2-D Pivot MDS positions (Brandes & Pich 2006) from breadth-first distances."""
    import numpy as np

    n = len(neighbours)
    count = min(pivots, n)
    dist = np.zeros((n, count))
    nearest = np.full(n, np.inf)
    # Pivots farthest-first from the node with most ties: no randomness.
    pivot = max(range(n), key=lambda i: (len(neighbours[i]), -i))
    for j in range(count):
        level = np.full(n, -1.0)
        level[pivot] = 0
        frontier = [pivot]
        while frontier:
            following = []
            for i in frontier:
                for m in neighbours[i]:
                    if level[m] < 0:
                        level[m] = level[i] + 1
                        following.append(m)
            frontier = following
        dist[:, j] = level
        nearest = np.minimum(nearest, level)
        pivot = int(np.argmax(nearest))
    squared = dist**2
    centred = squared - squared.mean(axis=0) - squared.mean(axis=1)[:, None] + squared.mean()
    u, sv, _ = np.linalg.svd(-0.5 * centred, full_matrices=False)
    pos = u[:, :2] * sv[:2]
    for d in range(2):  # the sign of a singular vector is arbitrary: fix it
        if pos[np.argmax(np.abs(pos[:, d])), d] < 0:
            pos[:, d] = -pos[:, d]
    return pos


def _force_pass(pos, edges, iterations: int):
    """Fruchterman-Reingold steps whose repulsion reaches only nearby nodes (k-d tree)."""
    import numpy as np
    from scipy.spatial import cKDTree

    n = len(pos)

    def gather(index, values):
        # bincount sums in array order (deterministic) and is far faster than np.add.at.
        return np.c_[np.bincount(index, values[:, 0], n), np.bincount(index, values[:, 1], n)]

    temperature = 0.5
    for step in range(iterations):
        # The tree is built from the same positions in the same order, so the
        # pairs come back in the same order: no sort needed for determinism.
        pairs = cKDTree(pos).query_pairs(r=1.5, output_type="ndarray").reshape(-1, 2)
        delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
        d2 = np.maximum((delta**2).sum(axis=1), 1e-4)
        repulse = delta / d2[:, None]
        delta = pos[edges[:, 0]] - pos[edges[:, 1]]
        attract = delta * np.sqrt((delta**2).sum(axis=1))[:, None]
        disp = (
            gather(pairs[:, 0], repulse)
            - gather(pairs[:, 1], repulse)
            - gather(edges[:, 0], attract)
            + gather(edges[:, 1], attract)
        )
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature = 0.5 * (1 - (step + 1) / iterations) + 0.02
    return pos


def large_layout(
    graph: nx.Graph, pivots: int = PIVOTS, iterations: int = FORCE_ITERATIONS
) -> dict[str, tuple[float, float]]:
    """Positions for a large connected component in about linear time.

    Pivot MDS gives the global shape from breadth-first distances to a few
    pivots; a Fruchterman-Reingold pass whose repulsion only reaches nearby
    nodes then pulls ties tight and pushes apart nodes that landed on one
    another. No randomness at all.

    Examples
    --------
    >>> pos = large_layout(nx.path_graph(["a", "b", "c", "d"]))
    >>> pos["a"][0] < pos["b"][0] < pos["c"][0] < pos["d"][0] or pos["a"][0] > pos["d"][0]
    True
    """
    import numpy as np

    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    neighbours = [[index[m] for m in graph[node]] for node in nodes]
    n = len(nodes)
    pos = _pivot_mds(neighbours, pivots)
    edges = np.array(sorted((index[a], index[b]) for a, b in graph.edges()), dtype=int).reshape(-1, 2)
    lengths = np.hypot(*(pos[edges[:, 0]] - pos[edges[:, 1]]).T)
    pos /= max(float(np.median(lengths)), 1e-9)
    # Nodes at the same distances from every pivot coincide: nudge them apart
    # by a fixed, index-based spiral before the force pass separates them.
    angle = np.arange(n) * GOLDEN_ANGLE
    pos += 0.05 * np.c_[np.cos(angle), np.sin(angle)]
    pos = _force_pass(pos, edges, iterations)
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for i, node in enumerate(nodes)}


def spread(
    pos: dict[str, tuple[float, float]], min_dist: float = MIN_DISTANCE, stretch: float = STRETCH, rounds: int = 60
) -> dict[str, tuple[float, float]]:
    """Push apart nodes closer than ``min_dist``, keeping the shape of the layout.

    Hubs tied to everyone end up in a dense core, where labels overlap.
    Distances are measured with x divided by ``stretch`` because labels are
    wider than tall: two nodes side by side need more room than one above the other.

    Examples
    --------
    >>> spread({"a": (0.0, 0.0), "b": (0.0, 0.1)})
    {'a': (0.0, -0.4), 'b': (0.0, 0.5)}
    """
    import numpy as np

    nodes = list(pos)
    if len(nodes) < 2:
        return pos
    xy = np.array([pos[n] for n in nodes], dtype=float)
    xy[:, 0] /= stretch
    n = len(nodes)
    first, second = np.triu_indices(n, 1)
    # Fixed directions for nodes that sit exactly on top of each other.
    angle = np.arange(n) * GOLDEN_ANGLE
    fallback = np.c_[np.cos(angle), np.sin(angle)]
    for _ in range(rounds):
        delta = xy[second] - xy[first]
        d = np.hypot(delta[:, 0], delta[:, 1])
        close = d < min_dist
        if not close.any():
            break
        i, j, delta, d = first[close], second[close], delta[close], d[close]
        unit = np.where(d[:, None] > 1e-9, delta / np.maximum(d, 1e-9)[:, None], fallback[j] - fallback[i])
        push = unit * ((min_dist - d) * 0.5)[:, None]
        move = np.zeros_like(xy)
        for k in range(2):
            move[:, k] = np.bincount(j, push[:, k], n) - np.bincount(i, push[:, k], n)
        xy += 0.5 * move
    xy[:, 0] *= stretch
    return {node: (float(xy[k, 0]), float(xy[k, 1])) for k, node in enumerate(nodes)}


def landscape(pos: dict[str, tuple[float, float]], steps: int = 90) -> dict[str, tuple[float, float]]:
    """The positions turned about their centre so that they lie across: the least height for their width.

    Kamada-Kawai and the force pass leave a network at an arbitrary angle; a map is read
    on a landscape screen or page with labels wider than tall, so a network standing
    upright would frame its central actors too small to read. Of ``steps`` turns
    between 0 and 180 degrees, the one whose bounding box has the smallest height to
    width ratio is used (the first of equals), so the turn is the same on every run.

    Examples
    --------
    >>> turned = landscape({"a": (0.0, -2.0), "b": (0.0, 2.0)})
    >>> [(round(x, 1), round(abs(y), 1)) for x, y in turned.values()]
    [(2.0, 0.0), (-2.0, 0.0)]
    """
    import numpy as np

    if len(pos) < 2:
        return pos
    xy = np.array(list(pos.values()), dtype=float)
    centre = xy.mean(axis=0)
    xy -= centre
    best, best_ratio = xy, math.inf
    for k in range(steps):
        angle = math.pi * k / steps
        cos, sin = math.cos(angle), math.sin(angle)
        turned = np.c_[xy[:, 0] * cos - xy[:, 1] * sin, xy[:, 0] * sin + xy[:, 1] * cos]
        width, height = np.ptp(turned[:, 0]), np.ptp(turned[:, 1])
        ratio = height / width if width > 1e-9 else math.inf
        if ratio < best_ratio - 1e-9:
            best, best_ratio = turned, ratio
    best = best + centre
    return {node: (float(best[i, 0]), float(best[i, 1])) for i, node in enumerate(pos)}


def component_positions(graph: nx.Graph, turn: bool = True) -> dict[str, tuple[float, float]]:
    """Positions of one connected component, scaled so its median edge is 1 long.

    With ``turn`` the component is turned to lie across (:func:`landscape`); without, it
    keeps the angle its layout gave it.

    Examples
    --------
    >>> pos = component_positions(nx.path_graph(["a", "b", "c"]))
    >>> round(math.dist(pos["a"], pos["b"]), 1) >= 0.9
    True
    """
    nodes = list(graph)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) <= KK_MAX:
        # Kamada-Kawai has no randomness and spaces small networks evenly, but
        # its cost grows with the square of the size.
        pos = nx.kamada_kawai_layout(graph, weight=None)
        lengths = sorted(math.dist(pos[u], pos[v]) for u, v in graph.edges())
        unit = lengths[len(lengths) // 2] or 1.0
        scaled = {node: (float(pos[node][0]) / unit, float(pos[node][1]) / unit) for node in nodes}
        return spread(landscape(scaled) if turn else scaled)
    pos = {node: (float(x), float(y)) for node, (x, y) in large_layout(graph).items()}
    pos = landscape(pos) if turn else pos
    lengths = sorted(math.dist(pos[u], pos[v]) for u, v in graph.edges())
    unit = lengths[len(lengths) // 2] or 1.0
    return {node: (float(pos[node][0]) / unit, float(pos[node][1]) / unit) for node in nodes}


def _components(node_ids: list[str], edges: list[tuple[str, str]]) -> list[nx.Graph]:
    """The connected components, largest first, each a fresh graph in sorted order."""
    graph = nx.Graph()
    graph.add_nodes_from(node_ids)
    graph.add_edges_from((u, v) for u, v in edges if u != v)
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    subs = []
    for component in components:
        # A fresh graph in sorted order: a subgraph view iterates its nodes in
        # set order, which changes with the hash seed and so would the layout.
        sub = nx.Graph()
        sub.add_nodes_from(component)
        sub.add_edges_from(sorted(tuple(sorted(e)) for e in graph.subgraph(component).edges()))
        subs.append(sub)
    return subs


def layout(node_ids: list[str], edges: list[tuple[str, str]], turn: bool = True) -> dict[str, tuple[int, int]]:
    """Deterministic positions in page pixels, rounded to integers.

    Each connected component is laid out on its own and the components are
    packed in rows, largest first, so that isolated actors and small islands
    sit beside the main network instead of being flung to its rim. With ``turn``
    each component is first turned to lie across a landscape screen or page
    (:func:`landscape`); a layout drawn inside a circle (a kommun of the grouped
    map) has no across and is left as laid out.

    Examples
    --------
    >>> layout(["a", "b"], [])
    {'a': (0, 0), 'b': (110, 0)}
    """
    boxes = []
    with one_blas_thread():
        for sub in _components(node_ids, edges):
            pos = component_positions(sub, turn)
            xs = [p[0] for p in pos.values()]
            ys = [p[1] for p in pos.values()]
            boxes.append((pos, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    gap = 1.0
    area = sum((w + gap) * (h + gap) for _, _, _, w, h in boxes)
    row_width = max([math.sqrt(area) * 1.3] + [w for _, _, _, w, _ in boxes])
    placed: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for pos, left, top, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node, (px, py) in pos.items():
            placed[node] = (int(round((x + px - left) * UNIT)), int(round((y + py - top) * UNIT)))
        x += w + gap
        row_height = max(row_height, h)
    return placed
