"""Brokerage roles, harmonic closeness, E-I index and key actors: by hand, and against R (sna).

The fixture tests/fixtures/brokerage is a chain of bridges,

    skola – ifo – samordnare – jour – bvc – {bup, polis}   (bvc, bup, polis: one forum)

plus förskolan, which only sends an orosanmälan (as BVC does to IFO): one-way
links are not samverkan, so they must change nothing below. The reference
files under tests/reference/expected are written by tests/reference/brokerage.R
(run ``python tests/reference/regenerate.py``).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import networkx as nx
import pytest

from samnet.core.model import Actor, Dataset, Kommun, Link
from samnet.core.network import build_network, kommun_networks
from samnet.load.dataset import load_dataset
from samnet.measure.brokerage import GROUPINGS, ROLES, SNA_COLUMNS, brokerage_counts, brokerage_figures
from samnet.measure.cohesion import ei_figures, harmonic_closeness
from samnet.measure.key_actors import actor_loss
from samnet.measure.metrics import analyze_network

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "tests" / "reference"
sys.path.insert(0, str(REFERENCE))

from export_networks import DATASETS, export  # noqa: E402


@pytest.fixture(scope="module")
def chain():
    return build_network(load_dataset(ROOT / "tests" / "fixtures" / "brokerage"), "k")


def _roles(coordinator=0, itinerant=0, gatekeeper=0, representative=0, liaison=0):
    return dict(zip(ROLES, (coordinator, itinerant, gatekeeper, representative, liaison)))


def test_brokerage_by_hand(chain):
    # Each open pair counts once each way (an undirected tie read both directions).
    roles = brokerage_figures(chain)["brokerage"]
    # ifo stands between skola and samordnare, all three kommun: one open pair, both ways.
    assert roles["ifo"]["huvudman"] == _roles(coordinator=2)
    # samordnare (kommun) between ifo (kommun) and jour (ideell): representative one way, gatekeeper the other.
    assert roles["samordnare"]["huvudman"] == _roles(gatekeeper=1, representative=1)
    # jour (ideell) between samordnare (kommun) and bvc (region): liaison both ways.
    assert roles["jour"]["huvudman"] == _roles(liaison=2)
    # bvc (region) between jour (ideell) and bup (region), and jour and polis (stat); bup and polis
    # meet in the forum, so bvc does not stand between them.
    assert roles["bvc"]["huvudman"] == _roles(gatekeeper=1, representative=1, liaison=2)
    for actor in ("bup", "polis", "skola", "forskola"):
        assert roles[actor]["huvudman"] == _roles()
    # Every type differs: every open pair is a liaison.
    assert {a: roles[a]["type"]["liaison"] for a in ("ifo", "samordnare", "jour", "bvc")} == {
        "ifo": 2,
        "samordnare": 2,
        "jour": 2,
        "bvc": 4,
    }


def test_one_way_links_and_forums_do_not_broker(chain):
    # BVC's orosanmälan to IFO would close the chain into a ring if it counted.
    assert not chain.samverkan.has_edge("bvc", "ifo")
    assert actor_loss(chain.samverkan)[0]["pairs_disconnected"] == 9


def test_only_broker_between_huvudman_groups(chain):
    between = {tuple(row["groups"]): row for row in brokerage_figures(chain)["huvudman_brokers"]}
    assert between[("kommun", "region")]["brokers"] == [{"id": "jour", "pairs": 1}]
    assert between[("ideell", "region")] == {
        "groups": ["ideell", "region"],
        "brokers": [{"id": "bvc", "pairs": 1}],
        "direct": 1,
    }
    # bvc, bup and polis share the forum: nobody stands between region and stat.
    assert ("region", "stat") not in between


def test_brokerage_counts_skip_closed_pairs():
    triangle = nx.Graph([("a", "b"), ("b", "c"), ("a", "c")])
    assert brokerage_counts(triangle, dict.fromkeys("abc", "x"))["b"] == _roles()


def test_harmonic_closeness_by_hand(chain):
    # skola: ifo at 1, samordnare 2, jour 3, bvc 4, bup and polis 5, förskolan out of reach: / (8 − 1).
    closeness = harmonic_closeness(chain.samverkan)
    assert closeness["skola"] == round((1 + 1 / 2 + 1 / 3 + 1 / 4 + 2 / 5) / 7, 6)
    assert closeness["bvc"] == round((3 + 1 / 2 + 1 / 3 + 1 / 4) / 7, 6)
    assert closeness["forskola"] == 0.0


def test_closeness_on_a_network_in_parts():
    graph = nx.Graph([("a", "b"), ("c", "d"), ("d", "e")])
    assert harmonic_closeness(graph) == {"a": 0.25, "b": 0.25, "c": 0.375, "d": 0.5, "e": 0.375}


def test_ei_index_by_hand(chain):
    figures = ei_figures(chain)
    # Seven pairs; inside a huvudman: skola–ifo, ifo–samordnare, bvc–bup; four across.
    assert figures["ei_index"] == {"huvudman": round(1 / 7, 6), "organisation": round(3 / 7, 6)}
    assert figures["ei_groups"]["huvudman"]["groups"]["kommun"] == {
        "index": round(-1 / 3, 6),
        "external": 1,
        "internal": 2,
    }
    # BUP is its own organisation (organisation: bup-halsingland), so bvc–bup crosses organisations.
    assert figures["ei_groups"]["organisation"]["groups"]["region-testlan"]["index"] == 1.0


def test_ei_index_without_ties_is_none():
    ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    assert ei_figures(build_network(ds, "k"))["ei_index"] == {"huvudman": None, "organisation": None}


def test_key_actors_by_hand(chain):
    rows = {row["id"]: row for row in actor_loss(chain.samverkan)}
    # Without jour: {skola, ifo, samordnare} and {bvc, bup, polis}; 15 pairs of the other six
    # reached each other before, 3 + 3 after.
    assert rows["jour"] == {"id": "jour", "pairs_disconnected": 9, "components_after": 3, "isolated": [], "cut_off": []}
    assert rows["ifo"] == {
        "id": "ifo",
        "pairs_disconnected": 5,
        "components_after": 3,
        "isolated": ["skola"],
        "cut_off": ["skola"],
    }
    assert rows["bvc"]["cut_off"] == ["bup", "polis"]
    # Not a cut vertex: nothing lost; förskolan (no samverkan) takes its own part with it.
    assert rows["bup"]["pairs_disconnected"] == 0 and rows["bup"]["components_after"] == 2
    assert rows["forskola"]["components_after"] == 1
    assert [row["id"] for row in actor_loss(chain.samverkan)][:4] == ["jour", "bvc", "samordnare", "ifo"]


def test_key_actors_in_the_result(chain):
    metrics = analyze_network(chain).to_json()
    assert metrics["key_actors"][0]["id"] == "jour"
    assert set(metrics["key_actors"][0]) >= {"id", "pairs_disconnected", "components_after", "isolated"}
    row = next(r for r in metrics["centrality"] if r["id"] == "jour")
    assert set(row["brokerage"]) == {"huvudman", "type"}
    assert set(row["brokerage"]["huvudman"]) == set(ROLES)


def _reference(name: str, suffix: str) -> list[dict]:
    with open(REFERENCE / "expected" / f"{name}{suffix}", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _networks():
    for dataset_name, folder in DATASETS.items():
        for kommun_id, network in kommun_networks(load_dataset(folder)).items():
            yield f"{dataset_name}-{kommun_id}", network


NETWORKS = dict(_networks())


def test_exported_networks_are_current(tmp_path):
    # The reference was computed on these files; if the data changed, run tests/reference/regenerate.py.
    for name in export(tmp_path):
        for suffix in (".nodes.csv", ".edges.csv"):
            fresh = (tmp_path / f"{name}{suffix}").read_text(encoding="utf-8")
            assert fresh == (REFERENCE / "networks" / f"{name}{suffix}").read_text(encoding="utf-8"), name


@pytest.mark.parametrize("name", sorted(NETWORKS))
def test_brokerage_matches_sna(name):
    figures = brokerage_figures(NETWORKS[name])
    network = NETWORKS[name]
    column_role = {column: role for role, column in SNA_COLUMNS.items()}
    rows = _reference(name, ".brokerage.csv")
    assert len(rows) == len(network.actors) * len(GROUPINGS) * len(ROLES)
    for row in rows:
        role, grouping = column_role[row["column"]], row["grouping"]
        assert figures["brokerage"][row["id"]][grouping][role] == int(row["raw"]), row
        group = getattr(network.actors[row["id"]], grouping)
        expected = figures["brokerage_expected"][grouping]["groups"][group][role]
        assert expected["expected"] == pytest.approx(float(row["exp"]), abs=2e-6), row
        assert expected["sd"] == pytest.approx(float(row["sd"]), abs=2e-6), row


@pytest.mark.parametrize("name", sorted(NETWORKS))
def test_closeness_matches_sna(name):
    closeness = harmonic_closeness(NETWORKS[name].samverkan)
    for row in _reference(name, ".closeness.csv"):
        assert closeness[row["id"]] == pytest.approx(float(row["closeness"]), abs=2e-6), row


@pytest.mark.parametrize("name", sorted(NETWORKS))
def test_ei_index_matches_formula_in_r(name):
    breakdown = ei_figures(NETWORKS[name])["ei_groups"]
    for row in _reference(name, ".ei.csv"):
        figures = breakdown[row["grouping"]]
        figures = figures["groups"][row["group"]] if row["group"] else figures
        assert (figures["external"], figures["internal"]) == (int(row["external"]), int(row["internal"])), row
        if row["index"] == "NA":
            assert figures["index"] is None
        else:
            assert figures["index"] == pytest.approx(float(row["index"]), abs=2e-6), row


@pytest.mark.parametrize("name", sorted(NETWORKS))
def test_key_actors_match_r(name):
    rows = {row["id"]: row for row in actor_loss(NETWORKS[name].samverkan)}
    for row in _reference(name, ".key.csv"):
        assert rows[row["id"]]["pairs_disconnected"] == int(row["pairs_disconnected"]), row
        assert rows[row["id"]]["components_after"] == int(row["components_after"]), row


def test_a_one_way_link_alone_makes_no_broker():
    actors = {
        i: Actor(i, i, t, h, "k")
        for i, t, h in (("a", "ifo", "kommun"), ("b", "bvc", "region"), ("c", "polis", "stat"))
    }
    links = (
        Link(0, "a", "b", "orosanmalan", kommuner=frozenset({"k"})),
        Link(1, "b", "c", "samverkan", 2, kommuner=frozenset({"k"})),
    )
    figures = brokerage_figures(build_network(Dataset({"k": Kommun("k", "K")}, actors, links), "k"))
    assert figures["huvudman_brokers"] == []


def _loss_by_removal(graph: nx.Graph) -> dict:
    # Straight from the definition: remove the actor, count again.
    def pairs(g):
        return sum(len(c) * (len(c) - 1) // 2 for c in nx.connected_components(g))

    out = {}
    for actor in graph:
        rest = graph.copy()
        rest.remove_node(actor)
        reach = len(nx.node_connected_component(graph, actor)) - 1
        out[actor] = (pairs(graph) - reach - pairs(rest), nx.number_connected_components(rest))
    return out


@pytest.mark.parametrize("seed", range(12))
def test_key_actors_equal_removing_each_actor(seed):
    # Sparse random graphs: trees, cycles, several parts and isolated actors.
    graph = nx.gnm_random_graph(30, 25 + 3 * seed, seed=seed)
    graph = nx.relabel_nodes(graph, {n: f"a{n:02d}" for n in graph})
    expected = _loss_by_removal(graph)
    for row in actor_loss(graph):
        assert (row["pairs_disconnected"], row["components_after"]) == expected[row["id"]], row
