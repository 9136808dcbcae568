"""Readable maps in a real browser: no overlapping labels among the most central actors.

For each bundled kommun, both layouts and two laptop/desktop screens, the
page is opened in headless Chromium and the label box of every always-shown
actor is computed from what the page holds: the node's position and radius,
its font size, and the text width the browser measures for that font. Boxes
are in screen pixels. Then:

- no two of the 25 most central actors' label boxes overlap;
- those labels are at least 11 px high on screen in the first view;
- forum labels are drawn where they have room, at least 11 px, overlapping
  no other label; every other label is hidden in the first view and appears
  on zooming in; a forum label is never drawn below 11 px.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from samnet.core.network import build_network
from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze_network
from samnet.present.maps.data import TOP_LABELS, top_actors
from samnet.present.maps.page import LAYOUTS, render_map

pytestmark = pytest.mark.browser

SCREENS = [(1280, 720), (1920, 1080)]

BOXES = """() => {
  const m = samnetMap, net = m.network, scale = net.getScale();
  const ctx = document.createElement('canvas').getContext('2d');
  const face = "system-ui, 'Segoe UI', Roboto, Arial, sans-serif";
  const pos = net.getPositions();
  return m.data.nodes.map(n => {
    const body = net.body.nodes[n.id];
    const font = body.options.font.size;
    ctx.font = font + 'px ' + face;
    const width = ctx.measureText(n.label).width;
    const p = pos[n.id], size = body.options.size;
    // vis-network centres a dot's label under it, hanging: from size + half a font size + 4 px, one font size high.
    const a = net.canvasToDOM({x: p.x - width / 2, y: p.y + size + font / 2 + 4});
    const b = net.canvasToDOM({x: p.x + width / 2, y: p.y + size + font / 2 + 4 + font});
    const threshold = body.options.scaling.label.drawThreshold;
    return {id: n.id, cat: n.cat, top: !!n.top, l: a.x, t: a.y, r: b.x, b: b.y,
            px: font * scale, shown: font * scale >= threshold - 1, threshold: threshold, font: font};
  });
}"""

#: The same boxes for the i-th map of a page with several (the comparison page).
BOXES_OF = BOXES.replace("() => {\n  const m = samnetMap,", "(i) => {\n  const m = samnetMaps[i],")
assert BOXES_OF != BOXES


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    found = []
    for i, p in enumerate(boxes):
        for q in boxes[i + 1 :]:
            if min(p["r"], q["r"]) > max(p["l"], q["l"]) and min(p["b"], q["b"]) > max(p["t"], q["t"]):
                found.append((p["id"], q["id"]))
    return found


def test_overlap_check_can_fail():
    a = {"id": "a", "l": 0, "t": 0, "r": 10, "b": 10}
    assert overlapping([a, {"id": "b", "l": 5, "t": 5, "r": 20, "b": 20}]) == [("a", "b")]
    assert overlapping([a, {"id": "b", "l": 10, "t": 0, "r": 20, "b": 10}]) == []


def outside_canvas(page, boxes: list[dict]) -> list[str]:
    """Ids of the label boxes not wholly inside the map's frame (a label cut at the edge)."""
    frame = page.evaluate(
        "() => { const r = document.querySelector('.map-canvas').getBoundingClientRect();"
        " return {w: r.width, h: r.height}; }"
    )
    return [b["id"] for b in boxes if b["l"] < 0 or b["t"] < 0 or b["r"] > frame["w"] or b["b"] > frame["h"]]


