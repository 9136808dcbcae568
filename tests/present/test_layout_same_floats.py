"""The map layout's NumPy paths give the very floats of the plain step-by-step versions they replaced.

Each reference below is the earlier implementation, kept here word for word in what it computes:
the forums' free spots tried one by one, every round of the label separation computed (no cycle
found and skipped), and every candidate curve of a line counted on its own against every node.
The maps' bytes depend on these floats, so the comparison is exact (``==`` on floats, and their
``repr``), on random inputs and on the bundled data's own layouts.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
import scipy.spatial

from samnet.core.network import build_network
from samnet.load.source import bundled_data_dir, load_data
from samnet.measure.metrics import analyze_network
from samnet.present.maps import data as map_data
from samnet.present.maps import label_boxes, routing, sector_layout
from samnet.present.maps.label_boxes import MARGIN, separate
from samnet.present.maps.routing import _CURVES, _ROUNDNESS, _SAMPLES, GAP, _best_curve, _via


def _reference_clear_spots(placed: dict, boxes: dict, forums: list[str], actors: set[str]) -> dict:
    def hit(a, b):
        return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])

    def at(pos, box):
        return (pos[0] + box[0], pos[1] + box[1], pos[0] + box[2], pos[1] + box[3])

    placed = dict(placed)
    margin = sector_layout._MARGIN
    diamonds = {f: (boxes[f][1] - margin,) * 2 + (-boxes[f][1] + margin,) * 2 for f in forums}
    settled = {a: boxes[a] for a in actors}
    for fid in forums:
        x0, y0 = placed[fid]
        for step in range(2000):
            angle, radius = step * 2.399963, 4.0 * math.sqrt(step)
            spot = (x0 + radius * math.cos(angle), y0 + radius * math.sin(angle))
            mine = at(spot, diamonds[fid])
            if not any(hit(mine, at(placed[k], box)) for k, box in settled.items()):
                placed[fid] = spot
                break
        settled[fid] = diamonds[fid]
    return placed


def _reference_separate(pos, boxes, fixed=frozenset(), rounds=400):
    keys = list(pos)
    n = len(keys)
    xy = np.array([pos[k] for k in keys], dtype=float)
    rel = np.array([boxes[k] for k in keys], dtype=float) + np.array([-MARGIN, -MARGIN, MARGIN, MARGIN]) / 2
    mobile = np.array([0.0 if k in fixed else 1.0 for k in keys])
    reach = float(np.hypot(rel[:, 2] - rel[:, 0], rel[:, 3] - rel[:, 1]).max())
    angle = np.arange(n) * 2.399963
    fallback = np.c_[np.cos(angle), np.sin(angle)]
    for _ in range(rounds):
        left, top = xy[:, 0] + rel[:, 0], xy[:, 1] + rel[:, 1]
        right, bottom = xy[:, 0] + rel[:, 2], xy[:, 1] + rel[:, 3]
        centres = np.c_[(left + right) / 2, (top + bottom) / 2]
        near = scipy.spatial.cKDTree(centres).query_pairs(r=reach, output_type="ndarray").reshape(-1, 2)
        if not len(near):
            break
        first, second = near[:, 0], near[:, 1]
        ox = np.minimum(right[first], right[second]) - np.maximum(left[first], left[second])
        oy = np.minimum(bottom[first], bottom[second]) - np.maximum(top[first], top[second])
        hit = (ox > 0) & (oy > 0)
        if not hit.any():
            break
        i, j, ox, oy = first[hit], second[hit], ox[hit], oy[hit]
        cx, cy = (left + right) / 2, (top + bottom) / 2
        dx, dy = cx[j] - cx[i], cy[j] - cy[i]
        same = (np.abs(dx) < 1e-9) & (np.abs(dy) < 1e-9)
        dx = np.where(same, fallback[j, 0] - fallback[i, 0], dx)
        dy = np.where(same, fallback[j, 1] - fallback[i, 1], dy)
        along_x = ox <= oy
        push = np.where(along_x, ox, oy) / 2 + 0.5
        move = np.zeros((n, 2))
        for axis, use, delta in ((0, along_x, dx), (1, ~along_x, dy)):
            step = np.where(use, np.sign(delta) * push, 0.0)
            share_i = np.where(mobile[j] > 0, 1.0, 2.0) * mobile[i]
            share_j = np.where(mobile[i] > 0, 1.0, 2.0) * mobile[j]
            move[:, axis] += np.bincount(j, step * share_j, n) - np.bincount(i, step * share_i, n)
        xy += move
    return {k: (float(xy[m, 0]), float(xy[m, 1])) for m, k in enumerate(keys)}


def _reference_best_curve(a, b, centres, radii, now=None):
    def hits(points):
        distance = np.sqrt(((points[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2))
        return int((distance < radii[None, :] + GAP).any(axis=0).sum())

    def curve(via):
        t = _SAMPLES[:, None]
        return (1 - t) ** 2 * np.array(a) + 2 * t * (1 - t) * np.array(via) + t**2 * np.array(b)

    via = _via(a, b, now["type"], now["roundness"]) if now else ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    current = hits(curve(via))
    if current == 0:
        return None
    least = now["roundness"] if now else 0.0
    best, fewest = None, current
    for roundness in (r for r in _ROUNDNESS if r >= least):
        for kind in _CURVES:
            count = hits(curve(_via(a, b, kind, roundness)))
            if count < fewest:
                best, fewest = {"enabled": True, "type": kind, "roundness": roundness}, count
            if count == 0:
                return best
    return best


def _reference_route_edges(edges, nodes, limit=400):
    if len(nodes) > limit:
        return 0
    where = {n["id"]: (float(n["x"]), float(n["y"])) for n in nodes}
    index = {n["id"]: i for i, n in enumerate(nodes)}
    centres = np.array([where[n["id"]] for n in nodes], dtype=float).reshape(-1, 2)
    radii = np.array([float(n.get("size", 10)) for n in nodes])
    bent = 0
    for edge in edges:
        now = edge.get("smooth")
        if edge["from"] not in where or edge["to"] not in where or (now and now.get("type") not in _CURVES):
            continue
        others = np.ones(len(nodes), dtype=bool)
        others[[index[edge["from"]], index[edge["to"]]]] = False
        smooth = _reference_best_curve(where[edge["from"]], where[edge["to"]], centres[others], radii[others], now)
        if smooth is not None:
            edge["smooth"] = smooth
            bent += 1
    return bent


def _same(found: dict, expected: dict) -> bool:
    return list(found) == list(expected) and all(repr(found[k]) == repr(expected[k]) for k in expected)


def _crowd(rng: random.Random, n: int, spread: float) -> tuple[dict, dict]:
    """``n`` labelled boxes crowded round the middle, as a dense sector layout leaves them."""
    pos = {f"n{k}": (rng.uniform(-spread, spread), rng.uniform(-spread, spread) / 2) for k in range(n)}
    boxes = {}
    for key in pos:
        half, size = rng.uniform(10, 60), rng.uniform(6, 20)
        boxes[key] = (-half, -size, half, size + 4 + rng.choice((10, 11, 12)))
    return pos, boxes


@pytest.mark.parametrize("seed", range(12))
def test_forums_find_the_same_free_spots_as_one_spot_at_a_time(seed):
    rng = random.Random(seed)
    pos, boxes = _crowd(rng, rng.randrange(5, 60), rng.choice((40.0, 150.0, 400.0)))
    actors = set(pos)
    forums = [f"f{k}" for k in range(rng.randrange(1, 15))]
    for fid in forums:
        # Forums on top of the crowd, some exactly on an actor: most have to move, some far.
        pos[fid] = rng.choice([pos[rng.choice(sorted(actors))], (rng.uniform(-50, 50), rng.uniform(-30, 30))])
        size = rng.uniform(10, 25)
        boxes[fid] = (-size - 4, -size - 4, size + 4, size + 4)
    expected = _reference_clear_spots(pos, boxes, forums, actors)
    assert _same(sector_layout._clear_spots(pos, boxes, forums, actors), expected)
    assert any(expected[f] != pos[f] for f in forums)  # the spiral is walked, not only its first spot


def test_a_forum_boxed_in_everywhere_stays_where_it_was():
    # One huge settled box covers the whole spiral: no spot is free, as the reference also finds.
    pos = {"a": (0.0, 0.0), "f": (3.0, -2.0)}
    boxes = {"a": (-1000.0, -1000.0, 1000.0, 1000.0), "f": (-10.0, -10.0, 10.0, 10.0)}
    found = sector_layout._clear_spots(pos, boxes, ["f"], {"a"})
    assert found == _reference_clear_spots(pos, boxes, ["f"], {"a"}) == pos


@pytest.mark.parametrize("seed", range(16))
def test_separation_gives_the_same_floats_as_every_round_computed(seed):
    rng = random.Random(100 + seed)
    pos, boxes = _crowd(rng, rng.randrange(2, 90), rng.choice((20.0, 80.0, 200.0)))
    fixed = frozenset(k for k in pos if rng.random() < 0.4) if seed % 2 else frozenset()
    rounds = rng.choice((1, 7, 60, 400))
    assert _same(separate(pos, boxes, fixed, rounds), _reference_separate(pos, boxes, fixed, rounds))


def test_a_stalled_separation_skips_the_rounds_of_its_cycle_and_ends_where_they_would(monkeypatch):
    # A mobile box between two fixed ones that overlap it equally: each round pushes it both ways
    # at once and it stays where it is, overlapping, for ever: a cycle of one round.
    pos = {"left": (-30.0, 0.0), "middle": (0.0, 0.0), "right": (30.0, 0.0)}
    boxes = {k: (-20.0, -10.0, 20.0, 10.0) for k in pos}
    fixed = frozenset({"left", "right"})
    trees = []

    class Counted(scipy.spatial.cKDTree):
        def __init__(self, data, *args, **kwargs):
            trees.append(1)
            super().__init__(data, *args, **kwargs)

    monkeypatch.setattr(scipy.spatial, "cKDTree", Counted)
    found = separate(pos, boxes, fixed, rounds=400)
    assert len(trees) == 1  # one round computed; the second finds the positions it started from
    trees.clear()
    assert _same(found, _reference_separate(pos, boxes, fixed, rounds=400))
    assert len(trees) == 400
    assert label_boxes.overlaps(found, boxes) == [("left", "middle"), ("middle", "right")]


@pytest.mark.parametrize("seed", range(10))
def test_every_curve_counted_at_once_picks_the_same_curve_as_one_at_a_time(seed):
    rng = random.Random(200 + seed)
    m = rng.randrange(0, 80)
    centres = np.array([(rng.uniform(0, 600), rng.uniform(0, 400)) for _ in range(m)], dtype=float).reshape(-1, 2)
    radii = np.array([rng.uniform(5, 30) for _ in range(m)])
    for _ in range(40):
        a, b = (rng.uniform(0, 600), rng.uniform(0, 400)), (rng.uniform(0, 600), rng.uniform(0, 400))
        now = rng.choice([None, {"type": rng.choice(_CURVES), "roundness": rng.choice((0.1, 0.2, 0.45, 0.6))}])
        assert _best_curve(a, b, centres, radii, now) == _reference_best_curve(a, b, centres, radii, now)


@pytest.mark.parametrize("kommun", ["ljusdal", "sandviken", None])
def test_the_bundled_maps_are_laid_out_and_routed_as_before(kommun, monkeypatch):
    network = build_network(load_data(bundled_data_dir()), kommun)
    metrics = analyze_network(network)
    found = map_data.network_data(network, metrics, "sv", "strength", layout_name="sector")
    monkeypatch.setattr(sector_layout, "_clear_spots", _reference_clear_spots)
    monkeypatch.setattr(sector_layout, "separate", _reference_separate)
    monkeypatch.setattr(map_data, "route_edges", _reference_route_edges)
    # A fresh network: the layout cache holds positions by the network object.
    network = build_network(load_data(bundled_data_dir()), kommun)
    expected = map_data.network_data(network, analyze_network(network), "sv", "strength", layout_name="sector")
    assert found["nodes"] == expected["nodes"] and found["edges"] == expected["edges"]


def test_a_node_just_beyond_a_lines_end_still_counts_as_crossed():
    # The line's first sample, 4 pixels from its end, comes 15.5 pixels from the node's centre:
    # within its radius and the gap, although the node lies outside the box round every curve.
    centres, radii = np.array([[4.0 - (10.0 + GAP) + 0.5, 0.0]]), np.array([10.0])
    a, b = (0.0, 0.0), (100.0, 0.0)
    assert routing._hits(routing._curves(a, b, [(50.0, 0.0)]), centres, radii).tolist() == [1]
    assert _best_curve(a, b, centres, radii) == _reference_best_curve(a, b, centres, radii)
    assert _best_curve(a, b, centres, radii) is not None


@pytest.mark.parametrize("budget", [1, 5000, routing._BATCH_DISTANCES])
def test_all_lines_routed_at_once_are_bent_as_one_at_a_time(budget, monkeypatch):
    # A small budget checks the lines in batches of one or a few: the same lines bent the same way.
    monkeypatch.setattr(routing, "_BATCH_DISTANCES", budget)
    rng = random.Random(300 + budget)
    for _ in range(8):
        nodes = [
            {"id": str(i), "x": rng.randrange(0, 600), "y": rng.randrange(0, 400), "size": rng.uniform(6, 25)}
            for i in range(rng.randrange(2, 40))
        ]
        edges = []
        for k in range(60):
            edge = {"from": str(rng.randrange(len(nodes) + 1)), "to": str(rng.randrange(len(nodes))), "id": str(k)}
            # Some lines already bow (a one-way arrow beside a samverkan line), some are drawn otherwise.
            edge["smooth"] = rng.choice([None, {"type": rng.choice(_CURVES), "roundness": 0.2}, {"type": "dynamic"}])
            edges.append({k: v for k, v in edge.items() if v is not None})
        expected = [dict(e) for e in edges]
        assert routing.route_edges(edges, nodes) == _reference_route_edges(expected, nodes)
        assert edges == expected
