"""Lines that would run straight through a third node are bent around it.

A straight line drawn across a node reads as a tie of that node (Socialkontoret–Polisen
drawn through Frideborg). :func:`route_edges` finds every straight line that passes
within a node's radius (plus a small gap) of a node other than its two ends, and
gives it the gentlest of vis-network's quadratic curves (``curvedCW``/``curvedCCW``,
computed with vis-network's own control point) that clears every node, or, where
none does, the one that crosses fewest.

Examples
--------
>>> nodes = [{"id": "a", "x": 0, "y": 0, "size": 10}, {"id": "b", "x": 200, "y": 0, "size": 10},
...          {"id": "c", "x": 100, "y": 3, "size": 10}]
>>> edges = [{"from": "a", "to": "b", "id": "e"}]
>>> route_edges(edges, nodes)
1
>>> edges[0]["smooth"]["roundness"] > 0
True
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["route_edges", "GAP"]

#: Room, in page pixels, kept between a line and a node it passes.
GAP = 6.0
# Roundness tried, gentlest first; and where along a line it is checked (its ends lie in its own nodes).
_ROUNDNESS = (0.08, 0.15, 0.18, 0.22, 0.3, 0.4, 0.5)
_SAMPLES = np.linspace(0.04, 0.96, 24)
_CURVES = ("curvedCW", "curvedCCW")
#: Distances computed at once when many lines are checked together (a few megabytes of arrays).
_BATCH_DISTANCES = 250_000


def _via(a: tuple[float, float], b: tuple[float, float], kind: str, roundness: float) -> tuple[float, float]:
    """The control point vis-network gives a ``curvedCW``/``curvedCCW`` edge from a to b (its own formula)."""
    o, r = b[0] - a[0], a[1] - b[1]
    length = math.hypot(o, r)
    turn = roundness if kind == "curvedCW" else -roundness
    angle = (math.atan2(r, o) + (0.5 * turn + 0.5) * math.pi) % (2 * math.pi)
    reach = (0.5 * roundness + 0.5) * length
    return a[0] + reach * math.sin(angle), a[1] + reach * math.cos(angle)


def _hits(lines, centres, radii):
    """For each sampled line, how many nodes it comes closer to than their radius plus :data:`GAP`.

    ``lines`` are sampled points, ``(line, sample, xy)``; the counts come back one per line.
    """
    return _near(lines, centres, radii).sum(axis=1)


def _near(lines, centres, radii):
    """Which nodes each sampled line comes closer to than their radius plus :data:`GAP`: ``(line, node)``."""
    return (_distance(lines, centres) < radii[None, None, :] + GAP).any(axis=1)


def _distance(lines, centres):
    """The distance of every sampled point of ``lines`` to every node: ``(line, sample, node)``.

    Across and down apart, each squared and the two added: the same floats as squaring the
    difference vectors and summing them (a sum of two is one addition either way), without
    NumPy's slow reduction over an axis of two.
    """
    across = lines[:, :, None, 0] - centres[None, None, :, 0]
    down = lines[:, :, None, 1] - centres[None, None, :, 1]
    return np.sqrt(across * across + down * down)


def _curves(a, b, vias) -> np.ndarray:
    """Points along the quadratic curves from ``a`` to ``b`` through each control point: ``(curve, sample, xy)``."""
    t = _SAMPLES[:, None]
    return (1 - t) ** 2 * np.array(a) + 2 * t * (1 - t) * np.array(vias)[:, None, :] + t**2 * np.array(b)


def _course(a, b, now: dict | None) -> tuple[float, float]:
    """The control point of a line's own course: its curve's, or the middle of a straight line."""
    return _via(a, b, now["type"], now["roundness"]) if now else ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def _crossing(edges: list[dict], where: dict, index: dict, centres, radii) -> list[bool]:
    """Whether each edge's own course comes near a node other than its two ends, many edges at once.

    The same points and distances as :func:`_curves` and :func:`_hits` for one edge at a time;
    edges are taken in batches so that no array grows past a few million distances.
    """
    found: list[bool] = []
    batch = max(1, _BATCH_DISTANCES // (len(_SAMPLES) * max(len(centres), 1)))
    for start in range(0, len(edges), batch):
        chunk = edges[start : start + batch]
        # Each line's own ends and control point: _curves broadcasts them line by line.
        a = np.array([where[e["from"]] for e in chunk])[:, None, :]
        b = np.array([where[e["to"]] for e in chunk])[:, None, :]
        vias = [_course(where[e["from"]], where[e["to"]], e.get("smooth")) for e in chunk]
        near = _near(_curves(a, b, vias), centres, radii)
        rows = np.arange(len(chunk))
        near[rows, [index[e["from"]] for e in chunk]] = False
        near[rows, [index[e["to"]] for e in chunk]] = False
        found.extend(near.any(axis=1).tolist())
    return found


def _within(points, centres, radii):
    """Which nodes could lie within reach of a curve whose control points are ``points``.

    A quadratic curve lies inside the box round its end and control points; a node farther from
    that box than its radius plus :data:`GAP` (and a pixel, for rounding) is passed by every curve.
    """
    low, high = np.min(points, axis=0), np.max(points, axis=0)
    reach = (radii + (GAP + 1.0))[:, None]
    return ((centres > low - reach) & (centres < high + reach)).all(axis=1)


def _best_curve(a, b, centres, radii, now: dict | None = None) -> dict | None:
    """The gentlest curve that clears every node, else the one that crosses fewest (None: keep ``now``).

    ``now`` is the edge's own curve, if it has one (a one-way arrow bows beside a samverkan
    line on the same pair); a new curve is then at least as round.
    """
    via = _course(a, b, now)
    least = now["roundness"] if now else 0.0
    tried = [(kind, roundness) for roundness in _ROUNDNESS if roundness >= least for kind in _CURVES]
    vias = [via] + [_via(a, b, kind, roundness) for kind, roundness in tried]
    near = _within(np.array([a, b, *vias]), centres, radii)
    centres, radii = centres[near], radii[near]
    current = int(_hits(_curves(a, b, vias[:1]), centres, radii)[0])
    if current == 0:
        return None
    # Every curve counted at once; the gentlest clear one (or the first of the fewest crossings) wins.
    counts = _hits(_curves(a, b, vias[1:]), centres, radii) if tried else []
    best, fewest = None, current
    for (kind, roundness), hits in zip(tried, counts):
        if hits < fewest:
            best, fewest = {"enabled": True, "type": kind, "roundness": roundness}, int(hits)
        if hits == 0:
            return best
    return best


def route_edges(edges: list[dict], nodes: list[dict], limit: int = 400) -> int:
    """Bend every straight edge that crosses a node other than its ends; return how many were bent.

    ``nodes`` are the page's nodes with ``x``, ``y`` and ``size`` (the radius); an edge
    that already bows (a one-way arrow) keeps at least its roundness. Maps of more
    than ``limit`` nodes are left straight: there the lines are thinned out on zoom anyway.
    """
    if len(nodes) > limit:
        return 0
    where = {n["id"]: (float(n["x"]), float(n["y"])) for n in nodes}
    index = {n["id"]: i for i, n in enumerate(nodes)}
    centres = np.array([where[n["id"]] for n in nodes], dtype=float).reshape(-1, 2)
    radii = np.array([float(n.get("size", 10)) for n in nodes])
    routable = [
        edge
        for edge in edges
        if edge["from"] in where
        and edge["to"] in where
        and not (edge.get("smooth") and edge["smooth"].get("type") not in _CURVES)
    ]
    bent = 0
    # Most lines cross no node: their own courses are checked all at once, and only those that
    # cross one try the curves.
    for edge, crosses in zip(routable, _crossing(routable, where, index, centres, radii)):
        if not crosses:
            continue
        now = edge.get("smooth")
        others = np.ones(len(nodes), dtype=bool)
        others[[index[edge["from"]], index[edge["to"]]]] = False
        smooth = _best_curve(where[edge["from"]], where[edge["to"]], centres[others], radii[others], now)
        if smooth is not None:
            edge["smooth"] = smooth
            bent += 1
    return bent
