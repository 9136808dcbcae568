"""samnet export: files read back with networkx hold the figures of summary.json."""

from __future__ import annotations

import io
import json

import networkx as nx
import openpyxl
import pytest
from click.testing import CliRunner
from conftest import ROOT

from samnet.cli import cli
from samnet.core.network import build_network
from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze_network
from samnet.present.export import export_bytes

DATA = ROOT / "data"
SMALL = ROOT / "tests" / "fixtures" / "small"


@pytest.fixture(scope="module")
def ljusdal(tmp_path_factory):
    """summary.json of Ljusdal and the four export files, written by the CLI."""
    out = tmp_path_factory.mktemp("export")
    runner = CliRunner()
    result = runner.invoke(
        cli, ["analyze", "--data", str(DATA), "--kommun", "ljusdal", "--no-maps", "-o", str(out), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    files = {}
    for fmt in ("graphml", "gexf", "json", "xlsx"):
        path = out / f"ljusdal.{fmt}"
        result = runner.invoke(cli, ["export", "--data", str(DATA), "--kommun", "ljusdal", "-o", str(path)])
        assert result.exit_code == 0, result.output
        files[fmt] = path
    summary = json.loads((out / "ljusdal" / "summary.json").read_text(encoding="utf-8"))
    return summary, files


def _by_type(graph, kind: str) -> list[dict]:
    return [d for _u, _v, d in graph.edges(data=True) if d["edge_type"] == kind]


def _check_nodes(graph, summary: dict) -> None:
    actors = {n: d for n, d in graph.nodes(data=True) if d["node_type"] == "actor"}
    forums = [n for n, d in graph.nodes(data=True) if d["node_type"] == "forum"]
    assert len(actors) == summary["actors"]
    assert len(forums) == summary["forums"]
    for row in summary["centrality"]:
        node = actors[row["id"]]
        for key in ("degree", "strength", "one_way_in", "one_way_out", "type", "huvudman", "name"):
            assert node[key] == row[key], (row["id"], key)
        assert node["betweenness"] == pytest.approx(row["betweenness"])
        assert node["eigenvector"] == pytest.approx(row["eigenvector"])
        assert isinstance(node["x"], float) and isinstance(node["y"], float)


def _check_one_way(graph, summary: dict) -> None:
    one_way = [
        (d["sender"], d["receiver"], d["edge_type"])
        for _u, _v, d in graph.edges(data=True)
        if d["edge_type"] not in ("samverkan", "member")
    ]
    assert sorted(one_way) == sorted((o["source"], o["target"], o["kind"]) for o in summary["one_way"])
    assert len(one_way) == summary["one_way_links"]


@pytest.mark.parametrize("fmt", ["graphml", "json"])
def test_graphml_and_json_hold_the_summary(ljusdal, fmt):
    summary, files = ljusdal
    if fmt == "graphml":
        graph = nx.read_graphml(files[fmt])
    else:
        graph = nx.node_link_graph(json.loads(files[fmt].read_text(encoding="utf-8")), edges="edges")
    _check_nodes(graph, summary)
    _check_one_way(graph, summary)
    network = build_network(load_dataset(DATA), "ljusdal")
    samverkan = _by_type(graph, "samverkan")
    # The README's R lines count these same figures.
    assert len(samverkan) == summary["direct_ties"] == 52
    assert sum(d["person_dependent_links"] for d in samverkan) == len(summary["person_dependent_links"]) == 9
    assert sum(d["person_dependent_pair"] for d in samverkan) == summary["person_dependent_ties"] == 8
    members = _by_type(graph, "member")
    assert len(members) == sum(len(f.members) for f in network.forums)
    # Pairs tied directly or through a shared forum: summary.json's samverkan_ties.
    forum_of = {}
    for u, v, d in graph.edges(data=True):
        if d["edge_type"] == "member":
            forum, member = (u, v) if graph.nodes[u]["node_type"] == "forum" else (v, u)
            forum_of.setdefault(forum, set()).add(member)
    pairs = {tuple(sorted((u, v))) for u, v, d in graph.edges(data=True) if d["edge_type"] == "samverkan"}
    pairs |= {(a, b) for group in forum_of.values() for a in group for b in group if a < b}
    assert len(pairs) == summary["samverkan_ties"]


def test_graphml_is_undirected_so_igraph_reads_samverkan_mutual(ljusdal):
    _summary, files = ljusdal
    raw = files["graphml"].read_bytes()
    assert b'edgedefault="undirected"' in raw and b'edgedefault="directed"' not in raw
    assert not nx.read_graphml(files["graphml"]).is_directed()


def test_gexf_holds_the_summary_and_positions_for_gephi(ljusdal):
    summary, files = ljusdal
    graph = nx.read_gexf(files["gexf"])
    _check_nodes(graph, summary)
    _check_one_way(graph, summary)
    # GEXF marks samverkan "mutual"; networkx reads a mutual edge as one edge each way.
    assert len(_by_type(graph, "samverkan")) % 2 == 0
    some = next(iter(graph.nodes(data=True)))[1]
    assert set(some["viz"]["position"]) == {"x", "y", "z"}
    raw = files["gexf"].read_bytes()
    assert b'lastmodifieddate="2000-01-01"' in raw


def test_xlsx_has_one_row_per_node_and_edge_as_kumu_reads_them(ljusdal):
    summary, files = ljusdal
    wb = openpyxl.load_workbook(files["xlsx"])
    nodes = list(wb["Elements"].iter_rows(values_only=True))
    header = nodes[0]
    assert header[:3] == ("ID", "Label", "Type")
    rows = [dict(zip(header, r)) for r in nodes[1:]]
    assert sum(r["node_type"] == "actor" for r in rows) == summary["actors"]
    strength = {r["ID"]: r["strength"] for r in rows if r["node_type"] == "actor"}
    assert strength == {row["id"]: row["strength"] for row in summary["centrality"]}
    edges = list(wb["Connections"].iter_rows(values_only=True))
    assert edges[0][:4] == ("From", "To", "Type", "Direction")
    kinds = [(r[2], r[3]) for r in edges[1:]]
    one_way = [k for k in kinds if k[0] not in ("samverkan", "member")]
    assert len(one_way) == summary["one_way_links"] and {d for _k, d in one_way} == {"directed"}
    assert {d for k, d in kinds if k == "samverkan"} == {"undirected"}


def test_exports_are_the_same_bytes_every_time():
    network = build_network(load_dataset(SMALL), None)
    for fmt in ("graphml", "gexf", "json", "xlsx"):
        figures = analyze_network(network)
        assert export_bytes(network, figures, fmt) == export_bytes(network, figures, fmt), fmt


def test_export_of_an_unknown_kommun_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(
        cli, ["export", "--data", str(SMALL), "--kommun", "nowhere", "-o", str(tmp_path / "x.gexf")]
    )
    assert result.exit_code == 2
    assert not (tmp_path / "x.gexf").exists()


def test_format_follows_the_file_name_unless_given(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["export", "--data", str(SMALL), "-o", str(tmp_path / "a.gexf")]).exit_code == 0
    assert (tmp_path / "a.gexf").read_bytes().startswith(b"<?xml")
    assert b"<gexf" in (tmp_path / "a.gexf").read_bytes()
    assert (
        runner.invoke(
            cli, ["export", "--data", str(SMALL), "--format", "json", "-o", str(tmp_path / "a.json")]
        ).exit_code
        == 0
    )
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["multigraph"] is True
    for args in (["--format", "gexf", "-o", "x.graphml"], ["-o", "e.txt"], ["--format", "json", "-o", "e.txt"]):
        result = runner.invoke(cli, ["export", "--data", str(SMALL), *args[:-1], str(tmp_path / args[-1])])
        assert result.exit_code == 2, args
        assert "måste sluta på" in result.output or "--format gexf skriver" in result.output
        assert not (tmp_path / args[-1]).exists()


def test_convert_to_a_file_that_is_not_a_workbook_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["convert", str(SMALL), str(tmp_path / "k.xls")])
    assert result.exit_code == 2 and "mapp eller en fil som slutar på .xlsx" in result.output
    assert not (tmp_path / "k.xls").exists()
    (tmp_path / "old.v2").mkdir()
    assert CliRunner().invoke(cli, ["convert", str(SMALL), str(tmp_path / "old.v2")]).exit_code == 0
    network = build_network(load_dataset(SMALL))
    assert openpyxl.load_workbook(io.BytesIO(export_bytes(network, analyze_network(network), "xlsx")))


def test_weighted_strength_equals_samnets_strength(ljusdal):
    """R's and igraph's default strength() sums ``weight`` over a node's edges: it must be samnet's strength."""
    summary, files = ljusdal
    graph = nx.read_graphml(files["graphml"])
    for row in summary["centrality"]:
        total = sum(float(d.get("weight", 0)) for _u, _v, d in graph.edges(row["id"], data=True))
        assert total == row["strength"], row["name"]
    for read in (nx.read_graphml, nx.read_gexf):
        edges = read(files["graphml" if read is nx.read_graphml else "gexf"]).edges(data=True)
        one_way = [d for _u, _v, d in edges if d["edge_type"] not in ("samverkan", "member")]
        assert one_way and all(float(d["weight"]) == 0 for d in one_way)


def test_gexf_has_no_networkx_key_and_graphml_writes_xml_booleans(ljusdal):
    _, files = ljusdal
    assert b"networkx_key" not in files["gexf"].read_bytes()
    graphml = files["graphml"].read_text(encoding="utf-8")
    assert ">True<" not in graphml and ">False<" not in graphml and ">false<" in graphml


def test_positions_are_the_maps_with_y_up(ljusdal):
    from samnet.present.maps.data import map_positions

    _, files = ljusdal
    network = build_network(load_dataset(DATA), "ljusdal")
    page = map_positions(network, analyze_network(network), "sector")
    graph = nx.read_gexf(files["gexf"])
    for node, (x, y) in page.items():
        data = graph.nodes[node.removeprefix("forum:")]
        assert (float(data["viz"]["position"]["x"]), float(data["viz"]["position"]["y"])) == (x, -y)


def test_a_one_kommun_export_is_named_after_its_kommun(tmp_path):
    assert CliRunner().invoke(cli, ["init", str(tmp_path / "d")]).exit_code == 0
    out = tmp_path / "one.gexf"
    result = CliRunner().invoke(cli, ["export", "--data", str(tmp_path / "d"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph = nx.read_gexf(out)
    assert graph.graph.get("name") or b'kommun" value="all"' not in out.read_bytes()
    text = out.read_text(encoding="utf-8")
    assert 'value="all"' not in text and "Min kommun" in text


def test_testimony_as_edge_attributes(tmp_path):
    """Status, level used, the coder's level and each report travel with the edges (tests/fixtures/testimony)."""
    fixture = ROOT / "tests" / "fixtures" / "testimony"
    network = build_network(load_dataset(fixture), "k")
    metrics = analyze_network(network)
    graph = nx.read_graphml(io.BytesIO(export_bytes(network, metrics, "graphml")))
    edges = {(u, v, d["edge_type"]): d for u, v, d in graph.edges(data=True)}
    jour = edges.get(("ifo", "jour", "samverkan")) or edges[("jour", "ifo", "samverkan")]
    assert (jour["status"], jour["level_used"], jour["stated_level"]) == ("confirmed", 2, 4)
    assert jour["reports"].startswith("jour-a (samordnare): 4, §5.4.1; ifo-chef (chef): 2")
    disputed = edges.get(("ifo", "polis", "disputed")) or edges[("polis", "ifo", "disputed")]
    assert (disputed["status"], disputed["level_used"]) == ("disputed", 0)
    assert graph.nodes["natverk"]["status"] == "one_sided"
    nodes = json.loads(export_bytes(network, metrics, "json"))
    assert {e["status"] for e in nodes["edges"] if e["edge_type"] == "member"} == {"confirmed", "one_sided"}
    assert b"level_used" in export_bytes(network, metrics, "gexf")
