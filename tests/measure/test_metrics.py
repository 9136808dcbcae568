"""Graph building and metrics on tests/fixtures/small, every figure computed by hand.

The fixture (kommun K):

    polis ---3--- bvc          edges after merging links and the forum "samrad":
       \\         /              ifo–polis  level 3, individ+struktur (link level 2 + forum level 3)
        3       3               ifo–bvc    level 3, individ+struktur, NOT person-dependent
         \\     /                           (a personal link beside the structural forum)
           ifo ---1--- jour     polis–bvc  level 3, struktur (forum only)
          ^   ^                 ifo–jour   level 1, individ, person-dependent (the only tie)
   förskola   skola  (orosanmälan, one-way: no samverkan)

Six actors, so 15 possible pairs: density 4/15. Betweenness is normalised by
(n-1)(n-2)/2 = 10 pairs: ifo lies on the shortest paths jour–polis and
jour–bvc, so 2/10 = 0.2.

Described ties (each link once, the forum once): ifo–polis (2, individ, vinr),
ifo–bvc (1, individ), jour–ifo (1, individ, vinr), samrad (3, struktur, barn).
Strength: link partners' levels plus 3 for samrad: ifo 2+1+1+3 = 7,
polis 2+3 = 5, bvc 1+3 = 4, jour 1.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, PACKAGE, ROOT

from samnet.core.network import build_network
from samnet.errors import UsageError
from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze, analyze_network

SMALL = FIXTURES / "small"


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(SMALL)


@pytest.fixture(scope="module")
def k(dataset):
    return analyze(dataset, ["k"]).metrics["k"]


def test_kommun_network_membership(dataset):
    net = build_network(dataset, "k")
    # Kommun K's own actors (isolated ones too) plus polis, tied to them within K.
    assert list(net.actors) == ["bvc", "forskola", "ifo", "jour", "polis", "skola"]
    assert "m-ifo" not in build_network(dataset, "k").actors
    assert list(build_network(dataset, "m").actors) == ["m-ifo", "polis"]
    assert len(build_network(dataset, None).actors) == 7


def test_merging_rules(dataset):
    g = build_network(dataset, "k").samverkan
    assert g.edges["ifo", "polis"]["level"] == 3
    assert g.edges["ifo", "polis"]["scopes"] == {"individ", "struktur"}
    assert g.edges["ifo", "polis"]["areas"] == {"vinr", "barn"}
    assert g.edges["ifo", "bvc"]["person_dependent"] is False
    assert g.edges["ifo", "jour"]["person_dependent"] is True
    assert g.edges["bvc", "polis"]["scopes"] == {"struktur"}
    assert len(g.edges["ifo", "polis"]["ties"]) == 2


def test_one_way_links_are_never_samverkan(dataset):
    g = build_network(dataset, "k").samverkan
    assert not g.has_edge("forskola", "ifo")
    assert not g.has_edge("skola", "ifo")


def test_counts(k):
    assert k.actors == 6
    assert k.samverkan_ties == 4
    assert k.one_way_links == 2
    assert k.forums == 1
    assert k.person_dependent_ties == 1
    assert k.density == pytest.approx(4 / 15, abs=1e-6)


def test_level_scope_and_area_profiles(k):
    assert k.levels == {"1": 2, "2": 1, "3": 1, "4": 0}
    assert k.scopes == {"individ": 3, "struktur": 1, "both": 0}
    assert k.areas == {"vinr": 2, "hrv": 0, "unga": 0, "barn": 1}
    assert k.profiles["type"]["ifo"] == {
        "levels": {"1": 2, "2": 1, "3": 1, "4": 0},
        "scopes": {"individ": 3, "struktur": 1, "both": 0},
        "ties": 4,
    }
    assert k.profiles["type"]["forskola"]["ties"] == 0
    assert k.profiles["huvudman"]["region"]["scopes"] == {"individ": 1, "struktur": 1, "both": 0}
    assert k.profiles["actor"]["jour"]["levels"]["1"] == 1


def test_centrality_by_hand(k):
    rows = {r["id"]: r for r in k.centrality}
    assert [r["id"] for r in k.centrality][:3] == ["ifo", "polis", "bvc"]
    assert {i: rows[i]["degree"] for i in rows} == {
        "ifo": 3,
        "polis": 2,
        "bvc": 2,
        "jour": 1,
        "skola": 0,
        "forskola": 0,
    }
    assert {i: rows[i]["strength"] for i in rows} == {
        "ifo": 7,
        "polis": 5,
        "bvc": 4,
        "jour": 1,
        "skola": 0,
        "forskola": 0,
    }
    assert rows["ifo"]["betweenness"] == pytest.approx(0.2)
    assert all(rows[i]["betweenness"] == 0 for i in rows if i != "ifo")
    assert rows["ifo"]["one_way_in"] == 2 and rows["skola"]["one_way_out"] == 1


def test_eigenvector_satisfies_the_hand_derived_equations(k):
    # Newman weights (samnet.measure.weighting): samrad has 3 members, so each pair gets 3/2.
    # w(ifo, polis) = 2 + 1.5, w(ifo, bvc) = 1 + 1.5, w(polis, bvc) = 1.5, w(ifo, jour) = 1:
    # lambda*i = 3.5p + 2.5b + j, lambda*p = 3.5i + 1.5b, lambda*b = 2.5i + 1.5p, lambda*j = i.
    rows = {r["id"]: r for r in k.centrality}
    i, p, b, j = (rows[x]["eigenvector"] for x in ("ifo", "polis", "bvc", "jour"))
    lam = i / j
    assert lam * i == pytest.approx(3.5 * p + 2.5 * b + j, rel=1e-4)
    assert lam * p == pytest.approx(3.5 * i + 1.5 * b, rel=1e-4)
    assert lam * b == pytest.approx(2.5 * i + 1.5 * p, rel=1e-4)
    assert i**2 + p**2 + b**2 + j**2 == pytest.approx(1, rel=1e-5)
    assert rows["skola"]["eigenvector"] == 0


def test_one_way_reach(k):
    assert k.one_way == [
        {"source": "forskola", "target": "ifo", "kind": "orosanmalan", "also_samverkan": False},
        {"source": "skola", "target": "ifo", "kind": "orosanmalan", "also_samverkan": False},
    ]
    assert k.one_way_only == ["forskola", "skola"]
    assert k.social_services_only_one_way == ["forskola", "skola"]
    assert k.one_way_by_kind["orosanmalan"] == 2


def test_reaching_social_services_only_one_way_ignores_samverkan_elsewhere(tmp_path):
    from samnet.core.model import Actor, Dataset, Kommun, Link

    def samverkan(i, s, t):
        return Link(i, s, t, "samverkan", 2, frozenset({"struktur"}), kommuner=frozenset({"k"}))

    ds = Dataset(
        {"k": Kommun("k", "K")},
        {
            "ifo": Actor("ifo", "IFO", "ifo", "kommun", "k"),
            "soc": Actor("soc", "Socialtjänst", "socialtjanst", "kommun", "k"),
            "bvc": Actor("bvc", "BVC", "bvc", "region", "k"),
            "mvc": Actor("mvc", "MVC", "mvc", "region", "k"),
            "skola": Actor("skola", "Skola", "skola", "kommun", "k"),
        },
        (
            Link(0, "bvc", "ifo", "orosanmalan", kommuner=frozenset({"k"})),
            Link(1, "mvc", "ifo", "orosanmalan", kommuner=frozenset({"k"})),
            Link(2, "skola", "ifo", "orosanmalan", kommuner=frozenset({"k"})),
            samverkan(3, "bvc", "mvc"),  # samverkan, but not with social services
            samverkan(4, "skola", "soc"),
        ),  # samverkan with another social-services unit
    )
    m = analyze_network(build_network(ds, "k"))
    assert m.social_services_only_one_way == ["bvc", "mvc"]
    assert m.one_way_only == ["ifo"]  # it only receives reports


def test_person_dependent_loss(k):
    assert k.person_dependent == [{"source": "ifo", "target": "jour", "level": 1}]
    assert k.isolated_without_person_dependent == ["jour"]
    assert (k.components_before, k.components_after) == (3, 4)
    # Before: {ifo, polis, bvc, jour} = 6 pairs; after: {ifo, polis, bvc} = 3 pairs.
    assert k.pairs_disconnected == 3


def test_analyze_all_kommuner_in_id_order(dataset):
    assert list(analyze(dataset).metrics) == ["k", "m"]


def test_unknown_kommun_is_a_usage_error(dataset):
    with pytest.raises(UsageError, match='menade du "k"'):
        analyze(dataset, ["kk"])


def test_empty_network_has_zero_metrics():
    from samnet.core.model import Actor, Dataset, Kommun

    ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    m = analyze_network(build_network(ds, "k"))
    assert (m.samverkan_ties, m.density, m.centrality[0]["eigenvector"]) == (0, 0.0, 0.0)


def test_eigenvector_matches_networkx_on_generated_kommuner():
    import importlib.util

    import networkx as nx

    from samnet.measure.metrics import eigenvector_centrality

    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        actors, links = generate.generate(3, seed=7)
        Path(folder, "actors.yaml").write_text(actors, encoding="utf-8")
        Path(folder, "links.yaml").write_text(links, encoding="utf-8")
        dataset = load_dataset(folder)
    for kommun_id in dataset.kommuner:
        graph = build_network(dataset, kommun_id).samverkan
        ours = eigenvector_centrality(graph)
        theirs = nx.eigenvector_centrality(graph, weight="level", max_iter=10_000, tol=1e-10)
        assert ours == pytest.approx(theirs, abs=1e-9)


def test_betweenness_is_estimated_only_above_the_limit(monkeypatch):
    import networkx as nx

    import samnet.measure.metrics
    from samnet.core.model import Actor, Dataset, Link

    ids = [f"a{i:02d}" for i in range(12)]
    ds = Dataset(
        {},
        {i: Actor(i, i, "ifo", "kommun") for i in ids},
        tuple(Link(n, u, v, "samverkan", 1, frozenset({"individ"})) for n, (u, v) in enumerate(zip(ids, ids[1:]))),
    )
    network = build_network(ds)
    exact = analyze_network(network)
    assert exact.betweenness_estimated is False
    path_middle = {r["id"]: r["betweenness"] for r in exact.centrality}
    # On a path of 12, the 6th actor lies on 5 * 6 = 30 of the 55 pairs of others.
    assert path_middle["a05"] == pytest.approx(30 / 55, abs=1e-6)

    monkeypatch.setattr(samnet.measure.metrics, "EXACT_BETWEENNESS_LIMIT", 5)
    monkeypatch.setattr(samnet.measure.metrics, "BETWEENNESS_SAMPLE", 4)
    estimated = analyze_network(network)
    assert estimated.betweenness_estimated is True
    expected = nx.betweenness_centrality(network.samverkan, k=4, normalized=True, seed=0)
    assert {r["id"]: r["betweenness"] for r in estimated.centrality} == pytest.approx(expected, abs=1e-6)
    assert analyze_network(network) == estimated  # the seed makes it repeatable


def test_network_metrics_is_a_plain_record_of_the_summary(k):
    import dataclasses
    import json
    from collections.abc import Mapping

    from samnet.measure.results import NetworkMetrics

    assert isinstance(k, NetworkMetrics) and not isinstance(k, Mapping)
    plain = k.to_json()
    # focus, ended, evidence and mandate are left out where the data has none (k's data), so its file is as before.
    optional = ("focus", "ended", "evidence", "mandate")
    assert list(plain) == [f.name for f in dataclasses.fields(k) if f.name not in optional] and k.evidence is None
    assert all(plain[key] == getattr(k, key) for key in plain)
    json.dumps(plain)  # JSON-ready as it is
    with pytest.raises(TypeError):
        k["density"]
    with pytest.raises(AttributeError):
        k.density = 1.0  # frozen


DISCONNECTED = FIXTURES / "disconnected"


def test_eigenvector_per_component_on_two_disconnected_kommuner():
    import networkx as nx
    import numpy as np

    network = build_network(load_dataset(DISCONNECTED), None)
    graph = network.samverkan
    # On the whole graph power iteration never settles: the fixture means something.
    with pytest.raises(nx.PowerIterationFailedConvergence):
        nx.eigenvector_centrality(graph, weight="level", max_iter=10_000, tol=1e-10)
    rows = {r["id"]: r["eigenvector"] for r in analyze_network(network).centrality}
    # Kommun A is the path polis -2- ifo -3- skola: lambda = sqrt(4 + 9) = sqrt(13), the
    # eigenvector is proportional to (sqrt(13), 2, 3) and has length sqrt(26).
    assert rows["a-ifo"] == pytest.approx(1 / 2**0.5, abs=1e-6)
    assert rows["a-polis"] == pytest.approx(2 / 26**0.5, abs=1e-6)
    assert rows["a-skola"] == pytest.approx(3 / 26**0.5, abs=1e-6)
    # Kommun B's leading eigenvalue (3.6017) is a little below sqrt(13), so its own unit
    # eigenvector is scaled by lambda_B / sqrt(13).
    b_nodes = ["b-bvc", "b-ifo", "b-polis", "b-skola"]
    sub = graph.subgraph(b_nodes)
    lam_b = max(np.linalg.eigvalsh(nx.to_numpy_array(sub, nodelist=b_nodes, weight="level")))
    assert lam_b == pytest.approx(3.6017, abs=1e-4)
    own = nx.eigenvector_centrality(sub, weight="level", max_iter=10_000, tol=1e-10)
    for node in b_nodes:
        assert rows[node] == pytest.approx(own[node] * lam_b / 13**0.5, abs=1e-6)


def test_eigenvector_failure_is_a_samnet_error():
    import networkx as nx

    from samnet.errors import SamnetError
    from samnet.measure.metrics import ConvergenceError, eigenvector_centrality

    graph = nx.Graph([("a", "b", {"level": 1}), ("b", "c", {"level": 3})])
    with pytest.raises(ConvergenceError, match="did not settle within 1 iterations") as caught:
        eigenvector_centrality(graph, max_iter=1)
    assert isinstance(caught.value, SamnetError)


def test_samnet_reads_no_private_networkx_attributes():
    import re

    pattern = re.compile(r"\._(adj|node|pred|succ|graph)\b")
    package = PACKAGE
    offenders = [
        f"{path.name}:{n}"
        for path in sorted(package.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []
