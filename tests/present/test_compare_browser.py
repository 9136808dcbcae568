"""The comparison page in a real browser: the same offline headless-Chromium checks as the maps.

Reuses the ``open_map`` fixture of ``conftest.py`` and the helpers of
``test_browser.py``: both maps must draw exactly the nodes and edges the
drawing rule gives, nothing may be fetched from the network, no script
error or dialog may occur, and the differing type pairs must be the
highlighted edges. Run with ``pytest -m browser``.
"""

from __future__ import annotations

import pytest
from conftest import ROOT
from test_browser import assert_clean, counts, expected
from test_map_labels import BOXES_OF, overlapping

from samnet.core.model import Actor, Dataset, Kommun, Link
from samnet.core.network import build_network
from samnet.load.dataset import load_dataset
from samnet.measure.comparison import compare_networks
from samnet.measure.metrics import analyze_network
from samnet.measure.results import TOP
from samnet.present.compare_page import highlight_pairs, render_comparison_html
from samnet.present.compare_words import difference_sentences

pytestmark = pytest.mark.browser

PAIR = ROOT / "tests" / "fixtures" / "compare" / "pair"
DATA = ROOT / "data"


def _bundled() -> Dataset | None:
    try:
        dataset = load_dataset(DATA)
    except Exception:  # not bundled yet; tests/test_bundled_data.py reports a broken one
        return None
    return dataset if {"ljusdal", "sandviken"} <= set(dataset.kommuner) else None


def _highlighted(network, highlight) -> int:
    """Edges drawn with the highlighter: by the drawing rule of samnet.present.maps.page, a samverkan line for each
    pair joined by a link, an arrow for each one-way link and a line from each forum to each member,
    highlighted when the pair of actor types (for a forum line: the member with any other member)
    differs between the kommuner."""
    actors = network.actors

    def pair(u: str, v: str) -> frozenset:
        return frozenset({actors[u].type, actors[v].type})

    lines = sum(
        1
        for u, v, d in network.samverkan.edges(data=True)
        if any(isinstance(tie, Link) for tie in d["ties"]) and pair(u, v) in highlight
    )
    arrows = sum(1 for link in network.one_way if pair(link.source, link.target) in highlight)
    members = sum(
        1
        for forum in network.forums
        for m in forum.members
        if any(pair(m, o) in highlight for o in forum.members if o != m)
    )
    return lines + arrows + members


CASES = [("pair", "norrby", "soderby")]
if _bundled() is not None:
    CASES.append(("data", "ljusdal", "sandviken"))


@pytest.mark.parametrize(("source", "a", "b"), CASES, ids=[f"{a}-{b}" for _, a, b in CASES])
def test_comparison_page(open_map, tmp_path, source, a, b):
    dataset = load_dataset(PAIR) if source == "pair" else _bundled()
    net_a, net_b = build_network(dataset, a), build_network(dataset, b)
    metrics = analyze_network(net_a), analyze_network(net_b)
    comparison = compare_networks(net_a, net_b, *metrics)
    path = tmp_path / f"compare-{a}-{b}.html"
    path.write_text(render_comparison_html(net_a, net_b, comparison, metrics=metrics), encoding="utf-8")
    page, log = open_map(path)

    # Both maps draw every actor, forum, samverkan pair, arrow and forum line.
    for index, kommun_id in enumerate((a, b)):
        want = expected(dataset, kommun_id)
        assert counts(page, index) == (want["nodes"], want["edges"])
    titles = page.locator(".panel-title").all_inner_texts()
    assert titles == [net_a.name, net_b.name]

    # The highlighted edges are exactly those of the type pairs that differ.
    highlight = highlight_pairs(comparison)
    for index, network in enumerate((net_a, net_b)):
        shown = page.evaluate("i => samnetMaps[i].edges.get({filter: e => e.hl === true}).length", index)
        assert shown == _highlighted(network, highlight) > 0
    assert page.locator("#legend").get_by_text("Skiljer kommunerna åt").is_visible()

    # The ranked sentences head the page, in rank order.
    sentences = difference_sentences(comparison)
    items = page.locator("ol.samnet-differences").first.locator("li")
    assert items.all_inner_texts() == sentences[:TOP]
    assert items.first.is_visible()
    assert_clean(log)


