"""The regional map grouped by kommun (samnet.present.maps.kommun_layout), on hand-built data and Östergötland."""

from __future__ import annotations

import math

import pytest

from samnet.core.model import Actor, Dataset, Forum, Kommun
from samnet.core.network import build_network
from samnet.load.source import bundled_data_dir, load_data
from samnet.measure.metrics import analyze_network
from samnet.present.maps.data import map_positions, network_data, node_boxes
from samnet.present.maps.kommun_layout import grouped, kommun_groups, kommun_of_nodes


def _dataset(n: int = 3) -> Dataset:
    kommuner = {f"k{i}": Kommun(f"k{i}", f"Kommun {i}") for i in range(n)}
    actors = {"polis": Actor("polis", "Polisen", "polis", "stat")}
    for k in kommuner:
        actors[f"{k}-ifo"] = Actor(f"{k}-ifo", "IFO", "ifo", "kommun", k)
        actors[f"{k}-skola"] = Actor(f"{k}-skola", "Skolan", "skola", "kommun", k)
    forums = (
        # The police sit in k0's own group: it stays k0's (the regional rule).
        Forum("lokal", "Lokala gruppen", ("k0-ifo", "k0-skola", "polis"), 2, frozenset({"struktur"})),
        Forum("lan", "Länsnätverket", tuple(f"{k}-ifo" for k in kommuner), 2, frozenset({"struktur"})),
    )
    return Dataset(kommuner, actors, (), forums)


def test_grouped_from_three_kommuner_and_only_for_the_map_of_all():
    assert grouped(build_network(_dataset(3), None))
    assert not grouped(build_network(_dataset(2), None))
    assert not grouped(build_network(_dataset(3), "k0"))


def test_a_local_group_with_the_police_in_it_is_the_kommuns_a_lan_network_is_regional():
    of = kommun_of_nodes(build_network(_dataset(), None))
    assert of["forum:lokal"] == "k0" and of["forum:lan"] is None and of["polis"] is None
    assert of["k2-skola"] == "k2"


@pytest.fixture(scope="module")
def ostergotland():
    network = build_network(load_data(bundled_data_dir("ostergotland")), None)
    metrics = analyze_network(network)
    pos = map_positions(network, metrics, "sector")
    return network, metrics, pos, kommun_groups(network, pos, node_boxes(network, metrics, "strength"))


def test_each_kommun_is_one_circle_holding_its_own_nodes_and_no_other(ostergotland):
    network, _, pos, groups = ostergotland
    assert len(groups) == 13
    of = kommun_of_nodes(network)
    for g in groups:
        for node, (x, y) in pos.items():
            inside = math.hypot(x - g["x"], y - g["y"]) < g["r"]
            assert inside == (of[node] == g["id"]), (g["id"], node)
    for i, a in enumerate(groups):
        for b in groups[i + 1 :]:
            assert math.hypot(a["x"] - b["x"], a["y"] - b["y"]) > a["r"] + b["r"], (a["id"], b["id"])


def test_the_page_data_carries_the_circles_only_for_a_grouped_map(ostergotland):
    network, metrics, _, groups = ostergotland
    assert network_data(network, metrics, "sv", "strength", layout_name="sector")["groups"] == groups
    assert [g["name"] for g in groups][:1] and all(g["name"].endswith("kommun") for g in groups)
    kommun = build_network(load_data(bundled_data_dir("ostergotland")), "motala")
    assert "groups" not in network_data(kommun, analyze_network(kommun), "sv", "strength", layout_name="sector")
    # --layout force keeps the force layout, without circles.
    assert "groups" not in network_data(network, metrics, "sv", "strength", layout_name="force")


def test_same_positions_whatever_the_hash_seed():
    import os
    import subprocess
    import sys

    from conftest import ROOT

    code = (
        "from samnet.core.network import build_network; from samnet.load.source import bundled_data_dir, load_data;"
        "from samnet.measure.metrics import analyze_network; from samnet.present.maps.data import map_positions;"
        "n = build_network(load_data(bundled_data_dir('ostergotland')), None);"
        "print(sorted(map_positions(n, analyze_network(n), 'sector').items()))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


def test_a_national_map_stays_one_network():
    kommuner = 41
    assert not grouped(build_network(_dataset(kommuner), None))
