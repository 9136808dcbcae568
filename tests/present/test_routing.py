"""Lines bent around nodes: an edge never crosses more nodes after routing than before, and most clear all."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from samnet.core.network import build_network
from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze_network
from samnet.present.maps import data as map_data
from samnet.present.maps.routing import GAP, _curves, _via, route_edges

ROOT = Path(__file__).resolve().parents[2]


def _crossed(edge: dict, nodes: list[dict], gap: float = -1.0) -> int:
    where = {n["id"]: (n["x"], n["y"]) for n in nodes}
    a, b = where[edge["from"]], where[edge["to"]]
    smooth = edge.get("smooth")
    via = _via(a, b, smooth["type"], smooth["roundness"]) if smooth else ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    points = _curves(a, b, [via])[0]
    others = [n for n in nodes if n["id"] not in (edge["from"], edge["to"])]
    centres = np.array([(n["x"], n["y"]) for n in others], dtype=float)
    radii = np.array([n["size"] for n in others], dtype=float)
    distance = np.sqrt(((points[:, None, :] - centres[None]) ** 2).sum(axis=2))
    return int((distance < radii[None] + gap).any(axis=0).sum())


def test_routing_never_makes_an_edge_cross_more_nodes():
    rng = random.Random(7)
    for _ in range(30):
        nodes = [
            {"id": str(i), "x": rng.uniform(0, 600), "y": rng.uniform(0, 400), "size": rng.uniform(6, 25)}
            for i in range(25)
        ]
        edges = [{"from": str(rng.randrange(25)), "to": str(rng.randrange(25)), "id": str(k)} for k in range(40)]
        edges = [e for e in edges if e["from"] != e["to"]]
        before = [_crossed(e, nodes, GAP) for e in edges]
        route_edges(edges, nodes)
        after = [_crossed(e, nodes, GAP) for e in edges]
        assert all(a <= b for a, b in zip(after, before))


@pytest.mark.parametrize("kommun", ["ljusdal", "sandviken", None])
def test_most_lines_through_nodes_are_bent_clear(kommun, monkeypatch):
    network = build_network(load_dataset(ROOT / "data"), kommun)
    metrics = analyze_network(network)
    routed = map_data.network_data(network, metrics, "sv", "strength", layout_name="sector")
    monkeypatch.setattr(map_data, "route_edges", lambda edges, nodes: 0)
    straight = map_data.network_data(network, metrics, "sv", "strength", layout_name="sector")
    count = lambda d: sum(bool(_crossed(e, d["nodes"])) for e in d["edges"] if not e.get("hidden"))  # noqa: E731
    assert count(routed) <= count(straight) / 3, (count(routed), count(straight))