def test_hostile_names_stay_text(open_map, tmp_path):
    evil = '<img src=x onerror="alert(1)">'
    ds = Dataset(
        {"a": Kommun("a", f"Aby {evil}"), "b": Kommun("b", "Bby </script><script>alert(2)</script>")},
        {
            "a-i": Actor("a-i", f"IFO {evil}", "ifo", "kommun", "a"),
            "a-s": Actor("a-s", "Skola", "skola", "kommun", "a"),
            "b-i": Actor("b-i", "IFO", "ifo", "kommun", "b"),
            "b-s": Actor("b-s", "Skola", "skola", "kommun", "b"),
        },
        (
            Link(0, "a-s", "a-i", "samverkan", 3, frozenset({"struktur"}), kommuner=frozenset({"a"})),
            Link(1, "b-s", "b-i", "orosanmalan", kommuner=frozenset({"b"})),
        ),
    )
    net_a, net_b = build_network(ds, "a"), build_network(ds, "b")
    metrics = analyze_network(net_a), analyze_network(net_b)
    comparison = compare_networks(net_a, net_b, *metrics)
    path = tmp_path / "hostile.html"
    path.write_text(render_comparison_html(net_a, net_b, comparison, metrics=metrics), encoding="utf-8")
    page, log = open_map(path)
    intro = page.locator(".intro").inner_text()
    assert f"Aby {evil}" in intro and "Bby </script><script>alert(2)</script>" in intro
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.title().startswith("Jämförelse: Aby <img")
    assert_clean(log)


def _expected_focus(data: dict, spec: dict) -> tuple[list[str], list[str]]:
    """The nodes and edges a difference lights up, by the rule of samnet.present.compare_page, from the map's data."""
    nodes = {n["id"]: n for n in data["nodes"]}
    types = set(spec["types"])

    def kind(node_id):
        return nodes[node_id]["type"] if nodes[node_id]["cat"] == "actor" else None

    edges = set()
    for e in data["edges"]:
        if e["cat"] == "forum":
            member = kind(e["to"])
            others = {kind(m) for m in nodes[e["from"]]["members"] if m != e["to"]}
            hit = member in types and (
                not spec["pair"] or bool(others & (types if len(types) == 1 else types - {member}))
            )
        elif spec["pair"]:
            hit = {kind(e["from"]), kind(e["to"])} == types
        else:
            hit = kind(e["from"]) in types or kind(e["to"]) in types
        if hit:
            edges.add(e["id"])
    lit = {n for e in data["edges"] if e["id"] in edges for n in (e["from"], e["to"])}
    lit |= {i for i, n in nodes.items() if n["cat"] == "actor" and n["type"] in types}
    return sorted(lit), sorted(edges)