@pytest.fixture(scope="module")
def maps(tmp_path_factory):
    dataset = load_dataset(ROOT / "data")
    folder = tmp_path_factory.mktemp("labels")
    out = {}
    for kommun_id in sorted(dataset.kommuner):
        network = build_network(dataset, kommun_id)
        metrics = analyze_network(network)
        for layout in LAYOUTS:
            path = folder / f"{kommun_id}-{layout}.html"
            path.write_text(render_map(network, metrics, layout=layout), encoding="utf-8")
            out[kommun_id, layout] = (path, top_actors(network, metrics))
    return out


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("kommun_id", ["ljusdal", "sandviken"])
def test_central_labels_do_not_overlap_and_can_be_read(open_map, maps, kommun_id, layout, screen):
    path, top = maps[kommun_id, layout]
    page, _ = open_map(path, width=screen[0], height=screen[1])
    boxes = page.evaluate(BOXES)
    central = [b for b in boxes if b["top"]]
    assert sorted(b["id"] for b in central) == sorted(top) and len(top) == TOP_LABELS
    assert all(b["shown"] and b["px"] >= 11 for b in central), [b for b in central if b["px"] < 11]
    # Forum labels are drawn in the first view where they have room, never below 11 px,
    # and no label drawn overlaps another.
    forums = [b for b in boxes if b["cat"] == "forum" and b["shown"]]
    assert forums, "no forum is named in the first view"
    assert all(b["px"] >= 11 for b in forums), [(b["id"], b["px"]) for b in forums if b["px"] < 11]
    assert overlapping(central + forums) == []
    assert outside_canvas(page, central + forums) == []
    others = [b for b in boxes if not b["top"] and b["cat"] == "actor"]
    assert others and not any(b["shown"] for b in others)

    # Zoomed out, a forum label is hidden rather than drawn below 11 px.
    page.evaluate("() => samnetMap.network.moveTo({scale: samnetMap.network.getScale() * 0.8})")
    small = page.evaluate(BOXES)
    assert all(b["px"] >= 11 for b in small if b["shown"] and not b["top"])

    # Zoomed in, the other labels appear; forum labels are then at least 11 px.
    page.evaluate("() => samnetMap.network.moveTo({scale: samnetMap.network.getScale() * 2.5})")
    zoomed = page.evaluate(BOXES)
    assert all(b["shown"] for b in zoomed)
    assert all(b["px"] >= 11 for b in zoomed if b["cat"] == "forum")


def test_the_regional_map_at_a_laptop_shows_whole_readable_labels_and_usable_filters(open_map, tmp_path):
    dataset = load_dataset(ROOT / "data")
    network = build_network(dataset, None)
    path = tmp_path / "map.html"
    path.write_text(render_map(network, analyze_network(network)), encoding="utf-8")
    page, _ = open_map(path, width=1280, height=720)
    boxes = page.evaluate(BOXES)
    shown = [b for b in boxes if b["shown"]]
    assert len([b for b in shown if b["top"]]) == TOP_LABELS
    assert all(b["px"] >= 11 for b in shown)
    # No label is cut by the map's edges (nor hidden under the filter column beside it).
    assert outside_canvas(page, shown) == []
    assert overlapping(shown) == []
    # "Mest centrala – styrka (summa av nivåer):", not "(styrka (summa av nivåer))".
    heading = page.locator(".findings b").first.inner_text()
    assert heading.startswith("Mest centrala") and "((" not in heading and "))" not in heading
    # Filters and legend scroll as one column: the filter panel itself is never cut.
    sizes = page.evaluate(
        "() => { const s = document.getElementById('controls'), c = s.parentElement;"
        " return {side: [s.scrollHeight, s.clientHeight], col: [c.scrollHeight, c.clientHeight],"
        " overflow: getComputedStyle(c).overflowY}; }"
    )
    assert sizes["side"][0] <= sizes["side"][1] + 1, sizes
    assert sizes["overflow"] == "auto" and sizes["col"][0] > sizes["col"][1]
    last = page.locator("input[data-filter]").last
    last.scroll_into_view_if_needed()
    assert last.is_visible() and last.bounding_box()["y"] + 10 < 720


def test_no_two_nodes_share_a_label_and_a_clash_names_the_kommun():
    from samnet.core.model import Actor, Dataset, Kommun
    from samnet.core.network import build_network
    from samnet.measure.metrics import analyze_network
    from samnet.present.maps.data import network_data

    ds = Dataset(
        {"a": Kommun("a", "Norrköping"), "b": Kommun("b", "Linköping")},
        {
            "a-soc": Actor("a-soc", "Socialtjänsten", "socialtjanst", "kommun", "a"),
            "b-soc": Actor("b-soc", "Socialtjänsten", "socialtjanst", "kommun", "b"),
            "x": Actor("x", "Socialtjänsten", "socialtjanst", "kommun"),
        },
    )
    network = build_network(ds, None)
    labels = {n["id"]: n["label"] for n in network_data(network, analyze_network(network), "sv", "strength")["nodes"]}
    assert labels["a-soc"] == "Socialtjänsten (Norrköping)" and labels["b-soc"] == "Socialtjänsten (Linköping)"
    assert len(set(labels.values())) == len(labels)
    bundled = build_network(load_dataset(ROOT / "data"), None)
    nodes = network_data(bundled, analyze_network(bundled), "sv", "strength")["nodes"]
    assert len({n["label"] for n in nodes}) == len(nodes)