@pytest.mark.parametrize(("source", "a", "b"), CASES, ids=[f"{a}-{b}" for _, a, b in CASES])
def test_a_click_on_a_difference_lights_it_up_in_both_maps(open_map, tmp_path, source, a, b):
    import json

    dataset = load_dataset(PAIR) if source == "pair" else _bundled()
    net_a, net_b = build_network(dataset, a), build_network(dataset, b)
    metrics = analyze_network(net_a), analyze_network(net_b)
    comparison = compare_networks(net_a, net_b, *metrics)
    path = tmp_path / "compare.html"
    path.write_text(render_comparison_html(net_a, net_b, comparison, metrics=metrics), encoding="utf-8")
    page, log = open_map(path, width=1280, height=720)
    buttons = page.locator("button[data-focus]")
    specs = [json.loads(s) for s in buttons.evaluate_all("bs => bs.map(b => b.getAttribute('data-focus'))")]
    # The first difference about actor types (a type, a function or a pair) found in both maps.
    datas = page.evaluate("() => samnetMaps.map(m => m.data)")
    index = next(
        i
        for i, s in enumerate(specs)
        if s.get("types") and all(set(s["types"]) & {n.get("type") for n in d["nodes"]} for d in datas)
    )
    assert page.locator("#focus-clear").is_disabled()
    buttons.nth(index).click()
    for m, data in enumerate(datas):
        want_nodes, want_edges = _expected_focus(data, specs[index])
        assert want_nodes, "the difference names actor types both maps have"
        got = page.evaluate("i => samnetMaps[i].focused()", m)
        assert got == {"nodes": want_nodes, "edges": want_edges}
        # vis-network itself dims the rest and keeps the lit-up ones opaque.
        opacity = page.evaluate(
            "i => { const b = samnetMaps[i].network.body.nodes; const o = {};"
            " Object.keys(b).forEach(k => o[k] = b[k].options.opacity); return o; }",
            m,
        )
        assert {k for k, v in opacity.items() if v == 1} == set(want_nodes)
        assert all(v < 0.5 for k, v in opacity.items() if k not in want_nodes)
        # The labels drawn are at least 11 px on screen (but the always-shown central ones) and
        # none overlaps another.
        shown = [box for box in page.evaluate(BOXES_OF, m) if box["shown"]]
        assert all(box["px"] >= 11 for box in shown if not box["top"]), [
            (box["id"], box["px"]) for box in shown if box["px"] < 11 and not box["top"]
        ]
        assert overlapping(shown) == []
    assert "active" in buttons.nth(index).get_attribute("class")
    # Both lit-up maps are on the screen, side by side, whole: no scrolling needed to see them.
    boxes = page.locator(".map-canvas").evaluate_all("cs => cs.map(c => c.getBoundingClientRect().toJSON())")
    assert boxes[0]["right"] <= boxes[1]["left"] + 1 and all(b["width"] > 450 for b in boxes), boxes
    assert all(b["top"] >= 0 and b["bottom"] <= 720 and b["left"] >= 0 and b["right"] <= 1280 for b in boxes), boxes
    page.click("#focus-clear")
    for m in range(2):
        assert page.evaluate("i => samnetMaps[i].focused()", m) is None
        assert page.evaluate(
            "i => Object.values(samnetMaps[i].network.body.nodes).every(n => n.options.opacity === 1)", m
        )
    assert page.locator("#focus-clear").is_disabled()
    assert_clean(log)


def test_both_maps_share_one_layout_by_function(open_map, tmp_path):
    from samnet.present.compare_page import function_slots

    dataset = _bundled() or load_dataset(PAIR)
    a, b = sorted(dataset.kommuner)[:2]
    net_a, net_b = build_network(dataset, a), build_network(dataset, b)
    metrics = analyze_network(net_a), analyze_network(net_b)
    comparison = compare_networks(net_a, net_b, *metrics)
    path = tmp_path / "compare.html"
    path.write_text(render_comparison_html(net_a, net_b, comparison, metrics=metrics), encoding="utf-8")
    page, log = open_map(path, width=1280, height=720)
    positions = page.evaluate("() => samnetMaps.map(m => m.network.getPositions())")
    slot_a, slot_b = function_slots(net_a, metrics[0]), function_slots(net_b, metrics[1])
    by_slot = {slot: actor for actor, slot in slot_b.items()}
    shared = [(x, by_slot[s]) for x, s in slot_a.items() if s in by_slot]
    assert shared
    for x, y in shared:
        assert positions[0][x] == positions[1][y], (x, y)
    # Side by side on a 1280 px screen, at the same height; stacked below 1000 px.
    boxes = page.locator(".map-canvas").evaluate_all("cs => cs.map(c => c.getBoundingClientRect().toJSON())")
    assert boxes[0]["right"] <= boxes[1]["left"] + 1 and boxes[0]["top"] == boxes[1]["top"]
    assert all(b["width"] > 450 for b in boxes)
    assert_clean(log)
    narrow, log = open_map(path, width=900, height=720)
    boxes = narrow.locator(".map-canvas").evaluate_all("cs => cs.map(c => c.getBoundingClientRect().toJSON())")
    assert boxes[1]["top"] >= boxes[0]["bottom"] and boxes[0]["width"] > 500
    assert_clean(log)


@pytest.mark.skipif(_bundled() is None, reason="data/ is not bundled")
def test_level_and_forum_differences_light_up_their_lines(open_map, tmp_path):
    import json

    dataset = _bundled()
    net_a, net_b = build_network(dataset, "ljusdal"), build_network(dataset, "sandviken")
    metrics = analyze_network(net_a), analyze_network(net_b)
    comparison = compare_networks(net_a, net_b, *metrics)
    path = tmp_path / "compare.html"
    path.write_text(render_comparison_html(net_a, net_b, comparison, metrics=metrics), encoding="utf-8")
    page, log = open_map(path, width=1280, height=720)
    buttons = page.locator("button[data-focus]")
    specs = [json.loads(s) for s in buttons.evaluate_all("bs => bs.map(b => b.getAttribute('data-focus'))")]
    datas = page.evaluate("() => samnetMaps.map(m => m.data)")
    rules = {
        "levels": lambda e, s: e["cat"] not in ("oneway", "fpair") and e["level"] in s["levels"],
        "forums": lambda e, s: e["cat"] == "forum" and e["from"].removeprefix("forum:") in s["forums"],
        "area": lambda e, s: s["area"] in e["areas"],
        "pd": lambda e, s: e["pd"],
    }
    tried = 0
    for index, spec in enumerate(specs):
        kind = next((k for k in rules if k in spec), None)
        if kind is None:
            continue
        tried += 1
        buttons.nth(index).click()
        for m, data in enumerate(datas):
            edges = sorted(e["id"] for e in data["edges"] if rules[kind](e, spec))
            nodes = sorted({n for e in data["edges"] if e["id"] in edges for n in (e["from"], e["to"])})
            assert page.evaluate("i => samnetMaps[i].focused()", m) == {"nodes": nodes, "edges": edges}, spec
    assert tried >= 3  # the bundled pair has level, forum, area and person-dependence differences
    assert_clean(log)


def test_every_lit_actor_is_on_screen_after_a_click(open_map, tmp_path):
    """A click pans (and zooms out if need be) each map to what it lights: no lit hub off-screen."""
    dataset = _bundled()
    if dataset is None:
        pytest.skip("data/ is not bundled")
    net_a, net_b = build_network(dataset, "ljusdal"), build_network(dataset, "sandviken")
    metrics = analyze_network(net_a), analyze_network(net_b)
    path = tmp_path / "compare.html"
    comparison = compare_networks(net_a, net_b, *metrics)
    path.write_text(render_comparison_html(net_a, net_b, comparison, metrics=metrics), encoding="utf-8")
    page, log = open_map(path, width=1280, height=720)
    buttons = page.locator("button[data-focus]")
    assert buttons.count() > 3
    for index in range(buttons.count()):
        buttons.nth(index).click()
        off = page.evaluate("""() => samnetMaps.flatMap((m, i) => {
            const focused = m.focused(); if (!focused) return [];
            const canvas = document.querySelectorAll('.map-canvas')[i].getBoundingClientRect();
            const pos = m.network.getPositions(focused.nodes);
            return focused.nodes.filter(id => {
                const p = m.network.canvasToDOM(pos[id]);
                return p.x < 0 || p.y < 0 || p.x > canvas.width || p.y > canvas.height;
            });
        })""")
        assert off == [], (buttons.nth(index).inner_text(), off)
    assert_clean(log)
